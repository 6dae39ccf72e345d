import { limitSamples, T0 } from '../identification/identification.fixtures';
import { DEFAULT_POLICY, withPolicyDefaults, type CountyPolicy } from '../policy';
import type { RiskLeadEvent, RiskLeadInput } from './risk-lead.types';

export function sampleRiskLeadInput(policy: Partial<CountyPolicy> = {}): RiskLeadInput {
  return { policy: withPolicyDefaults({ ...DEFAULT_POLICY, ...policy }), channel: 'self_report', riskType: 'illness' };
}

type Sample<T extends RiskLeadEvent['type']> = Extract<RiskLeadEvent, { type: T }>;

/** Each event of a lead on T0 (2026-03-02). */
export const leadSample = {
  accepted: (): Sample<'LEAD_ACCEPTED'> => ({ type: 'LEAD_ACCEPTED', occurredAt: T0 }),
  dismissed: (facts: Partial<Sample<'LEAD_DISMISSED'>> = {}): Sample<'LEAD_DISMISSED'> => ({
    type: 'LEAD_DISMISSED',
    reason: 'duplicate',
    explanation: '同一情况已于 3 月 1 日由村干部排查上报',
    occurredAt: T0,
    ...facts,
  }),
  cleared: (facts: Partial<Sample<'LEAD_CLEARED'>> = {}): Sample<'LEAD_CLEARED'> => ({
    type: 'LEAD_CLEARED',
    checkedOn: '2026-03-02',
    facts: '住院费用已由医保报销九成，家庭收入未明显下降',
    occurredAt: T0,
    ...facts,
  }),
  enrolment: (caseId = 'case-jc-1'): Sample<'ENROLMENT_OPENED'> => ({ type: 'ENROLMENT_OPENED', caseId, occurredAt: T0 }),
};

/** Every event a lead takes, valid and not, for the machine's paths. */
export const RISK_LEAD_SAMPLE_EVENTS: readonly RiskLeadEvent[] = [
  leadSample.accepted(),
  leadSample.dismissed(),
  leadSample.dismissed({ explanation: ' ' }),
  leadSample.cleared(),
  leadSample.cleared({ facts: '' }),
  leadSample.enrolment(),
  leadSample.enrolment(''),
  ...limitSamples('received'),
];
