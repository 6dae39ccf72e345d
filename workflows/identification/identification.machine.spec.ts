import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { buildIdentificationMachine, identificationMachine } from './identification.machine';
import { identificationProcedure } from './identification.procedure';
import { sendAll, undescribedStates, type Stepped } from '../machine-test-kit';
import { ALL_SECURE, sample, sampleInput, T_END } from './identification.fixtures';
import { DEFAULT_POLICY } from '../policy';
import type { IdentificationEvent, IdentificationInput } from './identification.types';

type Snapshot = ReturnType<typeof initialTransition<typeof identificationMachine>>[0];

function start(input: IdentificationInput = sampleInput()): Snapshot {
  return initialTransition(identificationMachine, input)[0];
}

function send(snapshot: Snapshot, ...events: IdentificationEvent[]): { snapshot: Snapshot; effects: Stepped['effects'] } {
  const { snapshot: next, effects } = sendAll(identificationMachine, snapshot, ...events);
  return { snapshot: next as unknown as Snapshot, effects };
}

const stage = (snapshot: AnyMachineSnapshot): unknown => snapshot.value;

/** Matches an object by the fields given, at every depth. */
function partial(expected: object): unknown {
  return expect.objectContaining(
    Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, value !== null && typeof value === 'object' && !Array.isArray(value) ? partial(value as object) : value])),
  );
}

/** The applicant told of the stage entered. */
const entered = (stage: string) => ({ type: 'notify', params: { recipient: 'applicant', template: 'stage_changed', data: { stage } } });
/** A stage's time limit started (default policy: 10 days, reminder 2 days before) and ended. */
const limitStarted = (limit: string, office: string) => [{ type: 'scheduleTimeLimit', params: { limit, days: 10, reminderDays: 2, office } }];
const limitEnded = (limit: string) => ({ type: 'cancelTimeLimit', params: { limit } });

/** Reaches a stage along the happy path. */
const to = {
  groupReview: (input?: IdentificationInput) => send(start(input), sample.submit()).snapshot,
  appraisal: (input?: IdentificationInput) => send(to.groupReview(input), sample.groupReview()).snapshot,
  verification: (input?: IdentificationInput) =>
    send(to.appraisal(input), sample.appraisal({ cadreRelationDeclared: input?.cadreRelative ?? false })).snapshot,
  villagePublicity: (input?: IdentificationInput) => send(to.verification(input), sample.verification()).snapshot,
  villageOpen: (input?: IdentificationInput) => send(to.villagePublicity(input), sample.publicityOpened()).snapshot,
  townshipReview: (input?: IdentificationInput) => send(to.villageOpen(input), sample.windowEnded()).snapshot,
  townshipOpen: (input?: IdentificationInput) => send(to.townshipReview(input), sample.township('approve'), sample.publicityOpened()).snapshot,
  countyReview: (input?: IdentificationInput) => send(to.townshipOpen(input), sample.windowEnded()).snapshot,
  countyOpen: (input?: IdentificationInput) => send(to.countyReview(input), sample.county('approve'), sample.publicityOpened()).snapshot,
};

