import type { FieldProblem } from '../field-problem';
import { withPolicyDefaults } from '../policy';
import { PHASE_LABELS, publicityRefusal, rolesByStage, type ProcedureDefinition } from '../procedure';
import { crossCheckProblems, eliminationProblems, enrolmentPeriodProblems, homeCheckProblems } from './monitoring-rules';
import { buildMonitoringMachine, MONITORING_MACHINE_VERSIONS, type MonitoringMachineVersion } from './monitoring.machine';
import type { MonitoringContext, MonitoringEvent, MonitoringInput, MonitoringPurpose, MonitoringSource, MonitoringStage } from './monitoring.types';
import { MONITORING_SOURCES } from './monitoring.types';

export const MONITORING_STAGE_LABELS: Record<MonitoringStage, string> = {
  home_check: '入户核查',
  cross_check: '信息比对',
  appraisal: '村级民主评议',
  village_publicity: '村内公示',
  township_review: '乡镇审核',
  county_confirmation: '县级确认',
  confirmed: '已确认并公告',
  rejected: '未通过',
  withdrawn: '已撤销',
};

const AWAITING: Partial<Record<MonitoringStage, 'village' | 'township' | 'county'>> = {
  home_check: 'village',
  cross_check: 'village',
  appraisal: 'village',
  village_publicity: 'village',
  township_review: 'township',
  county_confirmation: 'county',
};

function refusal(context: unknown, event: { type: string }): FieldProblem[] {
  const ctx = context as MonitoringContext;
  const e = event as MonitoringEvent;
  if (e.type === 'HOME_CHECK_RECORDED') {
    const problems = homeCheckProblems(ctx, e);
    return problems.length > 0 ? problems : eliminationProblems(ctx.policy, e);
  }
  if (e.type === 'CROSS_CHECK_RECORDED') return crossCheckProblems(e.hits);
  if (e.type === 'COUNTY_DECIDED') return [{ field: 'objectType', reason: '确认纳入监测须写明监测对象类型' }];
  return publicityRefusal(ctx, e.type) ?? [];
}

/** One machine per version, shared by the three procedures. */
const machines = Object.fromEntries(MONITORING_MACHINE_VERSIONS.map((version) => [version, buildMonitoringMachine(version)])) as Record<MonitoringMachineVersion, ReturnType<typeof buildMonitoringMachine>>;

/** procedures.md "Monitoring": from 2026 the objects are called 防止返贫致贫对象, before 监测对象 (county policy). */
const PURPOSE_LABEL: Record<MonitoringPurpose, (term: string) => string> = {
  enrol: (term) => `纳入${term}`,
  eliminate: (term) => `${term}风险消除`,
  rollback: (term) => `${term}风险消除回退`,
};

export function monitoringLabel(purpose: string, term: string): string {
  return PURPOSE_LABEL[purpose as MonitoringPurpose]?.(term) ?? term;
}

function monitoringProcedure(version: MonitoringMachineVersion, name: string, purpose: MonitoringPurpose, caseNumberPrefix: string, startsFrom: string[]): ProcedureDefinition {
  return {
    name,
    label: (policy) => PURPOSE_LABEL[purpose](withPolicyDefaults(policy).monitoring.term),
    version,
    machine: machines[version],
    caseNumberPrefix,
    startsFrom,
    openedBy: 'village',
    openProblems: (policy, household, today, application) => {
      // procedures.md "Monitoring": an elimination after the months enrolled; known at opening already.
      if (purpose === 'eliminate') return enrolmentPeriodProblems(policy, household.statusSince, today, 'householdId');
      // An enrolment records the lead's source (self report, cadre sweep, department alert).
      return purpose !== 'enrol' || MONITORING_SOURCES.includes(application.source as MonitoringSource)
        ? []
        : [{ field: 'application.source', reason: `须写明线索来源: ${MONITORING_SOURCES.join(', ')}` }];
    },
    initialInput: (policy, application): MonitoringInput => ({
      policy: withPolicyDefaults(policy),
      purpose,
      // Eliminations and rollbacks are the cadres' own review.
      source: purpose === 'enrol' ? (application.source as MonitoringSource) : 'cadre_sweep',
      // Set by the service from the lead's own row when an enrolment is opened from a risk lead.
      ...(purpose === 'enrol' && typeof application.leadReceivedAt === 'string' ? { leadReceivedAt: application.leadReceivedAt } : {}),
    }),
    publicityDays: (policy) => withPolicyDefaults(policy).monitoring.publicityDays,
    stageLabels: MONITORING_STAGE_LABELS,
    phaseLabels: PHASE_LABELS,
    rolesFor: rolesByStage(new Set(['HOME_CHECK_RECORDED', 'CROSS_CHECK_RECORDED', 'APPRAISAL_RECORDED', 'WITHDRAW']), (stage) => (stage === 'village_publicity' ? 'village' : undefined)),
    awaitingRole: (stage) => AWAITING[stage as MonitoringStage] ?? null,
    refusal,
  };
}

/**
 * Enrolment: a household never registered, exited, or whose risk was eliminated (at risk
 * again, identified again). Elimination: an enrolled one. Rollback: an eliminated one.
 */
export const monitoringProcedures: ProcedureDefinition[] = MONITORING_MACHINE_VERSIONS.flatMap((version) => [
  monitoringProcedure(version, 'monitoring', 'enrol', 'JC', ['none', 'exited', 'risk_eliminated']),
  monitoringProcedure(version, 'risk_elimination', 'eliminate', 'XC', ['monitored']),
  monitoringProcedure(version, 'elimination_rollback', 'rollback', 'HT', ['risk_eliminated']),
]);
