import { and, assign, not, setup } from 'xstate';
import { hasQuorum, passesMajority } from '../meeting-rules';
import type {
  IdentificationContext,
  IdentificationEvent,
  IdentificationInput,
  IdentificationStage,
  NotifyEffect,
  PublicityStage,
  ScheduleDeadlineEffect,
  SetHouseholdStatusEffect,
} from './identification.types';
import { verificationProblems } from './verification-rules';

/**
 * Bump on any change of states, events, guards or effects; running cases keep the version
 * they began on, so every version stays buildable here.
 * v1: the procedure as first released.
 * v2: a notice can be cancelled (cases return to waiting for a notice); the deadline effect
 *     names its notice.
 */
export const IDENTIFICATION_MACHINE_VERSIONS = [1, 2] as const;
export type IdentificationMachineVersion = (typeof IDENTIFICATION_MACHINE_VERSIONS)[number];
export const IDENTIFICATION_MACHINE_VERSION: IdentificationMachineVersion = 2;

type EventOf<T extends IdentificationEvent['type']> = Extract<IdentificationEvent, { type: T }>;

const reasonOf = (event: IdentificationEvent): string => ('reason' in event && event.reason ? event.reason : '');

const identificationSetup = setup({
  types: {
    context: {} as IdentificationContext,
    events: {} as IdentificationEvent,
    input: {} as IdentificationInput,
  },
  actions: {
    // Effects: the machine only names them; the service writes them (outbox, household row).
    notify: (_args, _params: NotifyEffect) => undefined,
    scheduleDeadline: (_args, _params: ScheduleDeadlineEffect) => undefined,
    setHouseholdStatus: (_args, _params: SetHouseholdStatusEffect) => undefined,
    // Context updates.
    recordRejection: assign(({ event }, params: { stage: IdentificationStage; fallback: string }) => ({
      rejection: { stage: params.stage, reason: reasonOf(event) || params.fallback },
    })),
    recordUpheldObjection: assign(({ event }, params: { stage: IdentificationStage }) => ({
      rejection: { stage: params.stage, reason: `公示期间异议成立: ${(event as EventOf<'OBJECTION_RESOLVED'>).finding}` },
    })),
    recordWithdrawal: assign(({ event }, params: { stage: IdentificationStage }) => ({
      withdrawal: { stage: params.stage, reason: reasonOf(event) },
    })),
    countInquorateMeeting: assign({ inquorateMeetings: ({ context }) => context.inquorateMeetings + 1 }),
    openPublicity: assign({
      publicity: ({ event }) => {
        const opened = event as EventOf<'PUBLICITY_OPENED'>;
        return { noticeId: opened.noticeId, endsAt: opened.endsAt, windowEnded: false };
      },
    }),
    markWindowEnded: assign({ publicity: ({ context }) => (context.publicity ? { ...context.publicity, windowEnded: true } : null) }),
    closePublicity: assign({ publicity: null, openObjections: [], openAppeals: [] }),
    recordCancellation: assign({ publicity: null, openObjections: [], openAppeals: [] }),
    addObjection: assign({ openObjections: ({ context, event }) => [...context.openObjections, (event as EventOf<'OBJECTION_FILED'>).objectionId] }),
    dropObjection: assign({
      openObjections: ({ context, event }) => context.openObjections.filter((id) => id !== (event as EventOf<'OBJECTION_RESOLVED'>).objectionId),
    }),
    addAppeal: assign({ openAppeals: ({ context, event }) => [...context.openAppeals, (event as EventOf<'APPEAL_FILED'>).appealId] }),
    dropAppeal: assign({
      openAppeals: ({ context, event }) => context.openAppeals.filter((id) => id !== (event as EventOf<'APPEAL_ANSWERED'>).appealId),
    }),
    // The confirmation date is the day (China time) the announcement's last hurdle fell.
    stampRegistration: assign({ registeredOn: ({ event }) => chinaDay(event.occurredAt) }),
  },
  guards: {
    recommended: ({ event }) => (event as EventOf<'GROUP_REVIEW_RECORDED'>).recommended,
    // A flagged cadre relative must be declared to the meeting, recorded with the vote (防止优亲厚友).
    relationDeclared: ({ context, event }) =>
      !context.cadreRelative || (event as EventOf<'APPRAISAL_RECORDED'>).cadreRelationDeclared,
    quorate: ({ context, event }) => hasQuorum(event as EventOf<'APPRAISAL_RECORDED'>, context.policy.quorum),
    majority: ({ event }) => passesMajority(event as EventOf<'APPRAISAL_RECORDED'>),
    verificationValid: ({ context, event }) =>
      verificationProblems(context, event as EventOf<'VERIFICATION_RECORDED'>).length === 0,
    eligible: ({ event }) => (event as EventOf<'VERIFICATION_RECORDED'>).eligible,
    windowOver: ({ context, event }) =>
      context.publicity !== null && Date.parse(event.occurredAt) >= Date.parse(context.publicity.endsAt),
    nothingOpen: ({ context }) => context.openObjections.length === 0 && context.openAppeals.length === 0,
    /** The item being settled now is the last one open. */
    lastOpenItem: ({ context }) => context.openObjections.length + context.openAppeals.length === 1,
    newObjection: ({ context, event }) => !context.openObjections.includes((event as EventOf<'OBJECTION_FILED'>).objectionId),
    knownObjection: ({ context, event }) => context.openObjections.includes((event as EventOf<'OBJECTION_RESOLVED'>).objectionId),
    objectionUpheld: ({ event }) => (event as EventOf<'OBJECTION_RESOLVED'>).upheld,
    upheldRejects: ({ context }) => context.policy.upheldObjection === 'reject',
    newAppeal: ({ context, event }) => !context.openAppeals.includes((event as EventOf<'APPEAL_FILED'>).appealId),
    knownAppeal: ({ context, event }) => context.openAppeals.includes((event as EventOf<'APPEAL_ANSWERED'>).appealId),
    appealUpheld: ({ event }) => (event as EventOf<'APPEAL_ANSWERED'>).upheld,
    approved: ({ event }) => (event as EventOf<'TOWNSHIP_DECIDED' | 'COUNTY_DECIDED'>).decision === 'approve',
    returned: ({ event }) => (event as EventOf<'TOWNSHIP_DECIDED' | 'COUNTY_DECIDED'>).decision === 'return',
  },
});

