import { and, not } from 'xstate';
import {
  announcingStages,
  caseSetup,
  endAt,
  endedWithReason,
  initialContext,
  notifyOffice,
  publicityStage,
  townshipReview,
  withdrawAt,
  withStageLimit,
  type PublicityOptions,
} from '../case-setup';
import type { IdentificationInput, IdentificationStage, PublicityStage } from './identification.types';

type StateConfig = Parameters<typeof withStageLimit>[0];

/**
 * Bump on any change of states, events, guards or effects; running cases keep the version
 * they began on, so every version stays buildable here.
 * v1: the procedure as first released.
 * v2: a notice can be cancelled (cases return to waiting for a notice); the deadline effect
 *     names its notice.
 * v3: eligibility at verification is decided from the recorded facts (income against the
 *     year's poverty line, 两不愁三保障, exclusions); the township and county reviews carry
 *     their time limits (reminder and overdue events from the system).
 */
export const IDENTIFICATION_MACHINE_VERSIONS = [1, 2, 3] as const;
export type IdentificationMachineVersion = (typeof IDENTIFICATION_MACHINE_VERSIONS)[number];
export const IDENTIFICATION_MACHINE_VERSION: IdentificationMachineVersion = 3;

const ID = 'identification';

/** The level that opens each window and investigates its objections. */
export const PUBLICITY_OFFICE = { village_publicity: 'village', township_publicity: 'township', county_announcement: 'county' } as const satisfies Record<PublicityStage, string>;

/** From v3 the reviews have time limits (policy `timeLimits.identification`). */
function reviewStage(version: IdentificationMachineVersion, state: StateConfig, stage: 'township_review' | 'county_review', office: 'township' | 'county'): StateConfig {
  return version >= 3 ? withStageLimit(state, stage, office, () => ID) : state;
}

/** v3: the facts decide; before, the visitors' conclusion was taken as given. */
function verificationOutcomes(version: IdentificationMachineVersion) {
  if (version >= 3) {
    return [
      { guard: and(['factVerificationValid', 'eligibleByFacts']), target: 'village_publicity', actions: 'recordEligibility' },
      { guard: 'factVerificationValid', target: 'rejected', actions: 'recordIneligibility' },
    ] as const;
  }
  return [
    { guard: and(['verificationValid', 'eligible']), target: 'village_publicity' },
    { guard: 'verificationValid', ...rejectWith('verification', '入户核实认定不符合条件') },
  ] as const;
}

const withdrawFrom = (stage: IdentificationStage) => withdrawAt(ID, stage);
const rejectWith = (stage: IdentificationStage, fallback: string) => endAt(ID, 'rejected', stage, fallback);

function identificationPublicity(
  version: IdentificationMachineVersion,
  stage: PublicityStage,
  next: IdentificationStage,
  options: Pick<PublicityOptions, 'description' | 'openedBy' | 'withdrawable' | 'appealReturnsTo'>,
) {
  return publicityStage({
    ...options,
    office: () => PUBLICITY_OFFICE[stage],
    machineId: ID,
    stage,
    next,
    onward: next === 'confirmed' ? [{ type: 'stampOutcomeDay', params: { field: 'registeredOn' } }] : [],
    failedState: 'rejected',
    reverifyStage: 'verification',
    // v2: cancelling the notice (the only early close) sends the case back to wait for a new one.
    cancellable: version >= 2,
  });
}

