import { initialTransition } from 'xstate';

import { sample as common } from '../identification/identification.fixtures';
import { sendAll, startMachine, undescribedStates, type CaseSnapshot } from '../machine-test-kit';
import { eliminationFacts, monitoringSample, sampleMonitoringInput } from './monitoring.fixtures';
import { buildMonitoringMachine, monitoringMachine, MONITORING_MACHINE_VERSION } from './monitoring.machine';
import { monitoringProcedures } from './monitoring.procedure';
import type { EliminationFacts, MonitoringEvent, MonitoringPurpose } from './monitoring.types';

const start = (purpose: MonitoringPurpose = 'enrol') => startMachine(monitoringMachine, sampleMonitoringInput(purpose));
const send = (snapshot: CaseSnapshot, ...events: MonitoringEvent[]) => sendAll(monitoringMachine, snapshot, ...events);
const [enrolment, elimination] = monitoringProcedures;

/** Past the home check, up to county confirmation. */
function toCounty(purpose: MonitoringPurpose, homeCheck = monitoringSample.homeCheck()): CaseSnapshot {
  return send(start(purpose), homeCheck, monitoringSample.crossCheck(), common.appraisal(), common.publicityOpened(), common.windowEnded(), common.township('approve')).snapshot;
}

const eliminationCheck = (facts: Partial<EliminationFacts> = {}, incomeFound = 8300) => monitoringSample.homeCheck({ incomeFound, elimination: eliminationFacts(facts) });

