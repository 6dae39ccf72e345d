import { initialTransition } from 'xstate';
import { limitSamples } from '../identification/identification.fixtures';
import { sendAll, startMachine, undescribedStates, type CaseSnapshot } from '../machine-test-kit';
import { leadSample, sampleRiskLeadInput } from './risk-lead.fixtures';
import { riskLeadMachine } from './risk-lead.machine';
import { riskLeadProcedure } from './risk-lead.procedure';
import type { RiskLeadEvent } from './risk-lead.types';

const start = (policy = {}) => startMachine(riskLeadMachine, sampleRiskLeadInput(policy));
const send = (snapshot: CaseSnapshot, ...events: RiskLeadEvent[]) => sendAll(riskLeadMachine, snapshot, ...events);
const [reminder, overdue] = limitSamples('received');

describe('riskLeadMachine', () => {
  it('describes every state in Chinese and English', () => {
    expect(undescribedStates(riskLeadMachine)).toEqual([]);
  });

  describe('acceptance within the county\u2019s working days (procedures.md "Monitoring as routine work")', () => {
    it('tells the village on receipt and starts the acceptance limit', () => {
      const opened = start();
      expect(opened.value).toBe('received');
      expect(opened.context.limits).toEqual({ received: 'running' });
      expect(openingEffects()).toContainEqual({ type: 'notify', params: { recipient: 'village', template: 'lead_received', data: {} } });
    });

    it('counts the policy\u2019s days in working days from the next day, with a reminder the working day before', () => {
      const policy = { monitoring: { ...sampleRiskLeadInput().policy.monitoring, leadAcceptanceDays: 3 } };
      expect(openingEffects(policy)).toContainEqual({ type: 'scheduleTimeLimit', params: { limit: 'received', days: 3, reminderDays: 1, office: 'village', counting: 'working', fromNextDay: true } });
      expect(send(start(policy), leadSample.accepted()).effects).toContainEqual({ type: 'cancelTimeLimit', params: { limit: 'received' } });
    });

    it('reminds the village (orange), then tells the township (red), each once', () => {
      const reminded = send(start(), reminder as RiskLeadEvent);
      expect(reminded.snapshot.context.limits).toEqual({ received: 'reminded' });
      expect(reminded.effects).toContainEqual(expect.objectContaining({ type: 'notify', params: expect.objectContaining({ recipient: 'village', template: 'lead_acceptance_reminder' }) as unknown }));
      expect(send(reminded.snapshot, reminder as RiskLeadEvent).snapshot).toBe(reminded.snapshot);
      const late = send(reminded.snapshot, overdue as RiskLeadEvent);
      expect(late.snapshot.context.limits).toEqual({ received: 'overdue' });
      expect(late.effects).toContainEqual(expect.objectContaining({ type: 'notify', params: expect.objectContaining({ recipient: 'township', template: 'lead_acceptance_overdue' }) as unknown }));
      expect(send(late.snapshot, overdue as RiskLeadEvent).snapshot).toBe(late.snapshot);
    });

    it('ends the limit once accepted', () => {
      const accepted = send(start(), leadSample.accepted()).snapshot;
      expect(accepted.value).toBe('accepted');
      expect(accepted.context.limits).toEqual({});
      expect(send(accepted, overdue as RiskLeadEvent).snapshot).toBe(accepted);
    });
  });

  describe('closed before the home check', () => {
    it.each([['duplicate'], ['out_of_scope']] as const)('as %s, with the reason told to the reporter', (reason) => {
      const { snapshot, effects } = send(start(), leadSample.dismissed({ reason }));
      expect(snapshot.value).toBe('dismissed');
      expect(snapshot.status).toBe('done');
      expect(snapshot.context.dismissal).toEqual({ reason, explanation: leadSample.dismissed().explanation });
      expect(effects).toContainEqual({ type: 'notify', params: { recipient: 'reporter', template: 'lead_closed', data: { outcome: 'dismissed', reason } } });
      expect(effects).toContainEqual({ type: 'cancelTimeLimit', params: { limit: 'received' } });
    });

    it.each([
      ['without an explanation', { explanation: '  ' }, 'explanation'],
      ['for a reason not on the list', { reason: 'no_time' as never }, 'reason'],
    ])('refuses a closure %s', (_name, facts, field) => {
      const before = start();
      const event = leadSample.dismissed(facts);
      expect(send(before, event).snapshot).toBe(before);
      expect(riskLeadProcedure.refusal(before.context, event).map((problem) => problem.field)).toContain(field);
    });

    it('is not closed as a duplicate once accepted', () => {
      const accepted = send(start(), leadSample.accepted()).snapshot;
      expect(send(accepted, leadSample.dismissed()).snapshot).toBe(accepted);
    });
  });

  describe('after the home check', () => {
    const accepted = () => send(start(), leadSample.accepted()).snapshot;

    it('closes with the facts found when there is no risk, and tells the reporter', () => {
      const { snapshot, effects } = send(accepted(), leadSample.cleared());
      expect(snapshot.value).toBe('cleared');
      expect(snapshot.context.finding).toBe(leadSample.cleared().facts);
      expect(effects).toContainEqual({ type: 'notify', params: { recipient: 'reporter', template: 'lead_closed', data: { outcome: 'cleared', reason: null } } });
    });

    it.each([
      ['without the facts', { facts: '' }, 'facts'],
      ['dated after today', { checkedOn: '2026-03-03' }, 'checkedOn'],
    ])('refuses a clearance %s', (_name, facts, field) => {
      const before = accepted();
      const event = leadSample.cleared(facts);
      expect(send(before, event).snapshot).toBe(before);
      expect(riskLeadProcedure.refusal(before.context, event).map((problem) => problem.field)).toContain(field);
    });

    it('ends as an enrolment opened from the lead, naming its case', () => {
      const { snapshot } = send(accepted(), leadSample.enrolment('jc-7'));
      expect(snapshot.value).toBe('enrolled');
      expect(snapshot.context.enrolmentCaseId).toBe('jc-7');
      expect(send(accepted(), leadSample.enrolment('')).snapshot.value).toBe('accepted');
    });

    it('takes neither before the lead is accepted', () => {
      const before = start();
      expect(send(before, leadSample.cleared(), leadSample.enrolment()).snapshot).toBe(before);
    });
  });

  it('lets only the village work the lead, and only the system send the clock\u2019s events', () => {
    expect(riskLeadProcedure.rolesFor('received', 'LEAD_ACCEPTED', {})).toEqual(['village']);
    expect(riskLeadProcedure.rolesFor('received', 'LIMIT_OVERDUE', {})).toEqual(['system']);
    expect(riskLeadProcedure.awaitingRole('accepted', {})).toBe('village');
    expect(riskLeadProcedure.awaitingRole('enrolled', {})).toBeNull();
  });

  it('opens only with a known channel and risk type', () => {
    const policy = sampleRiskLeadInput().policy;
    expect(riskLeadProcedure.openProblems(policy, { status: 'none', statusSince: null }, '2026-03-02', { channel: 'self_report', riskType: 'illness' })).toEqual([]);
    expect(riskLeadProcedure.openProblems(policy, { status: 'none', statusSince: null }, '2026-03-02', { channel: 'rumour', riskType: 'bad_luck' }).map((problem) => problem.field)).toEqual([
      'application.channel',
      'application.riskType',
    ]);
  });
});

/** The effects of a lead's first state, as the service carries them out when the case opens. */
function openingEffects(policy = {}): { type: string; params: unknown }[] {
  const [, actions] = initialTransition(riskLeadMachine, sampleRiskLeadInput(policy));
  return actions.map((action) => ({ type: action.type, params: action.params }));
}