/** YYYY-MM-DD in China Standard Time (UTC+8, no daylight saving) of an ISO instant. */
function chinaDay(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);
}

type StateConfig = NonNullable<Parameters<typeof identificationSetup.createMachine>[0]['states']>[string];

const withdrawAt = (stage: IdentificationStage) =>
  ({ target: '#identification.withdrawn', actions: { type: 'recordWithdrawal', params: { stage } } }) as const;

const notifyOffice = (recipient: NotifyEffect['recipient'], template: string) =>
  ({ type: 'notify', params: { recipient, template, data: {} } }) as const;

const rejectWith = (stage: IdentificationStage, fallback: string) =>
  ({ target: '#identification.rejected', actions: { type: 'recordRejection', params: { stage, fallback } } }) as const;

interface PublicityOptions {
  version: IdentificationMachineVersion;
  description: string;
  openedBy: string;
  withdrawable: boolean;
  /** Appeals (复核申请) against the decision published here return the case to this review; null: none taken. */
  appealReturnsTo: 'township_review' | 'county_review' | null;
}

/**
 * The three publicity stages share one shape (procedures.md "Objections during publicity"):
 * pending until the notice opens; open while the window runs; when it ends the case moves on,
 * unless an objection or appeal is open, and then it waits for the last finding. An upheld
 * objection rejects or returns the case to verification, as the county's policy says.
 */
