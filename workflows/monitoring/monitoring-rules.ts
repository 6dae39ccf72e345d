import { LIVING_CONDITIONS, type CrossCheckHit } from '../case-types';
import type { FieldProblem } from '../field-problem';
import { addMonths, chinaDay, lineForYear, withPolicyDefaults, type CountyPolicy } from '../policy';
import { visitorProblems } from '../visit-rules';
import type { EliminationFacts, HomeCheckEvent, MonitoringContext } from './monitoring.types';

/**
 * procedures.md "Monitoring": at risk when income is below the monitoring line of the year
 * (at the line is not below) or any 两不愁三保障 check is not secured.
 */
export function riskFound(policy: CountyPolicy, event: Pick<HomeCheckEvent, 'incomeFound' | 'incomeYear' | 'livingConditions'>): MonitoringContext['risk'] {
  const line = lineForYear(policy.monitoring.lines, event.incomeYear) ?? 0;
  const insecure = LIVING_CONDITIONS.filter((check) => event.livingConditions[check] !== true);
  return event.incomeFound < line || insecure.length > 0 ? { income: event.incomeFound, line, insecure } : null;
}

/** A home check that cannot be judged; the elimination guards are separate (eliminationProblems). */
export function homeCheckProblems(context: Pick<MonitoringContext, 'policy' | 'purpose'>, event: HomeCheckEvent): FieldProblem[] {
  const problems = visitorProblems(event.visitors);
  if (!event.consentSigned) problems.push({ field: 'consentSigned', reason: '须有农户签字的承诺授权书方可核查' });
  if (lineForYear(context.policy.monitoring.lines, event.incomeYear) === null) {
    problems.push({ field: 'incomeYear', reason: `本县政策未规定 ${event.incomeYear} 年及以前的监测标准` });
  }
  if (context.purpose === 'eliminate' && event.elimination === null) problems.push({ field: 'elimination', reason: '缺少风险消除所需的帮扶与收入记录' });
  return problems;
}

/**
 * The day since which every income check (the current one included) has been above the
 * monitoring line of its year, or null when the latest is not.
 */
export function incomeAboveLineSince(policy: CountyPolicy, checks: EliminationFacts['incomeChecks']): string | null {
  let since: string | null = null;
  for (const check of checks) {
    const line = lineForYear(policy.monitoring.lines, Number(check.checkedOn.slice(0, 4))) ?? Number.POSITIVE_INFINITY;
    since = check.income > line ? (since ?? check.checkedOn) : null;
  }
  return since;
}

/**
 * Risk elimination (风险消除) guards: enrolled for the policy's months (6: a day short fails),
 * at least one measure carried out, income above the line for the policy's months. The
 * labour rule is separate: a household with no one able to work is refused, not held.
 */
export function eliminationProblems(policy: CountyPolicy, event: HomeCheckEvent): FieldProblem[] {
  const facts = event.elimination;
  if (facts === null) return [];
  const today = chinaDay(event.occurredAt);
  const problems = enrolmentPeriodProblems(policy, facts.enrolledOn, today, 'elimination.enrolledOn');
  const aboveMonths = policy.monitoring.eliminationMonthsAboveLine;
  if (facts.measuresDone < 1) problems.push({ field: 'elimination.measuresDone', reason: '尚无已落实的帮扶措施' });
  const since = incomeAboveLineSince(policy, [...facts.incomeChecks, { checkedOn: today, income: event.incomeFound }]);
  if (since === null || addMonths(since, aboveMonths) > today) {
    problems.push({ field: 'incomeFound', reason: `人均纯收入须稳定高于监测标准满 ${aboveMonths} 个月${since ? ` (自 ${since} 起)` : ''}` });
  }
  return problems;
}

/**
 * Risk elimination needs the policy's months since enrolment (6: a day short fails); known
 * when the case is opened already, and checked again at the home check.
 */
export function enrolmentPeriodProblems(policy: CountyPolicy, enrolledOn: string | null, today: string, field: string): FieldProblem[] {
  const months = withPolicyDefaults(policy).monitoring.eliminationMonthsEnrolled;
  if (enrolledOn !== null && addMonths(enrolledOn, months) <= today) return [];
  return [{ field, reason: `纳入监测未满 ${months} 个月${enrolledOn ? ` (${enrolledOn} 纳入)` : ''}，不能申请风险消除` }];
}

/** Department cross-check leads are leads: each must be confirmed or cleared at home. */
export function crossCheckProblems(hits: CrossCheckHit[]): FieldProblem[] {
  return hits.flatMap((hit, index) => (hit.resolution === null ? [{ field: `hits[${index}].resolution`, reason: '比对线索尚未经入户核实确认或排除' }] : []));
}

