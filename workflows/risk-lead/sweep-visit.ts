import { LIVING_CONDITION_LABELS, LIVING_CONDITIONS, type LivingConditions } from '../case-types';
import type { FieldProblem } from '../field-problem';
import { RISK_TYPE_LABELS, type RiskType } from './risk-lead.types';

/** How the household's income moved since the last record, as the visitor finds it. */
export const INCOME_CHANGES = ['stable', 'rose', 'fell_sharply'] as const;
export type IncomeChange = (typeof INCOME_CHANGES)[number];
export const INCOME_CHANGE_LABELS: Record<IncomeChange, string> = { stable: '无明显变化', rose: '有所增加', fell_sharply: '明显减少' };

/** A sweep's checklist (集中排查走访): the facts the visitor records at the door. */
export interface SweepVisit {
  visitedOn: string;
  incomeChange: IncomeChange;
  livingConditions: Partial<LivingConditions>;
  /** A hardship the household has met (illness, an accident …), or null for none. */
  hardship: RiskType | null;
  note: string | null;
}

export interface SweepRisk {
  riskType: RiskType;
  /** What the visit found, in the words the lead's reasons carry. */
  findings: string[];
}

/**
 * Whether a visit found a risk (procedures.md "Monitoring as routine work": sweeps): a hardship
 * the household has met, income that fell sharply, or a 两不愁三保障 check not secured. The risk
 * is read from the checklist's facts, never ticked by the visitor; its type is the hardship
 * named, else the one the facts point to.
 */
export function sweepRisk(visit: SweepVisit): SweepRisk | null {
  const insecure = LIVING_CONDITIONS.filter((check) => visit.livingConditions[check] !== true);
  const findings = [
    ...(visit.hardship ? [`遇到困难: ${RISK_TYPE_LABELS[visit.hardship]}`] : []),
    ...(visit.incomeChange === 'fell_sharply' ? ['收入明显减少'] : []),
    ...(insecure.length > 0 ? [`${insecure.map((check) => LIVING_CONDITION_LABELS[check]).join('、')} 未达标`] : []),
  ];
  if (findings.length === 0) return null;
  const riskType: RiskType = visit.hardship ?? (visit.incomeChange === 'fell_sharply' ? 'income_drop' : insecure.includes('education') ? 'education_costs' : insecure.includes('medical') ? 'illness' : 'other');
  return { riskType, findings };
}

/** A visit dated within the sweep's period; a hardship named says what it is. */
export function sweepVisitProblems(visit: SweepVisit, period: { startsOn: string; endsOn: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (visit.visitedOn < period.startsOn || visit.visitedOn > period.endsOn) problems.push({ field: 'visitedOn', reason: `走访日期须在本次排查期间 (${period.startsOn} 至 ${period.endsOn})` });
  if (visit.hardship && !visit.note) problems.push({ field: 'note', reason: '遇到困难时须写明具体情况' });
  return problems;
}