describe('monitoringMachine', () => {
  it('describes every state in Chinese and English', () => {
    expect(undescribedStates(monitoringMachine)).toEqual([]);
  });

  describe('enrolment home check (monitoring line 2026: 7 500)', () => {
    it.each([
      ['income below the line: at risk', { incomeFound: 7499 }, 'cross_check'],
      ['income exactly at the line: not below it', { incomeFound: 7500 }, 'rejected'],
      ['income above the line, medical insurance missing: at risk', { incomeFound: 9000, livingConditions: { food: true, clothing: true, education: true, medical: false, housing: true, drinkingWater: true } }, 'cross_check'],
    ])('%s', (_name, facts, expected) => {
      expect(send(start(), monitoringSample.homeCheck(facts)).snapshot.value).toBe(expected);
    });

    it('records why the household is at risk', () => {
      expect(send(start(), monitoringSample.homeCheck({ incomeFound: 5600 })).snapshot.context.risk).toEqual({ income: 5600, line: 7500, insecure: [] });
    });

    it.each([
      ['without signed consent', { consentSigned: false }, 'consentSigned'],
      ['with a single visitor', { visitors: [{ name: '李队员', team: 'work_team' as const }] }, 'visitors'],
    ])('refuses a check %s', (_name, facts, field) => {
      const before = start();
      const event = monitoringSample.homeCheck(facts);
      expect(send(before, event).snapshot).toBe(before);
      expect(enrolment?.refusal(before.context, event).map((problem) => problem.field)).toContain(field);
    });
  });

  it('takes the cross-check only when every lead is settled', () => {
    const checked = send(start(), monitoringSample.homeCheck()).snapshot;
    expect(send(checked, monitoringSample.crossCheck(null)).snapshot).toBe(checked);
    expect(send(checked, monitoringSample.crossCheck('confirmed')).snapshot.value).toBe('appraisal');
  });

  it('publishes once, in the village, then goes to the township and county', () => {
    const publicity = send(start(), monitoringSample.homeCheck(), monitoringSample.crossCheck(), common.appraisal()).snapshot;
    expect(publicity.value).toEqual({ village_publicity: 'pending' });
    expect(send(publicity, common.publicityOpened(), common.windowEnded()).snapshot.value).toBe('township_review');
    expect(toCounty('enrol').value).toBe('county_confirmation');
  });

  describe('time limits (machine v2)', () => {
    it('starts the 15 days from the lead when an enrolment opens; an elimination has none', () => {
      const [, enrolment] = initialTransition(monitoringMachine, sampleMonitoringInput('enrol'));
      expect(enrolment.map((action) => [action.type, action.params])).toEqual([['scheduleTimeLimit', { limit: 'procedure', days: 15, reminderDays: 3, office: 'village' }]]);
      const [, elimination] = initialTransition(monitoringMachine, sampleMonitoringInput('eliminate'));
      expect(elimination.map((action) => action.params)).toEqual([{ limit: 'procedure', days: 0, reminderDays: 3, office: 'village' }]);
    });

    it('counts the 15 days from the risk lead an enrolment was opened from (machine v3)', () => {
      const leadReceivedAt = '2026-02-27T03:00:00.000Z';
      const [, actions] = initialTransition(monitoringMachine, { ...sampleMonitoringInput('enrol'), leadReceivedAt });
      expect(actions.map((action) => action.params)).toEqual([{ limit: 'procedure', days: 15, reminderDays: 3, office: 'village', from: leadReceivedAt }]);
      const [, before] = initialTransition(buildMonitoringMachine(2), { ...sampleMonitoringInput('enrol'), leadReceivedAt });
      expect(before.map((action) => action.params)).toEqual([{ limit: 'procedure', days: 15, reminderDays: 3, office: 'village' }]);
    });

    it('reminds the village and escalates to the township in any stage, once each', () => {
      const atAppraisal = send(start(), monitoringSample.homeCheck(), monitoringSample.crossCheck()).snapshot;
      const reminded = send(atAppraisal, common.limit('LIMIT_REMINDER', 'procedure'));
      expect(reminded.effects).toEqual([{ type: 'notify', params: { recipient: 'village', template: 'procedure_reminder', data: { limit: 'procedure', dueAt: common.limit('LIMIT_REMINDER', 'procedure').dueAt, office: 'village' } } }]);
      const overdue = send(reminded.snapshot, common.limit('LIMIT_OVERDUE', 'procedure'));
      expect(overdue.effects.map((effect) => (effect.params as { recipient: string }).recipient)).toEqual(['township']);
      expect(send(overdue.snapshot, common.limit('LIMIT_OVERDUE', 'procedure')).snapshot).toBe(overdue.snapshot);
    });

    it('gives the county confirmation a limit of its own, with the procedure\'s still running', () => {
      const atCounty = toCounty('enrol');
      expect(atCounty.context.limits).toEqual({ procedure: 'running', county_confirmation: 'running' });
      const overdue = send(atCounty, common.limit('LIMIT_OVERDUE', 'county_confirmation'));
      expect(overdue.effects.map((effect) => (effect.params as { recipient: string; template: string }).template)).toEqual(['review_overdue']);
      // The procedure's limit is still taken at the root while the stage's runs.
      expect(send(overdue.snapshot, common.limit('LIMIT_OVERDUE', 'procedure')).snapshot.context.limits).toEqual({ procedure: 'overdue', county_confirmation: 'overdue' });
    });
  });

  describe('county confirmation', () => {
    it('enrols with the object type: household monitored, announced to the village', () => {
      const { snapshot, effects } = send(toCounty('enrol'), monitoringSample.county('approve', 'marginal'));
      expect(snapshot.value).toBe('confirmed');
      expect(snapshot.context.objectType).toBe('marginal');
      expect(effects).toEqual([
        { type: 'cancelTimeLimit', params: { limit: 'county_confirmation' } },
        { type: 'setHouseholdStatus', params: { status: 'monitored', since: '2026-03-02', objectType: 'marginal' } },
        { type: 'notify', params: { recipient: 'village', template: 'monitoring_announced', data: { purpose: 'enrol', term: '防止返贫致贫对象' } } },
        { type: 'notify', params: { recipient: 'applicant', template: 'monitoring_confirmed', data: { purpose: 'enrol', term: '防止返贫致贫对象' } } },
      ]);
    });

    it('refuses an enrolment without an object type', () => {
      const before = toCounty('enrol');
      const event = monitoringSample.county('approve', null);
      expect(send(before, event).snapshot).toBe(before);
      expect(enrolment?.refusal(before.context, event)).toEqual([{ field: 'objectType', reason: '确认纳入监测须写明监测对象类型' }]);
    });

    it.each([
      ['eliminate', eliminationCheck(), 'risk_eliminated'],
      ['rollback', monitoringSample.homeCheck({ reason: '因病支出骤增' }), 'monitored'],
    ] as const)('%s: sets the household to %s', (purpose, homeCheck, status) => {
      const { effects } = send(toCounty(purpose, homeCheck), monitoringSample.county('approve', null));
      expect(effects.slice(0, 2)).toEqual([
        { type: 'cancelTimeLimit', params: { limit: 'county_confirmation' } },
        { type: 'setHouseholdStatus', params: { status, since: '2026-03-02' } },
      ]);
    });
  });

  describe('risk elimination guards (today 2026-03-02; line 7 500 for 2025 and 2026)', () => {
    const problemsOf = (event: MonitoringEvent) => elimination?.refusal(start('eliminate').context, event).map((problem) => problem.field) ?? [];

    it.each<[string, Partial<EliminationFacts>, number, string[]]>([
      ['enrolled exactly 6 months, every guard met', { enrolledOn: '2025-09-02' }, 8300, []],
      ['enrolled 6 months minus a day', { enrolledOn: '2025-09-03' }, 8300, ['elimination.enrolledOn']],
      ['no measure carried out', { measuresDone: 0 }, 8300, ['elimination.measuresDone']],
      ['income above the line exactly 6 months', { incomeChecks: [{ checkedOn: '2025-09-02', income: 7600 }] }, 8300, []],
      ['income above the line 6 months minus a day', { incomeChecks: [{ checkedOn: '2025-09-03', income: 7600 }] }, 8300, ['incomeFound']],
      ['a check exactly at the line restarts the half year', { incomeChecks: [{ checkedOn: '2025-08-25', income: 7600 }, { checkedOn: '2025-12-01', income: 7500 }] }, 8300, ['incomeFound']],
      ['income today exactly at the line', {}, 7500, ['incomeFound']],
    ])('%s', (_name, facts, income, fields) => {
      const event = eliminationCheck(facts, income);
      expect(problemsOf(event)).toEqual(fields);
      expect(send(start('eliminate'), event).snapshot.value).toBe(fields.length === 0 ? 'cross_check' : 'home_check');
    });

    it('refuses a household with no one able to work, with that reason, whatever else holds', () => {
      const { snapshot } = send(start('eliminate'), eliminationCheck({ membersAbleToWork: 0 }));
      expect(snapshot.value).toBe('rejected');
      expect(snapshot.context.rejection).toEqual({ stage: 'home_check', reason: '家中无劳动能力成员，不予风险消除，继续落实兜底保障' });
    });

    it('needs the records (the service fills them in)', () => {
      expect(problemsOf(monitoringSample.homeCheck({ incomeFound: 8300 }))).toEqual(['elimination']);
    });
  });

  it('starts each purpose from the statuses procedures.md names', () => {
    expect(monitoringProcedures.filter((procedure) => procedure.version === MONITORING_MACHINE_VERSION).map((procedure) => [procedure.name, procedure.startsFrom])).toEqual([
      ['monitoring', ['none', 'exited', 'risk_eliminated']],
      ['risk_elimination', ['monitored']],
      ['elimination_rollback', ['risk_eliminated']],
    ]);
  });
});
