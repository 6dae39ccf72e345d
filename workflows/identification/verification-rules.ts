import { EXCLUSION_CHECK_LABELS, lineForYear } from '../policy';
import { LIVING_CONDITIONS } from '../case-types';
import type { FieldProblem } from '../field-problem';
import { visitorProblems } from '../visit-rules';
import type { EligibilityFinding, IdentificationContext, IdentificationEvent } from './identification.types';

type Verification = Extract<IdentificationEvent, { type: 'VERIFICATION_RECORDED' }>;

/**
 * procedures.md "Identification", stage 4: at least two visitors, one of them from the
 * village work team; a flagged cadre relative needs a full home visit by the work team; a
 * department cross-check needs consent and every hit confirmed or cleared; every exclusion
 * check in force is recorded, and a household with an exclusion cannot be found eligible.
 * Machine versions 1 and 2 took the visitors' conclusion as given.
 */
export function verificationProblems(context: IdentificationContext, event: Verification): FieldProblem[] {
  const problems = visitorProblems(event.visitors);
  const workTeam = event.visitors.some((visitor) => visitor.team === 'work_team');
  if (context.cadreRelative && !(event.fullHomeVisit && workTeam)) {
    problems.push({ field: 'fullHomeVisit', reason: '申请人为村干部或经办人员近亲属，须由驻村工作队全面入户核实' });
  }
  if (event.crossCheckHits.length > 0 && !context.crossCheckConsent) {
    problems.push({ field: 'crossCheckHits', reason: '农户未签署信息比对授权，不能使用部门比对数据' });
  }
  event.crossCheckHits.forEach((hit, index) => {
    if (hit.resolution === null) {
      problems.push({ field: `crossCheckHits[${index}].resolution`, reason: '比对线索尚未经入户核实确认或排除' });
    }
  });
  const recorded = new Set(event.exclusionChecks.map((result) => result.check));
  const missing = context.policy.exclusionChecks.filter((check) => !recorded.has(check));
  if (missing.length > 0) {
    problems.push({ field: 'exclusionChecks', reason: `缺少本县规定的排除核查项: ${missing.join(', ')}` });
  }
  const excluded = exclusionsFound(context, event).length > 0;
  if (event.eligible === true && excluded) {
    problems.push({ field: 'eligible', reason: '存在排除情形或已确认的比对线索，不能认定为符合条件' });
  }
  if (event.eligible !== true && !event.reason) problems.push({ field: 'reason', reason: '认定不符合条件时必须说明理由' });
  return problems;
}

/** Exclusion checks in force found at the visit, and department leads the visit confirmed. */
function exclusionsFound(context: IdentificationContext, event: Verification): string[] {
  const checks = event.exclusionChecks
    .filter((result) => result.found && context.policy.exclusionChecks.includes(result.check))
    .map((result) => EXCLUSION_CHECK_LABELS[result.check]);
  const leads = event.crossCheckHits.filter((hit) => hit.resolution === 'confirmed').map((hit) => `比对线索属实: ${hit.source}`);
  return [...checks, ...leads];
}

/**
 * Eligibility from the recorded facts (procedures.md "Identification"): income below the
 * poverty line of the income year (at the line is not below) and no exclusion; above the line
 * but within the county's margin, with a 两不愁三保障 problem, an exception the visitors may
 * make with a written reason. Null when the county has no line for the year.
 */
export function eligibilityFinding(context: IdentificationContext, event: Verification): EligibilityFinding | null {
  const povertyLine = lineForYear(context.policy.povertyLines, event.incomeYear);
  if (povertyLine === null) return null;
  const insecure = LIVING_CONDITIONS.filter((check) => event.livingConditions[check] !== true);
  const exclusions = exclusionsFound(context, event);
  const margin = context.policy.identification.incomeMarginAboveLine;
  const verdict =
    exclusions.length > 0 ? 'ineligible'
    : event.incomeFound < povertyLine ? 'eligible'
    : margin > 0 && event.incomeFound < povertyLine + margin && insecure.length > 0 ? 'exception'
    : 'ineligible';
  return { year: event.incomeYear, income: event.incomeFound, povertyLine, insecure, exclusions, verdict };
}

/** Whether the case goes on to publicity: the facts say eligible, or the exception is made with its reason. */
export function foundEligible(finding: EligibilityFinding, event: Verification): boolean {
  return finding.verdict === 'eligible' || (finding.verdict === 'exception' && event.eligible === true && Boolean(event.reason));
}

/** Why the facts do not make the household eligible, in the words the applicant is told. */
export function ineligibilityReason(finding: EligibilityFinding): string {
  if (finding.exclusions.length > 0) return `存在排除情形: ${finding.exclusions.join('；')}`;
  return `人均纯收入 ${finding.income} 元不低于 ${finding.year} 年贫困线 ${finding.povertyLine} 元`;
}

/**
 * Machine v3: the rules of v2 about the visit, every 两不愁三保障 check recorded, a line for the
 * income year, and a conclusion that agrees with the facts (the clerk's never overrides them).
 */
export function factVerificationProblems(context: IdentificationContext, event: Verification): FieldProblem[] {
  const problems = verificationProblems(context, event).filter((problem) => problem.field !== 'reason' && problem.field !== 'eligible');
  const missing = LIVING_CONDITIONS.filter((check) => typeof event.livingConditions[check] !== 'boolean');
  if (missing.length > 0) problems.push({ field: 'livingConditions', reason: `两不愁三保障须逐项核实: 缺少 ${missing.join(', ')}` });
  const finding = eligibilityFinding(context, event);
  if (finding === null) {
    problems.push({ field: 'incomeYear', reason: `本县政策未规定 ${event.incomeYear} 年及以前的贫困线` });
    return problems;
  }
  if (finding.verdict === 'ineligible' && event.eligible === true) {
    problems.push({ field: 'eligible', reason: `核实事实不符合识别条件 (${ineligibilityReason(finding)})，不能认定为符合` });
  }
  if (finding.verdict === 'eligible' && event.eligible === false) {
    problems.push({
      field: 'eligible',
      reason: `核实事实符合识别条件 (人均纯收入 ${finding.income} 元低于 ${finding.year} 年贫困线 ${finding.povertyLine} 元，无排除情形)，不能认定为不符合`,
    });
  }
  if (finding.verdict === 'exception' && event.eligible === true && !event.reason) {
    problems.push({
      field: 'reason',
      reason: `人均纯收入高于贫困线但在本县规定的 ${context.policy.identification.incomeMarginAboveLine} 元幅度内且存在两不愁三保障问题，认定符合须写明理由`,
    });
  }
  return problems;
}
