import type { FieldProblem } from '../field-problem';
import { visitorProblems } from '../visit-rules';
import type { IdentificationContext, IdentificationEvent } from './identification.types';

type Verification = Extract<IdentificationEvent, { type: 'VERIFICATION_RECORDED' }>;

/**
 * procedures.md "Identification", stage 4: at least two visitors, one of them from the
 * village work team; a flagged cadre relative needs a full home visit by the work team; a
 * department cross-check needs consent and every hit confirmed or cleared; every exclusion
 * check in force is recorded, and a household with an exclusion cannot be found eligible.
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
  const excluded =
    event.exclusionChecks.some((result) => result.found && context.policy.exclusionChecks.includes(result.check)) ||
    event.crossCheckHits.some((hit) => hit.resolution === 'confirmed');
  if (event.eligible && excluded) {
    problems.push({ field: 'eligible', reason: '存在排除情形或已确认的比对线索，不能认定为符合条件' });
  }
  if (!event.eligible && !event.reason) problems.push({ field: 'reason', reason: '认定不符合条件时必须说明理由' });
  return problems;
}
