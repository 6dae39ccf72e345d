import type { FieldProblem } from '../field-problem';
import type { CountyPolicy } from '../policy';

/**
 * 帮扶小额信贷 (procedures.md "Monitoring as routine work": the 2026 notice of four national
 * regulators): for rural people who need help, up to 100,000 yuan; banks lend, the county
 * certifies eligibility. The county's policy says which households (by status), the borrower's
 * ages, the largest amount and how long a certification holds.
 */
export interface MicrocreditPolicy {
  /** Household statuses the county treats as needing help (registered poor, exited, monitored …). */
  eligibleStatuses: string[];
  maxAmount: number;
  borrowerAge: { min: number; max: number };
  /** Months a certification holds for the banks. */
  validMonths: number;
}

export const DEFAULT_MICROCREDIT: MicrocreditPolicy = { eligibleStatuses: ['registered', 'exited', 'monitored', 'risk_eliminated'], maxAmount: 100_000, borrowerAge: { min: 18, max: 65 }, validMonths: 12 };

/** The facts of the registry the certification is judged on. */
export interface MicrocreditFacts {
  household: { status: string; statusLabel: string };
  borrower: { birthDate: string; labourCapacity: string } | null;
  /** The household's certification still in force, if any: until when. */
  heldUntil: string | null;
}

export interface MicrocreditRequest {
  amount: number;
  purpose: string;
}

/** Whole years from a birth day to a day. */
function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Why the county may not certify this household for this loan (empty: it may), in Chinese. */
export function microcreditProblems(policy: Pick<CountyPolicy, 'microcredit'>, facts: MicrocreditFacts, request: MicrocreditRequest, today: string): FieldProblem[] {
  const rules = policy.microcredit;
  const problems: FieldProblem[] = [];
  if (!rules.eligibleStatuses.includes(facts.household.status)) problems.push({ field: 'householdId', reason: `该户为「${facts.household.statusLabel}」，不在本县帮扶小额信贷的对象范围内` });
  if (facts.heldUntil !== null) problems.push({ field: 'householdId', reason: `该户已有有效的认定 (至 ${facts.heldUntil})` });
  if (!facts.borrower) problems.push({ field: 'borrowerMemberId', reason: '借款人须为该户家庭成员' });
  else {
    const age = ageOn(facts.borrower.birthDate, today);
    if (age < rules.borrowerAge.min || age > rules.borrowerAge.max) problems.push({ field: 'borrowerMemberId', reason: `借款人须年满 ${rules.borrowerAge.min} 周岁、不超过 ${rules.borrowerAge.max} 周岁 (现 ${age} 岁)` });
    if (facts.borrower.labourCapacity !== 'ordinary' && facts.borrower.labourCapacity !== 'skilled') problems.push({ field: 'borrowerMemberId', reason: '借款人须有劳动能力' });
  }
  if (!(request.amount > 0) || request.amount > rules.maxAmount) problems.push({ field: 'amount', reason: `贷款额度须大于 0、不超过 ${rules.maxAmount} 元` });
  if (request.purpose.trim().length < 2) problems.push({ field: 'purpose', reason: '请写明贷款用途 (发展生产、就业创业等)' });
  return problems;
}
