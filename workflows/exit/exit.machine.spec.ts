
import { sample as common, T0 } from '../identification/identification.fixtures';
import { sendAll, startMachine, undescribedStates, type CaseSnapshot } from '../machine-test-kit';
import { addMonths, DEFAULT_POLICY } from '../policy';
import { exitSample, sampleExitInput } from './exit.fixtures';
import { buildExitMachine, exitMachine } from './exit.machine';
import { exitProcedure } from './exit.procedure';
import type { ExitEvent } from './exit.types';

const start = (policy = {}) => startMachine(exitMachine, sampleExitInput(policy));
const send = (snapshot: CaseSnapshot, ...events: ExitEvent[]) => sendAll(exitMachine, snapshot, ...events);

const to = {
  verification: () => send(start(), common.appraisal()).snapshot,
  acknowledgement: () => send(to.verification(), exitSample.verification()).snapshot,
  villageOpen: () => send(to.acknowledgement(), exitSample.acknowledged(), common.publicityOpened()).snapshot,
  townshipReview: () => send(to.villageOpen(), common.windowEnded()).snapshot,
  announcementOpen: () => send(to.townshipReview(), common.township('approve'), common.publicityOpened()).snapshot,
};

describe('exitMachine', () => {
  it('describes every state in Chinese and English', () => {
    expect(undescribedStates(exitMachine)).toEqual([]);
  });

  describe('proposal (same quorum rule as identification)', () => {
    it.each([
      ['two thirds present, more than half in favour', common.appraisal(), 'verification'],
      ['fewer than two thirds present: waits for another meeting', common.appraisal({ present: 19, inFavour: 19, against: 0, abstaining: 0 }), 'proposal'],
      ['exactly half in favour fails', common.appraisal({ present: 20, inFavour: 10, against: 10, abstaining: 0 }), 'cancelled'],
    ])('%s', (_name, event, expected) => {
      expect(send(start(), event).snapshot.value).toBe(expected);
    });
  });

  describe('verification against the exit standard (poverty line of the year: 4 000 for 2020 and later)', () => {
    it.each([
      ['income one yuan above the line exits', { incomeFound: 4001 }, 'acknowledgement'],
      ['income exactly at the line does not', { incomeFound: 4000 }, 'cancelled'],
      ['income below the line does not', { incomeFound: 3999.5 }, 'cancelled'],
      ['housing not secured does not', { livingConditions: { food: true, clothing: true, education: true, medical: true, housing: false, drinkingWater: true } }, 'cancelled'],
      ['the line of the income year applies (2016: 2 952)', { incomeYear: 2016, incomeFound: 2953 }, 'acknowledgement'],
    ])('%s', (_name, facts, expected) => {
      expect(send(to.verification(), exitSample.verification(facts)).snapshot.value).toBe(expected);
    });

    it('says why the standard was not met', () => {
      const { snapshot, effects } = send(to.verification(), exitSample.verification({ incomeFound: 4000 }));
      expect(snapshot.context.rejection).toEqual({ stage: 'verification', reason: '人均纯收入 4000 元未高于 2025 年贫困线 4000 元' });
      expect(effects).toContainEqual({ type: 'notify', params: expect.objectContaining({ template: 'exit_cancelled' }) as unknown });
    });

    it.each([
      ['one visitor', { visitors: [{ name: '李队员', team: 'work_team' as const }] }, 'visitors'],
      ['a 三保障 check left out', { livingConditions: { food: true, clothing: true, education: true, medical: true, housing: true } }, 'livingConditions'],
      ['a year before any line in the table', { incomeYear: 2010 }, 'incomeYear'],
    ])('refuses a verification with %s and changes nothing', (_name, facts, field) => {
      const before = to.verification();
      const event = exitSample.verification(facts);
      expect(send(before, event).snapshot).toBe(before);
      expect(exitProcedure.refusal(before.context, event).map((problem) => problem.field)).toContain(field);
    });
  });

  describe('household acknowledgement', () => {
    it('a signature moves to village publicity', () => {
      const { snapshot } = send(to.acknowledgement(), exitSample.acknowledged());
      expect(snapshot.value).toEqual({ village_publicity: 'pending' });
      expect(snapshot.context.acknowledgedBy).toBe('王*明');
    });

    it('refuses a signature dated after the day it is recorded (T0 is 2026-03-02 in China)', () => {
      const before = to.acknowledgement();
      const ahead = { ...exitSample.acknowledged(), signedOn: '2026-03-07' };
      expect(send(before, ahead).snapshot).toBe(before);
      expect(exitProcedure.refusal(before.context, ahead)).toEqual([{ field: 'signedOn', reason: '日期 2026-03-07 晚于今天 (2026-03-02)' }]);
      expect(send(before, { ...ahead, signedOn: '2026-03-02' }).snapshot.value).toEqual({ village_publicity: 'pending' });
    });

    it('keeps version 1 as released: the signature date was not checked', () => {
      const v1 = buildExitMachine(1);
      let snapshot = startMachine(v1, sampleExitInput());
      const ahead: ExitEvent = { ...exitSample.acknowledged(), signedOn: '2026-03-07' };
      snapshot = sendAll(v1, snapshot, common.appraisal(), exitSample.verification(), ahead).snapshot;
      expect(snapshot.value).toEqual({ village_publicity: 'pending' });
    });

    it('a refusal goes back to verification, or cancels with the household reason', () => {
      expect(send(to.acknowledgement(), exitSample.refused('reverify')).snapshot.value).toBe('verification');
      const cancelled = send(to.acknowledgement(), exitSample.refused('cancel')).snapshot;
      expect(cancelled.value).toBe('cancelled');
      expect(cancelled.context.rejection).toEqual({ stage: 'acknowledgement', reason: '收入不稳定，暂不愿退出' });
    });
  });

  describe('township review', () => {
    it.each([
      ['approve', { announcement: 'pending' }],
      ['return', 'verification'],
      ['reject', 'cancelled'],
    ] as const)('%s', (decision, expected) => {
      expect(send(to.townshipReview(), common.township(decision)).snapshot.value).toEqual(expected);
    });
  });

  it('an appeal upheld during the announcement returns to the township review', () => {
    expect(send(to.announcementOpen(), common.appeal(), common.appealAnswer(true)).snapshot.value).toBe('township_review');
  });

  it('exits when the announcement ends: household exited with the year, follow-up visits at the policy months', () => {
    const { snapshot, effects } = send(to.announcementOpen(), common.windowEnded());
    expect(snapshot.value).toBe('exited');
    expect(snapshot.status).toBe('done');
    expect(effects).toEqual([
      { type: 'setHouseholdStatus', params: { status: 'exited', since: '2026-03-09', exitYear: 2026 } },
      { type: 'scheduleFollowUps', params: { exitedOn: '2026-03-09', dueOn: ['2026-09-09', '2027-03-09'] } },
      { type: 'notify', params: { recipient: 'applicant', template: 'case_exited', data: { since: '2026-03-09' } } },
    ]);
  });

  it('follows the county follow-up months', () => {
    const policy = { exit: { ...DEFAULT_POLICY.exit, followUpMonths: [3] } };
    const open = send(startMachine(exitMachine, sampleExitInput(policy)), common.appraisal(), exitSample.verification(), exitSample.acknowledged(), common.publicityOpened(), common.windowEnded(), common.township('approve'), common.publicityOpened()).snapshot;
    expect(send(open, common.windowEnded()).effects).toContainEqual({ type: 'scheduleFollowUps', params: { exitedOn: '2026-03-09', dueOn: ['2026-06-09'] } });
  });
});

describe('exitProcedure', () => {
  const policy = sampleExitInput().policy;

  it.each([
    ['registered last year', '2025-06-01', []],
    ['registered this year: refused by default', '2026-01-10', ['householdId']],
  ])('a household %s', (_name, since, fields) => {
    expect(exitProcedure.openProblems(policy, { status: 'registered', statusSince: since }, T0.slice(0, 10), {}).map((problem) => problem.field)).toEqual(fields);
  });

  it('allows the same year when the county says so', () => {
    const allowing = { ...policy, exit: { ...policy.exit, sameYearAsRegistration: true } };
    expect(exitProcedure.openProblems(allowing, { status: 'registered', statusSince: '2026-01-10' }, '2026-03-02', {})).toEqual([]);
  });

  it('starts only from registered', () => {
    expect(exitProcedure.startsFrom).toEqual(['registered']);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-03-09', 6, '2026-09-09'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2028-08-31', 6, '2029-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-03-02', -6, '2025-09-02'],
  ])('%s + %i months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});
