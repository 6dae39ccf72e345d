import { allSecured, LIVING_CONDITIONS } from '../case-types';
import type { FieldProblem } from '../field-problem';
import { lineForYear, type CountyPolicy } from '../policy';
import { visitorProblems } from '../visit-rules';
import type { ExitStandardFinding, ExitVerificationEvent } from './exit.types';

/**
 * procedures.md "Exit": per-capita income above the poverty line of that year (strictly:
 * income at the line does not exit) and every 两不愁三保障 check secured. Null when the
 * county's table has no line for that year or before.
 */
export function exitStandard(policy: CountyPolicy, event: ExitVerificationEvent): ExitStandardFinding | null {
  const povertyLine = lineForYear(policy.povertyLines, event.incomeYear);
  if (povertyLine === null) return null;
  return { year: event.incomeYear, income: event.incomeFound, povertyLine, met: event.incomeFound > povertyLine && allSecured(event.livingConditions) };
}

/** A verification that cannot be judged: the team, an unrecorded check, a year without a line. */
export function exitVerificationProblems(policy: CountyPolicy, event: ExitVerificationEvent): FieldProblem[] {
  const problems = visitorProblems(event.visitors);
  const missing = LIVING_CONDITIONS.filter((check) => typeof event.livingConditions[check] !== 'boolean');
  if (missing.length > 0) problems.push({ field: 'livingConditions', reason: `两不愁三保障须逐项核实: 缺少 ${missing.join(', ')}` });
  if (lineForYear(policy.povertyLines, event.incomeYear) === null) {
    problems.push({ field: 'incomeYear', reason: `本县政策未规定 ${event.incomeYear} 年及以前的贫困线` });
  }
  return problems;
}

/** Why the standard was not met, in the words the household is told. */
export function exitStandardShortfall(finding: ExitStandardFinding): string {
  return finding.income > finding.povertyLine
    ? '两不愁三保障未全部达标'
    : `人均纯收入 ${finding.income} 元未高于 ${finding.year} 年贫困线 ${finding.povertyLine} 元`;
}
