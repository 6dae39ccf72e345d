import type { FieldProblem } from '../field-problem';
import { PHASE_LABELS, type ProcedureDefinition } from '../procedure';
import { withPolicyDefaults } from '../policy';
import { clearanceProblems, dismissalProblems } from './risk-lead-rules';
import { riskLeadMachine, RISK_LEAD_MACHINE_VERSION } from './risk-lead.machine';
import { LEAD_CHANNELS, RISK_TYPES, type LeadChannel, type RiskLeadEvent, type RiskLeadInput, type RiskLeadStage, type RiskType } from './risk-lead.types';

export const RISK_LEAD_STAGE_LABELS: Record<RiskLeadStage, string> = {
  received: '待受理',
  accepted: '已受理待核查',
  dismissed: '不予受理',
  cleared: '核查无风险',
  enrolled: '已纳入监测程序',
};

function refusal(_context: unknown, event: { type: string }): FieldProblem[] {
  const e = event as RiskLeadEvent;
  if (e.type === 'LEAD_DISMISSED') return dismissalProblems(e);
  if (e.type === 'LEAD_CLEARED') return clearanceProblems(e);
  if (e.type === 'ENROLMENT_OPENED') return [{ field: 'caseId', reason: '须由线索发起纳入监测程序' }];
  if (e.type === 'LIMIT_REMINDER' || e.type === 'LIMIT_OVERDUE') return [{ field: 'limit', reason: '该时限未在计时或已提醒' }];
  return [];
}

/** A lead on any household: the registry's whole rural population (procedures.md "Monitoring as routine work": scope). */
export const riskLeadProcedure: ProcedureDefinition = {
  name: 'risk_lead',
  label: () => '风险线索',
  version: RISK_LEAD_MACHINE_VERSION,
  machine: riskLeadMachine,
  caseNumberPrefix: 'XS',
  startsFrom: ['none', 'registered', 'exited', 'monitored', 'risk_eliminated'],
  openedBy: 'village',
  openedFromChannels: true,
  openProblems: (_policy, _household, _today, application) => [
    ...(LEAD_CHANNELS.includes(application.channel as LeadChannel) ? [] : [{ field: 'application.channel', reason: `线索来源须为: ${LEAD_CHANNELS.join(', ')}` }]),
    ...(RISK_TYPES.includes(application.riskType as RiskType) ? [] : [{ field: 'application.riskType', reason: `风险类型须为: ${RISK_TYPES.join(', ')}` }]),
  ],
  initialInput: (policy, application): RiskLeadInput => ({
    policy: withPolicyDefaults(policy),
    channel: application.channel as LeadChannel,
    riskType: application.riskType as RiskType,
    // Set by the service from a resident's report that waited for its household: the limit counts from the report.
    ...(typeof application.reportedAt === 'string' ? { reportedAt: application.reportedAt } : {}),
  }),
  publicityDays: () => 0,
  stageLabels: RISK_LEAD_STAGE_LABELS,
  phaseLabels: PHASE_LABELS,
  // The village works the lead; the system's reminder and overdue events come by the clock.
  rolesFor: (_stage, eventType) => (eventType === 'LIMIT_REMINDER' || eventType === 'LIMIT_OVERDUE' ? ['system'] : ['village']),
  awaitingRole: (stage) => (stage === 'received' || stage === 'accepted' ? 'village' : null),
  refusal,
};