function publicityStage(stage: PublicityStage, next: 'township_review' | 'county_review' | 'confirmed', options: PublicityOptions): StateConfig {
  const moveOn = {
    target: `#identification.${next}`,
    actions: next === 'confirmed' ? (['closePublicity', 'stampRegistration'] as const) : (['closePublicity'] as const),
  };
  const upheldObjection = [
    {
      guard: and(['knownObjection', 'objectionUpheld', 'upheldRejects']),
      target: '#identification.rejected',
      actions: ['closePublicity', { type: 'recordUpheldObjection', params: { stage } }] as const,
    },
    {
      guard: and(['knownObjection', 'objectionUpheld']),
      target: '#identification.verification',
      actions: ['closePublicity', notifyOffice('village', 'objection_upheld_reverify')] as const,
    },
  ];
  const upheldAppeal = options.appealReturnsTo
    ? [{ guard: and(['knownAppeal', 'appealUpheld']), target: `#identification.${options.appealReturnsTo}`, actions: 'closePublicity' as const }]
    : [];
  const appealsWhileOpen = options.appealReturnsTo
    ? {
        APPEAL_FILED: { guard: 'newAppeal' as const, actions: 'addAppeal' as const },
        APPEAL_ANSWERED: [...upheldAppeal, { guard: 'knownAppeal' as const, actions: 'dropAppeal' as const }],
      }
    : {};
  // v2: cancelling the notice (the only early close) sends the case back to wait for a new one.
  const cancellable = options.version >= 2 ? { PUBLICITY_CANCELLED: { target: 'pending', actions: 'recordCancellation' as const } } : {};
  const appealsAfterWindow = options.appealReturnsTo
    ? { APPEAL_ANSWERED: [...upheldAppeal, { guard: and(['knownAppeal', 'lastOpenItem']), ...moveOn }, { guard: 'knownAppeal' as const, actions: 'dropAppeal' as const }] }
    : {};

  return {
    description: options.description,
    initial: 'pending',
    on: options.withdrawable ? { WITHDRAW: withdrawAt(stage) } : {},
    states: {
      pending: {
        description: `待发布公示 · Waiting for the ${options.openedBy} to open the notice.`,
        on: {
          PUBLICITY_OPENED: {
            target: 'open',
            actions: [
              'openPublicity',
              {
                type: 'scheduleDeadline',
                params: ({ event }) => ({ kind: 'publicity_window_end' as const, dueAt: (event).endsAt }),
              },
            ],
          },
        },
      },
      open: {
        description: '公示中 · The window is open; objections are taken.',
        on: {
          PUBLICITY_WINDOW_ENDED: [
            { guard: and(['windowOver', 'nothingOpen']), ...moveOn },
            { guard: 'windowOver', target: 'awaiting_findings', actions: 'markWindowEnded' },
          ],
          OBJECTION_FILED: { guard: 'newObjection', actions: 'addObjection' },
          OBJECTION_RESOLVED: [...upheldObjection, { guard: 'knownObjection', actions: 'dropObjection' }],
          ...appealsWhileOpen,
          ...cancellable,
        },
      },
      awaiting_findings: {
        description: '公示期满，待处理异议 · The window is over; the case waits until every open objection or appeal is settled.',
        on: {
          OBJECTION_RESOLVED: [
            ...upheldObjection,
            { guard: and(['knownObjection', 'lastOpenItem']), ...moveOn },
            { guard: 'knownObjection', actions: 'dropObjection' },
          ],
          ...appealsAfterWindow,
          ...cancellable,
        },
      },
    },
  };
}

