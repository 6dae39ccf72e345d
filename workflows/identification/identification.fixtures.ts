import { DEFAULT_POLICY, type CountyPolicy } from '../policy';
import type { CommonCaseEvent, LimitEvent, LivingConditions, Visitor } from '../case-types';
import type { IdentificationEvent, IdentificationInput } from './identification.types';

/**
 * Sample events for tests and path enumeration: each valid unless overridden. Times are fixed
 * ISO instants; the publicity window of the samples ends at T_END.
 */
export const T0 = '2026-03-02T02:00:00.000Z';
export const T_END = '2026-03-08T16:00:00.000Z'; // 2026-03-09 00:00 China time
export const T_AFTER = '2026-03-09T01:00:00.000Z';

export function sampleInput(overrides: Partial<IdentificationInput> = {}, policy: Partial<CountyPolicy> = {}): IdentificationInput {
  return { policy: { ...DEFAULT_POLICY, ...policy }, cadreRelative: false, crossCheckConsent: true, ...overrides };
}

/** Two visitors, one of them from the work team: what every home visit needs. */
export const SAMPLE_VISITORS: Visitor[] = [
  { name: '韦支书', team: 'village_committee' },
  { name: '李队员', team: 'work_team' },
];

/** Every 两不愁三保障 check (and drinking water) secured. */
export const ALL_SECURE: LivingConditions = { food: true, clothing: true, education: true, medical: true, housing: true, drinkingWater: true };

type Sample<T extends IdentificationEvent['type']> = Extract<IdentificationEvent, { type: T }>;

export const sample = {
  submit: (): Sample<'SUBMIT'> => ({ type: 'SUBMIT', occurredAt: T0 }),
  withdraw: (): Sample<'WITHDRAW'> => ({ type: 'WITHDRAW', reason: '家庭情况好转，主动撤回', occurredAt: T0 }),
  groupReview: (recommended = true): Sample<'GROUP_REVIEW_RECORDED'> => ({
    type: 'GROUP_REVIEW_RECORDED',
    meetingId: 'm-group',
    recommended,
    reason: recommended ? null : '小组评议认为收入高于标准',
    occurredAt: T0,
  }),
  appraisal: (votes: Partial<Sample<'APPRAISAL_RECORDED'>> = {}): Sample<'APPRAISAL_RECORDED'> => ({
    type: 'APPRAISAL_RECORDED',
    meetingId: 'm-appraisal',
    inOffice: 30,
    present: 24,
    inFavour: 20,
    against: 2,
    abstaining: 2,
    cadreRelationDeclared: false,
    occurredAt: T0,
    ...votes,
  }),
  verification: (facts: Partial<Sample<'VERIFICATION_RECORDED'>> = {}): Sample<'VERIFICATION_RECORDED'> => ({
    type: 'VERIFICATION_RECORDED',
    verificationId: 'v-1',
    visitors: SAMPLE_VISITORS,
    fullHomeVisit: true,
    exclusionChecks: DEFAULT_POLICY.exclusionChecks.map((check) => ({ check, found: false, source: 'home_visit' as const })),
    crossCheckHits: [],
    // Below the 2020 line of 4 000 yuan the default policy's table carries on to later years.
    incomeFound: 3200,
    incomeYear: 2025,
    livingConditions: { ...ALL_SECURE, housing: false },
    eligible: true,
    reason: null,
    occurredAt: T0,
    ...facts,
  }),
  /** The system's reminder or overdue notice of a time limit (a stage's, or `procedure`). */
  limit: (type: 'LIMIT_REMINDER' | 'LIMIT_OVERDUE', limit: string): LimitEvent => ({ type, limit, dueAt: T_END, occurredAt: T_AFTER }),
  publicityOpened: (): Sample<'PUBLICITY_OPENED'> => ({ type: 'PUBLICITY_OPENED', noticeId: 'n-1', endsAt: T_END, occurredAt: T0 }),
  publicityCancelled: (): Sample<'PUBLICITY_CANCELLED'> => ({ type: 'PUBLICITY_CANCELLED', noticeId: 'n-1', reason: '名单有误，撤销重发', occurredAt: T0 }),
  windowEnded: (occurredAt = T_AFTER): Sample<'PUBLICITY_WINDOW_ENDED'> => ({ type: 'PUBLICITY_WINDOW_ENDED', occurredAt }),
  objection: (objectionId = 'o-1'): Sample<'OBJECTION_FILED'> => ({ type: 'OBJECTION_FILED', objectionId, occurredAt: T0 }),
  finding: (upheld: boolean, objectionId = 'o-1'): Sample<'OBJECTION_RESOLVED'> => ({
    type: 'OBJECTION_RESOLVED',
    objectionId,
    upheld,
    finding: upheld ? '经调查，该户在县城购有商品房' : '经调查，反映情况不属实',
    occurredAt: T0,
  }),
  appeal: (appealId = 'a-1'): Sample<'APPEAL_FILED'> => ({ type: 'APPEAL_FILED', appealId, occurredAt: T0 }),
  appealAnswer: (upheld: boolean, appealId = 'a-1'): Sample<'APPEAL_ANSWERED'> => ({
    type: 'APPEAL_ANSWERED',
    appealId,
    upheld,
    answer: upheld ? '复核认为原审核有误，重新审核' : '复核维持原审核意见',
    occurredAt: T0,
  }),
  township: (decision: 'approve' | 'return' | 'reject'): Sample<'TOWNSHIP_DECIDED'> => ({
    type: 'TOWNSHIP_DECIDED',
    decision,
    reason: decision === 'approve' ? '符合条件' : '材料不全',
    occurredAt: T0,
  }),
  county: (decision: 'approve' | 'return' | 'reject'): Sample<'COUNTY_DECIDED'> => ({
    type: 'COUNTY_DECIDED',
    decision,
    reason: decision === 'approve' ? '符合条件' : '不符合条件',
    occurredAt: T0,
  }),
};

/** The reminder and the overdue notice of each named time limit. */
export function limitSamples(...limits: string[]): LimitEvent[] {
  return limits.flatMap((limit) => [sample.limit('LIMIT_REMINDER', limit), sample.limit('LIMIT_OVERDUE', limit)]);
}

/** Meetings (quorate and passing, without quorum, exactly half in favour), publicity with its objections and appeals, township decisions: every procedure takes these. */
export function sharedSampleEvents(): CommonCaseEvent[] {
  return [
    sample.appraisal(),
    sample.appraisal({ present: 19, inFavour: 19, against: 0, abstaining: 0 }),
    sample.appraisal({ present: 20, inFavour: 10, against: 10, abstaining: 0 }),
    sample.publicityOpened(),
    sample.publicityCancelled(),
    sample.windowEnded(),
    sample.objection(),
    sample.objection('o-2'),
    sample.finding(false),
    sample.finding(false, 'o-2'),
    sample.finding(true),
    sample.appeal(),
    sample.appealAnswer(false),
    sample.appealAnswer(true),
    sample.township('approve'),
    sample.township('return'),
    sample.township('reject'),
  ];
}

/** Application to 建档立卡 along the happy path: every stage, each window run out without objection. */
export const TO_CONFIRMED: IdentificationEvent[] = [
  sample.submit(),
  sample.groupReview(true),
  sample.appraisal(),
  sample.verification(),
  sample.publicityOpened(),
  sample.windowEnded(),
  sample.township('approve'),
  sample.publicityOpened(),
  sample.windowEnded(),
  sample.county('approve'),
  sample.publicityOpened(),
  sample.windowEnded(),
];
