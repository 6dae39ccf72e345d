import { caseSetup, initialContext, notifyOffice, withTimeLimit, type TimeLimitSpec } from '../case-setup';
import { withPolicyDefaults } from '../policy';
import type { RiskLeadInput } from './risk-lead.types';

/** Bump on any change of states, events, guards or effects; running leads keep theirs. v1: first release. */
export const RISK_LEAD_MACHINE_VERSIONS = [1] as const;
export type RiskLeadMachineVersion = (typeof RISK_LEAD_MACHINE_VERSIONS)[number];
export const RISK_LEAD_MACHINE_VERSION: RiskLeadMachineVersion = 1;

/**
 * procedures.md "Monitoring as routine work": the village accepts a lead (or closes it) within the
 * county's acceptance days, counted in working days from the day after it came in (provincial
 * practice: 2; 民法典 第二百零一条: the day a period begins is not counted). It is reminded the
 * working day before (orange); the township is told when the limit passes (red).
 */
const ACCEPTANCE_LIMIT: TimeLimitSpec = {
  limit: 'received',
  office: 'village',
  days: (context) => withPolicyDefaults(context.policy).monitoring.leadAcceptanceDays,
  reminderDays: () => 1,
  counting: 'working',
  fromNextDay: true,
  from: (context) => context.reportedAt,
  templates: { reminder: 'lead_acceptance_reminder', overdue: 'lead_acceptance_overdue' },
};

/** The reporter hears how the lead ended (反馈), in the words of the outcome. */
const toldTheReporter = (outcome: 'dismissed' | 'cleared' | 'enrolled') => ({
  type: 'notify' as const,
  params: ({ context }: { context: { dismissal?: { reason: string } | null } }) => ({
    recipient: 'reporter' as const,
    template: 'lead_closed',
    data: { outcome, reason: context.dismissal?.reason ?? null },
  }),
});

/**
 * A risk lead (风险线索): received → accepted by the village (or closed as a duplicate or out of
 * scope) → checked at home → a monitoring enrolment opened from it (its 15 days count from the
 * lead) or closed with the facts found. The lead is a case of its own procedure, so each step
 * takes the command path and the journal of every case.
 */
export const riskLeadMachine = caseSetup.createMachine({
  id: 'risk_lead',
  description: 'A risk lead (风险线索) from a resident, a cadre, a department or a visit, until it is closed or becomes a monitoring enrolment.',
  initial: 'received',
  context: ({ input }) => ({ ...initialContext(input as RiskLeadInput), dismissal: null, finding: null, enrolmentCaseId: null }),
  states: {
    received: withTimeLimit(
      {
        description: '待受理 · Received: the village accepts it, or closes it as a duplicate or out of scope.',
        entry: notifyOffice('village', 'lead_received'),
        on: {
          LEAD_ACCEPTED: { target: 'accepted' },
          LEAD_DISMISSED: { guard: 'leadDismissalValid', target: 'dismissed', actions: 'recordDismissal' },
        },
      },
      ACCEPTANCE_LIMIT,
    ),
    accepted: {
      description: '已受理待核查 · Accepted: the village checks at home, then opens an enrolment or records that no risk was found.',
      on: {
        LEAD_CLEARED: { guard: 'leadClearanceValid', target: 'cleared', actions: 'recordFinding' },
        ENROLMENT_OPENED: { guard: 'enrolmentNamed', target: 'enrolled', actions: 'recordEnrolment' },
      },
    },
    dismissed: { type: 'final', description: '不予受理 · Closed before the home check: a duplicate, or out of scope; the reporter is told.', entry: toldTheReporter('dismissed') },
    cleared: { type: 'final', description: '核查无风险 · Checked at home, no risk found; the facts recorded and the reporter told.', entry: toldTheReporter('cleared') },
    enrolled: { type: 'final', description: '已纳入监测程序 · A monitoring enrolment was opened from the lead.', entry: toldTheReporter('enrolled') },
  },
});

export type RiskLeadMachine = typeof riskLeadMachine;