export function buildIdentificationMachine(version: IdentificationMachineVersion) {
  return identificationSetup.createMachine({
  id: 'identification',
  description: 'Poor-household identification (贫困户识别, 建档立卡), procedures.md "Identification".',
  initial: 'application',
  context: ({ input }) => ({
    ...input,
    inquorateMeetings: 0,
    publicity: null,
    openObjections: [],
    openAppeals: [],
    rejection: null,
    withdrawal: null,
    registeredOn: null,
  }),
  states: {
    application: {
      description: '农户申请 · Application: the form is on file (reasons, self-reported facts, consent); not yet submitted.',
      on: {
        SUBMIT: { target: 'group_review', actions: { type: 'notify', params: { recipient: 'applicant', template: 'application_received', data: {} } } },
        WITHDRAW: withdrawAt('application'),
      },
    },
    group_review: {
      description: '村民小组评议 · Group review: the villager group hears the applicant and recommends, or not.',
      on: {
        GROUP_REVIEW_RECORDED: [{ guard: 'recommended', target: 'democratic_appraisal' }, rejectWith('group_review', '村民小组评议未推荐')],
        WITHDRAW: withdrawAt('group_review'),
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
        WITHDRAW: withdrawAt('democratic_appraisal'),
      },
    },
    verification: {
      description:
        '入户核实 · Verification: two or more visitors, one from the village work team, check income, 两不愁三保障, exclusions and cross-check leads at home.',
      on: {
        VERIFICATION_RECORDED: [
          { guard: and(['verificationValid', 'eligible']), target: 'village_publicity' },
          { guard: 'verificationValid', ...rejectWith('verification', '入户核实认定不符合条件') },
        ],
        WITHDRAW: withdrawAt('verification'),
      },
    },
    village_publicity: publicityStage('village_publicity', 'township_review', {
      version,
      description: '村级第一次公示 · Village publicity of the initial list (初选名单), default 7 days, with objections.',
      openedBy: 'village',
      withdrawable: true,
      appealReturnsTo: null,
    }),
    township_review: {
      description: '乡镇审核 · Township review: approve, return to verification for correction (退回补正), or reject.',
      entry: notifyOffice('township', 'review_due'),
      on: {
        TOWNSHIP_DECIDED: [
          { guard: 'approved', target: 'township_publicity' },
          { guard: 'returned', target: 'verification', actions: notifyOffice('village', 'returned_for_correction') },
          rejectWith('township_review', '乡镇审核未通过'),
        ],
        WITHDRAW: withdrawAt('township_review'),
      },
    },
    township_publicity: publicityStage('township_publicity', 'county_review', {
      version,
      description: '乡镇审核后公示 · Township publicity (second publicity, posted in the village), with objections and appeals.',
      openedBy: 'township',
      withdrawable: true,
      appealReturnsTo: 'township_review',
    }),
    county_review: {
      description: '县级复审 · County review: approve, return to the township review, or reject.',
      entry: notifyOffice('county', 'review_due'),
      on: {
        COUNTY_DECIDED: [
          { guard: 'approved', target: 'county_announcement' },
          { guard: 'returned', target: 'township_review' },
          rejectWith('county_review', '县级复审未通过'),
        ],
        // Withdrawal is possible until the county has decided.
        WITHDRAW: withdrawAt('county_review'),
      },
    },
    county_announcement: publicityStage('county_announcement', 'confirmed', {
      version,
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
        { type: 'notify', params: ({ context }) => ({ recipient: 'applicant' as const, template: 'case_registered', data: { since: context.registeredOn } }) },
      ],
    },
    rejected: {
      type: 'final',
      description: '未通过 · Rejected: final for this case; the applicant receives the stage and the reason in writing.',
      entry: {
        type: 'notify',
        params: ({ context }) => ({
          recipient: 'applicant' as const,
          template: 'case_rejected',
          data: { stage: context.rejection?.stage ?? null, reason: context.rejection?.reason ?? null },
        }),
      },
    },
    withdrawn: {
      type: 'final',
      description: '已撤回 · Withdrawn by the household before the county decision; it may apply again later.',
    },
  },
  });
}

export type IdentificationMachine = ReturnType<typeof buildIdentificationMachine>;

/** The machine new cases start on. */
export const identificationMachine: IdentificationMachine = buildIdentificationMachine(IDENTIFICATION_MACHINE_VERSION);