describe('identificationMachine', () => {
  it('starts in application and every state says what it is in Chinese and English', () => {
    expect(stage(start())).toBe('application');
    expect(undescribedStates(identificationMachine)).toEqual([]);
  });

  describe.each<[string, () => Snapshot, IdentificationEvent, unknown, { type: string; params?: object }[]]>([
    ['application', () => start(), sample.submit(), 'group_review', [{ type: 'notify', params: { recipient: 'applicant', template: 'application_received' } }, entered('group_review')]],
    ['application', () => start(), sample.withdraw(), 'withdrawn', []],
    ['group_review', () => to.groupReview(), sample.groupReview(true), 'democratic_appraisal', [entered('democratic_appraisal')]],
    ['group_review', () => to.groupReview(), sample.groupReview(false), 'rejected', [{ type: 'notify', params: { template: 'case_rejected', data: { stage: 'group_review', reason: '小组评议认为收入高于标准' } } }]],
    ['democratic_appraisal', () => to.appraisal(), sample.appraisal(), 'verification', [entered('verification')]],
    ['democratic_appraisal', () => to.appraisal(), sample.appraisal({ present: 19, inFavour: 19, against: 0, abstaining: 0 }), 'democratic_appraisal', [{ type: 'notify', params: { recipient: 'village', template: 'meeting_without_quorum' } }]],
    ['democratic_appraisal', () => to.appraisal(), sample.appraisal({ present: 20, inFavour: 10, against: 10, abstaining: 0 }), 'rejected', [{ type: 'notify', params: { template: 'case_rejected', data: { stage: 'democratic_appraisal' } } }]],
    ['verification', () => to.verification(), sample.verification(), { village_publicity: 'pending' }, [entered('village_publicity')]],
    ['verification', () => to.verification(), sample.verification({ incomeFound: 11767, eligible: null }), 'rejected', [{ type: 'notify', params: { data: { stage: 'verification', reason: '人均纯收入 11767 元不低于 2025 年贫困线 4000 元' } } }]],
    ['village_publicity', () => to.villagePublicity(), sample.publicityOpened(), { village_publicity: 'open' }, [{ type: 'scheduleDeadline', params: { kind: 'publicity_window_end', dueAt: T_END } }]],
    ['village_publicity', () => to.villageOpen(), sample.windowEnded(), 'township_review', [{ type: 'notify', params: { recipient: 'township', template: 'review_due' } }, ...limitStarted('township_review', 'township'), entered('township_review')]],
    ['township_review', () => to.townshipReview(), sample.township('approve'), { township_publicity: 'pending' }, [limitEnded('township_review'), entered('township_publicity')]],
    ['township_review', () => to.townshipReview(), sample.township('return'), 'verification', [limitEnded('township_review'), { type: 'notify', params: { recipient: 'village', template: 'returned_for_correction' } }, entered('verification')]],
    ['township_review', () => to.townshipReview(), sample.township('reject'), 'rejected', [limitEnded('township_review'), { type: 'notify', params: { data: { stage: 'township_review', reason: '材料不全' } } }]],
    ['township_review', () => to.townshipReview(), sample.limit('LIMIT_REMINDER', 'township_review'), 'township_review', [{ type: 'notify', params: { recipient: 'township', template: 'review_reminder', data: { limit: 'township_review', dueAt: T_END } } }]],
    ['township_review', () => to.townshipReview(), sample.limit('LIMIT_OVERDUE', 'township_review'), 'township_review', [{ type: 'notify', params: { recipient: 'county', template: 'review_overdue', data: { limit: 'township_review', office: 'township' } } }]],
    ['township_publicity', () => to.townshipOpen(), sample.windowEnded(), 'county_review', [{ type: 'notify', params: { recipient: 'county', template: 'review_due' } }, ...limitStarted('county_review', 'county'), entered('county_review')]],
    ['county_review', () => to.countyReview(), sample.county('approve'), { county_announcement: 'pending' }, [limitEnded('county_review'), entered('county_announcement')]],
    ['county_review', () => to.countyReview(), sample.county('return'), 'township_review', [limitEnded('county_review'), { type: 'notify', params: { recipient: 'township' } }, ...limitStarted('township_review', 'township'), entered('township_review')]],
    ['county_review', () => to.countyReview(), sample.county('reject'), 'rejected', [limitEnded('county_review'), { type: 'notify', params: { data: { stage: 'county_review' } } }]],
    ['county_review', () => to.countyReview(), sample.limit('LIMIT_OVERDUE', 'county_review'), 'county_review', [{ type: 'notify', params: { recipient: 'county', template: 'review_overdue', data: { limit: 'county_review', office: 'county' } } }]],
    ['county_announcement', () => to.countyOpen(), sample.windowEnded(), 'confirmed', [
      { type: 'setHouseholdStatus', params: { status: 'registered', since: '2026-03-09' } },
      { type: 'notify', params: { template: 'case_registered', data: { since: '2026-03-09' } } },
    ]],
  ])('in %s', (_stage, from, event, expectedStage, expectedEffects) => {
    it(`${event.type} ${'decision' in event ? event.decision : ''} leads to ${JSON.stringify(expectedStage)}`, () => {
      const { snapshot, effects } = send(from(), event);
      expect(snapshot.value).toEqual(expectedStage);
      expect(effects).toEqual(expectedEffects.map((effect) => partial({ params: {}, ...effect })));
    });
  });

  describe('democratic appraisal (quorum two thirds, more than half of those present)', () => {
    it.each([
      [30, 20, 11, 'verification'], // exactly two thirds present, majority
      [30, 19, 19, 'democratic_appraisal'], // one fewer: no quorum, waits even if unanimous
      [30, 20, 10, 'rejected'], // exactly half in favour fails
      [30, 30, 16, 'verification'],
    ])('%i in office, %i present, %i in favour: %s', (inOffice, present, inFavour, expected) => {
      const event = sample.appraisal({ inOffice, present, inFavour, against: present - inFavour, abstaining: 0 });
      expect(send(to.appraisal(), event).snapshot.value).toBe(expected);
    });

    it('counts meetings without quorum and accepts a later valid meeting', () => {
      const noQuorum = sample.appraisal({ present: 10, inFavour: 10, against: 0, abstaining: 0 });
      const after = send(to.appraisal(), noQuorum, noQuorum).snapshot;
      expect(after.context.inquorateMeetings).toBe(2);
      expect(send(after, sample.appraisal()).snapshot.value).toBe('verification');
    });

    it('refuses the vote on a cadre relative unless the relation was declared', () => {
      const input = sampleInput({ cadreRelative: true });
      const undeclared = send(to.appraisal(input), sample.appraisal());
      expect(undeclared.snapshot.value).toBe('democratic_appraisal');
      expect(undeclared.snapshot.context.inquorateMeetings).toBe(0);
      expect(identificationProcedure.refusal(undeclared.snapshot.context, sample.appraisal())).toEqual([{ field: 'cadreRelationDeclared', reason: expect.any(String) as string }]);
      expect(send(to.appraisal(input), sample.appraisal({ cadreRelationDeclared: true })).snapshot.value).toBe('verification');
    });

    it('follows a county quorum of three quarters', () => {
      const input = sampleInput({}, { quorum: { numerator: 3, denominator: 4 } });
      expect(send(to.appraisal(input), sample.appraisal({ inOffice: 20, present: 14, inFavour: 14, against: 0, abstaining: 0 })).snapshot.value).toBe('democratic_appraisal');
      expect(send(to.appraisal(input), sample.appraisal({ inOffice: 20, present: 15, inFavour: 14, against: 1, abstaining: 0 })).snapshot.value).toBe('verification');
    });
  });

  describe('verification rules', () => {
    const refused = (input: IdentificationInput, event: ReturnType<typeof sample.verification>) => {
      const from = to.verification(input);
      const { snapshot } = send(from, event);
      expect(snapshot.value).toBe('verification');
      return identificationProcedure.refusal(snapshot.context, event).map((problem) => problem.field);
    };

    it('needs two visitors, one from the work team', () => {
      expect(refused(sampleInput(), sample.verification({ visitors: [{ name: '李队员', team: 'work_team' }] }))).toEqual(['visitors']);
      expect(refused(sampleInput(), sample.verification({ visitors: [{ name: '甲', team: 'village_committee' }, { name: '乙', team: 'village_committee' }] }))).toEqual(['visitors']);
    });

    it('needs a full home visit by the work team for a cadre relative', () => {
      expect(refused(sampleInput({ cadreRelative: true }), sample.verification({ fullHomeVisit: false }))).toEqual(['fullHomeVisit']);
      expect(send(to.verification(sampleInput({ cadreRelative: true })), sample.verification()).snapshot.value).toEqual({ village_publicity: 'pending' });
    });

    it('blocks on an unresolved cross-check hit and on hits without consent', () => {
      expect(refused(sampleInput(), sample.verification({ crossCheckHits: [{ source: '车辆登记', resolution: null }] }))).toEqual(['crossCheckHits[0].resolution']);
      expect(refused(sampleInput({ crossCheckConsent: false }), sample.verification({ crossCheckHits: [{ source: '车辆登记', resolution: 'cleared' }] }))).toEqual(['crossCheckHits']);
      expect(send(to.verification(), sample.verification({ crossCheckHits: [{ source: '车辆登记', resolution: 'cleared' }] })).snapshot.value).toEqual({ village_publicity: 'pending' });
    });

    it('needs every exclusion check in force, and refuses "eligible" with an exclusion found', () => {
      expect(refused(sampleInput(), sample.verification({ exclusionChecks: [] }))).toEqual(['exclusionChecks']);
      const withCar = sample.verification().exclusionChecks.map((result) => (result.check === 'vehicle_or_machinery' ? { ...result, found: true } : result));
      expect(refused(sampleInput(), sample.verification({ exclusionChecks: withCar }))).toEqual(['eligible']);
      expect(send(to.verification(), sample.verification({ exclusionChecks: withCar, eligible: false, reason: '拥有小轿车' })).snapshot.value).toBe('rejected');
    });

    it('asks only for the checks the county keeps in force', () => {
      const input = sampleInput({}, { exclusionChecks: ['public_payroll'] });
      const event = sample.verification({ exclusionChecks: [{ check: 'public_payroll', found: false, source: 'department_data' }] });
      expect(send(to.verification(input), event).snapshot.value).toEqual({ village_publicity: 'pending' });
    });
  });

  describe('eligibility from the recorded facts (machine v3; procedures.md "Identification", stage 4)', () => {
    const margin = sampleInput({}, { identification: { incomeMarginAboveLine: 500 } });
    const housingProblem = { ...ALL_SECURE, housing: false };
    const outcome = (input: IdentificationInput, facts: Partial<ReturnType<typeof sample.verification>>) => {
      const event = sample.verification(facts);
      const { snapshot } = send(to.verification(input), event);
      if (snapshot.value === 'verification') return { refused: identificationProcedure.refusal(snapshot.context, event).map((problem) => problem.field) };
      return { stage: snapshot.value, reason: snapshot.context.rejection?.reason ?? null };
    };

    it.each<[string, IdentificationInput, Partial<ReturnType<typeof sample.verification>>, object]>([
      ['income a cent below the 2025 line (4 000, the 2020 standard)', sampleInput(), { incomeFound: 3999.99, eligible: null }, { stage: { village_publicity: 'pending' }, reason: null }],
      ['income at the line (at the line is not below)', sampleInput(), { incomeFound: 4000, eligible: null }, { stage: 'rejected', reason: '人均纯收入 4000 元不低于 2025 年贫困线 4000 元' }],
      ['income far above the line, claimed eligible', sampleInput(), { incomeFound: 11767, eligible: true }, { refused: ['eligible'] }],
      ['income below the line, claimed not eligible', sampleInput(), { incomeFound: 3200, eligible: false, reason: '村里认为不困难' }, { refused: ['eligible'] }],
      ['income below the line, the claim agreeing', sampleInput(), { incomeFound: 3200, eligible: true }, { stage: { village_publicity: 'pending' }, reason: null }],
      ['an exclusion found, no claim', sampleInput(), { exclusionChecks: sample.verification().exclusionChecks.map((result) => ({ ...result, found: result.check === 'urban_commercial_housing' })), eligible: null }, { stage: 'rejected', reason: '存在排除情形: 在城镇购买商品房' }],
      ['a department lead confirmed at home', sampleInput(), { crossCheckHits: [{ source: '公安车辆登记', resolution: 'confirmed' }], eligible: null }, { stage: 'rejected', reason: '存在排除情形: 比对线索属实: 公安车辆登记' }],
      ['an unresolved department lead', sampleInput(), { crossCheckHits: [{ source: '公安车辆登记', resolution: null }] }, { refused: ['crossCheckHits[0].resolution'] }],
      ['a year the county has no line for', sampleInput(), { incomeYear: 2013 }, { refused: ['incomeYear'] }],
      ['a 两不愁三保障 check left out', sampleInput(), { livingConditions: { food: true, clothing: true, education: true, medical: true, housing: true } }, { refused: ['livingConditions'] }],
      ['within the margin with a 三保障 problem, found eligible with a reason', margin, { incomeFound: 4300, livingConditions: housingProblem, eligible: true, reason: '住房为危房，因病支出大' }, { stage: { village_publicity: 'pending' }, reason: null }],
      ['within the margin, found eligible without a reason', margin, { incomeFound: 4300, livingConditions: housingProblem, eligible: true, reason: null }, { refused: ['reason'] }],
      ['within the margin, the exception not made', margin, { incomeFound: 4300, livingConditions: housingProblem, eligible: null }, { stage: 'rejected', reason: '人均纯收入 4300 元不低于 2025 年贫困线 4000 元' }],
      ['within the margin but every check secured', margin, { incomeFound: 4300, livingConditions: ALL_SECURE, eligible: true, reason: '收入不稳定' }, { refused: ['eligible'] }],
      ['at the end of the margin (line + margin is outside it)', margin, { incomeFound: 4500, livingConditions: housingProblem, eligible: true, reason: '住房为危房' }, { refused: ['eligible'] }],
    ])('%s', (_name, input, facts, expected) => {
      expect(outcome(input, facts)).toEqual(expected);
    });

    it('keeps the finding in the context', () => {
      const { snapshot } = send(to.verification(), sample.verification({ incomeFound: 3200 }));
      expect(snapshot.context.eligibility).toEqual({ year: 2025, income: 3200, povertyLine: 4000, insecure: ['housing'], exclusions: [], verdict: 'eligible' });
    });

    it('keeps version 2 on the visitors\' conclusion (running cases finish on their version)', () => {
      const v2 = buildIdentificationMachine(2);
      let snapshot = initialTransition(v2, sampleInput())[0] as AnyMachineSnapshot;
      for (const event of [sample.submit(), sample.groupReview(), sample.appraisal(), sample.verification({ incomeFound: 11767, eligible: true })]) snapshot = transition(v2, snapshot, event)[0];
      expect(snapshot.value).toEqual({ village_publicity: 'pending' });
    });
  });

  describe('time limits of the reviews (machine v3)', () => {
    it('reminds once, escalates once, and ignores another stage\'s limit', () => {
      const reminded = send(to.townshipReview(), sample.limit('LIMIT_REMINDER', 'township_review')).snapshot;
      expect(reminded.context.limits).toEqual({ township_review: 'reminded' });
      expect(send(reminded, sample.limit('LIMIT_REMINDER', 'township_review')).snapshot).toBe(reminded);
      expect(send(reminded, sample.limit('LIMIT_OVERDUE', 'county_review')).snapshot).toBe(reminded);
      const overdue = send(reminded, sample.limit('LIMIT_OVERDUE', 'township_review')).snapshot;
      expect(overdue.context.limits).toEqual({ township_review: 'overdue' });
      expect(send(overdue, sample.limit('LIMIT_OVERDUE', 'township_review')).snapshot).toBe(overdue);
      expect(send(overdue, sample.limit('LIMIT_REMINDER', 'township_review')).snapshot).toBe(overdue);
    });

    it('starts a fresh limit when the county returns the case to the township', () => {
      const overdue = send(to.townshipReview(), sample.limit('LIMIT_OVERDUE', 'township_review')).snapshot;
      const back = send(overdue, sample.township('approve'), sample.publicityOpened(), sample.windowEnded(), sample.county('return')).snapshot;
      expect(back.value).toBe('township_review');
      expect(back.context.limits).toEqual({ township_review: 'running' });
    });

    it('reads the days per procedure and stage from the frozen policy; 0 days is no limit', () => {
      const input = sampleInput({}, { timeLimits: { ...DEFAULT_POLICY.timeLimits, identification: { township_review: 0, county_review: 4 } } });
      const atTownship = send(to.villageOpen(input), sample.windowEnded()).effects.filter((effect) => effect.type === 'scheduleTimeLimit');
      expect(atTownship).toEqual([{ type: 'scheduleTimeLimit', params: { limit: 'township_review', days: 0, reminderDays: 2, office: 'township' } }]);
      const atCounty = send(to.townshipOpen(input), sample.windowEnded()).effects.filter((effect) => effect.type === 'scheduleTimeLimit');
      expect(atCounty).toEqual([{ type: 'scheduleTimeLimit', params: { limit: 'county_review', days: 4, reminderDays: 2, office: 'county' } }]);
    });
  });

  describe('publicity and objections', () => {
    it('does not end the window before its last day is over', () => {
      const early = send(to.villageOpen(), sample.windowEnded('2026-03-08T15:59:59.999Z')).snapshot;
      expect(early.value).toEqual({ village_publicity: 'open' });
      expect(send(to.villageOpen(), sample.windowEnded(T_END)).snapshot.value).toBe('township_review');
    });

    it('keeps a case with an open objection after the window, and moves it on when the objection is dismissed', () => {
      const waiting = send(to.villageOpen(), sample.objection(), sample.windowEnded()).snapshot;
      expect(waiting.value).toEqual({ village_publicity: 'awaiting_findings' });
      expect(waiting.context.publicity?.windowEnded).toBe(true);
      expect(send(waiting, sample.finding(false)).snapshot.value).toBe('township_review');
    });

    it('waits for the last of several objections', () => {
      const waiting = send(to.villageOpen(), sample.objection('o-1'), sample.objection('o-2'), sample.windowEnded()).snapshot;
      const one = send(waiting, sample.finding(false, 'o-1')).snapshot;
      expect(one.value).toEqual({ village_publicity: 'awaiting_findings' });
      expect(send(one, sample.finding(false, 'o-2')).snapshot.value).toBe('township_review');
    });

    it('continues to wait for the window when an objection is dismissed early', () => {
      const dismissed = send(to.villageOpen(), sample.objection(), sample.finding(false)).snapshot;
      expect(dismissed.value).toEqual({ village_publicity: 'open' });
      expect(dismissed.context.openObjections).toEqual([]);
    });

    it('rejects on an upheld objection by default, or returns to verification when the county says so', () => {
      const rejected = send(to.villageOpen(), sample.objection(), sample.finding(true));
      expect(rejected.snapshot.value).toBe('rejected');
      expect(rejected.snapshot.context.rejection).toEqual({ stage: 'village_publicity', reason: expect.stringContaining('异议成立') as string });
      const reverify = send(to.villageOpen(sampleInput({}, { upheldObjection: 'return_to_verification' })), sample.objection(), sample.finding(true));
      expect(reverify.snapshot.value).toBe('verification');
    });

    it('ignores a finding on an unknown objection and a duplicate objection', () => {
      const open = to.villageOpen();
      expect(send(open, sample.finding(false, 'nope')).snapshot).toBe(open);
      const once = send(open, sample.objection()).snapshot;
      expect(send(once, sample.objection()).snapshot).toBe(once);
    });

    it('takes appeals in the township and county stages only, returning the case to the review on an upheld one', () => {
      expect(send(to.villageOpen(), sample.appeal()).snapshot.context.openAppeals).toEqual([]);
      const township = send(to.townshipOpen(), sample.appeal(), sample.appealAnswer(true)).snapshot;
      expect(township.value).toBe('township_review');
      const county = send(to.countyOpen(), sample.appeal(), sample.windowEnded()).snapshot;
      expect(county.value).toEqual({ county_announcement: 'awaiting_findings' });
      expect(send(county, sample.appealAnswer(false)).snapshot.value).toBe('confirmed');
      expect(send(to.countyOpen(), sample.appeal(), sample.appealAnswer(true)).snapshot.value).toBe('county_review');
    });
  });

  describe('withdrawal', () => {
    it.each([
      ['group_review', () => to.groupReview()],
      ['democratic_appraisal', () => to.appraisal()],
      ['verification', () => to.verification()],
      ['village_publicity', () => to.villageOpen()],
      ['township_review', () => to.townshipReview()],
      ['township_publicity', () => to.townshipOpen()],
      ['county_review', () => to.countyReview()],
    ])('is possible in %s', (stageName, from) => {
      const { snapshot } = send(from(), sample.withdraw());
      expect(snapshot.value).toBe('withdrawn');
      expect(snapshot.context.withdrawal).toEqual({ stage: stageName, reason: '家庭情况好转，主动撤回' });
    });

    it('is not possible after the county decision', () => {
      const announced = to.countyOpen();
      expect(send(announced, sample.withdraw()).snapshot).toBe(announced);
    });
  });

  it('returns the case to wait for a new notice when the notice is cancelled, dropping its objections', () => {
    const cancelled = send(to.villageOpen(), sample.objection(), sample.publicityCancelled()).snapshot;
    expect(cancelled.value).toEqual({ village_publicity: 'pending' });
    expect(cancelled.context).toMatchObject({ publicity: null, openObjections: [] });
    expect(send(cancelled, sample.publicityOpened()).snapshot.value).toEqual({ village_publicity: 'open' });
  });

  it('keeps version 1 as it was released: no cancelling, a deadline without its notice', () => {
    const v1 = buildIdentificationMachine(1);
    let snapshot = initialTransition(v1, sampleInput())[0];
    for (const event of [sample.submit(), sample.groupReview(), sample.appraisal(), sample.verification()]) snapshot = transition(v1, snapshot, event)[0];
    const [open, actions] = transition(v1, snapshot, sample.publicityOpened());
    expect(actions.map((action) => action.params)).toEqual([{ kind: 'publicity_window_end', dueAt: T_END }]);
    expect(transition(v1, open, sample.publicityCancelled())[0]).toBe(open);
    // A case persisted on v1 restores on v1 and goes on from where it was.
    const restored = v1.resolveState(JSON.parse(JSON.stringify(v1.getPersistedSnapshot(open))) as never);
    expect(transition(v1, restored, sample.windowEnded())[0].value).toBe('township_review');
  });

  it('persists and restores through JSON without losing anything', () => {
    const snapshot = send(to.villageOpen(), sample.objection()).snapshot;
    const restored = identificationMachine.resolveState(JSON.parse(JSON.stringify(identificationMachine.getPersistedSnapshot(snapshot))) as never);
    expect(restored.value).toEqual(snapshot.value);
    expect(restored.context).toEqual(snapshot.context);
    expect(send(restored, sample.finding(false), sample.windowEnded()).snapshot.value).toBe('township_review');
  });
});