export function buildIdentificationMachine(version: IdentificationMachineVersion) {
  return caseSetup.createMachine({
  id: 'identification',
  description: 'Poor-household identification (贫困户识别, 建档立卡), procedures.md "Identification".',
  initial: 'application',
  context: ({ input }) => ({ ...initialContext(input as IdentificationInput), registeredOn: null, eligibility: null }),
  states: announcingStages('application', {
    application: {
      description: '农户申请 · Application: the form is on file (reasons, self-reported facts, consent); not yet submitted.',
      on: {
        SUBMIT: { target: 'group_review', actions: { type: 'notify', params: { recipient: 'applicant', template: 'application_received', data: {} } } },
        WITHDRAW: withdrawFrom('application'),
      },
    },
    group_review: {
      description: '村民小组评议 · Group review: the villager group hears the applicant and recommends, or not.',
      on: {
        GROUP_REVIEW_RECORDED: [{ guard: 'recommended', target: 'democratic_appraisal' }, rejectWith('group_review', '村民小组评议未推荐')],
        WITHDRAW: withdrawFrom('group_review'),
      },
    },
    democratic_appraisal: {
      description:
        '村民代表大会民主评议 · Democratic appraisal: valid with two thirds of the representatives present; passes with more than half of those present in favour.',
      on: {
        APPRAISAL_RECORDED: [
          // Without quorum the meeting decides nothing: the case waits for another meeting.
          { guard: and(['relationDeclared', not('quorate')]), actions: ['countInquorateMeeting', notifyOffice('village', 'meeting_without_quorum')] },
          { guard: and(['relationDeclared', 'majority']), target: 'verification' },
          { guard: 'relationDeclared', ...rejectWith('democratic_appraisal', '村民代表大会民主评议未获通过') },
        ],
        WITHDRAW: withdrawFrom('democratic_appraisal'),
      },
    },
    verification: {
      description:
        '入户核实 · Verification: two or more visitors, one from the village work team, check income, 两不愁三保障, exclusions and cross-check leads at home.',
      on: {
        VERIFICATION_RECORDED: verificationOutcomes(version),
        WITHDRAW: withdrawFrom('verification'),
      },
    },
    village_publicity: identificationPublicity(version, 'village_publicity', 'township_review', {
      description: '村级第一次公示 · Village publicity of the initial list (初选名单), default 7 days, with objections.',
      openedBy: 'village',
      withdrawable: true,
      appealReturnsTo: null,
    }),
    township_review: reviewStage(version, townshipReview({
      machineId: ID,
      stage: 'township_review',
      description: '乡镇审核 · Township review: approve, return to verification for correction (退回补正), or reject.',
      approveTo: 'township_publicity',
      returnTo: 'verification',
      failedState: 'rejected',
      failReason: '乡镇审核未通过',
      withdrawable: true,
    }), 'township_review', 'township'),
    township_publicity: identificationPublicity(version, 'township_publicity', 'county_review', {
      description: '乡镇审核后公示 · Township publicity (second publicity, posted in the village), with objections and appeals.',
      openedBy: 'township',
      withdrawable: true,
      appealReturnsTo: 'township_review',
    }),
    county_review: reviewStage(version, {
      description: '县级复审 · County review: approve, return to the township review, or reject.',
      entry: notifyOffice('county', 'review_due'),
      on: {
        COUNTY_DECIDED: [
          { guard: 'approved', target: 'county_announcement' },
          { guard: 'returned', target: 'township_review' },
          rejectWith('county_review', '县级复审未通过'),
        ],
        // Withdrawal is possible until the county has decided.
        WITHDRAW: withdrawFrom('county_review'),
      },
    }, 'county_review', 'county'),
    county_announcement: identificationPublicity(version, 'county_announcement', 'confirmed', {
      description: '县级公告 · County announcement, posted in the village, with objections and appeals.',
      openedBy: 'county',
      withdrawable: false,
      appealReturnsTo: 'county_review',
    }),
    confirmed: {
      type: 'final',
      description: '建档立卡 · Confirmed: the household is registered as poor (建档立卡贫困户) from the confirmation date.',
      entry: [
        { type: 'setHouseholdStatus', params: ({ context }) => ({ status: 'registered' as const, since: context.registeredOn ?? '' }) },
        { type: 'notify', params: ({ context }) => ({ recipient: 'applicant' as const, template: 'case_registered', data: { since: context.registeredOn ?? null } }) },
      ],
    },
    rejected: endedWithReason('未通过 · Rejected: final for this case; the applicant receives the stage and the reason in writing.', 'case_rejected'),
    withdrawn: {
      type: 'final',
      description: '已撤回 · Withdrawn by the household before the county decision; it may apply again later.',
    },
  }),
  });
}

export type IdentificationMachine = ReturnType<typeof buildIdentificationMachine>;

/** The machine new cases start on. */
export const identificationMachine: IdentificationMachine = buildIdentificationMachine(IDENTIFICATION_MACHINE_VERSION);
