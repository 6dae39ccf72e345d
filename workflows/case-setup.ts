import { and, assign, not, setup } from 'xstate';
import type {
  CancelTimeLimitEffect,
  CaseContextBase,
  LimitEvent,
  NotifyEffect,
  Office,
  ScheduleDeadlineEffect,
  ScheduleFollowUpsEffect,
  ScheduleTimeLimitEffect,
  SetHouseholdStatusEffect,
} from './case-types';
import { exitStandard, exitStandardShortfall, exitVerificationProblems } from './exit/exit-rules';
import type { ExitContext, ExitEvent, ExitInput } from './exit/exit.types';
import type { IdentificationContext, IdentificationEvent, IdentificationInput } from './identification/identification.types';
import { eligibilityFinding, factVerificationProblems, foundEligible, ineligibilityReason, verificationProblems } from './identification/verification-rules';
import { hasQuorum, passesMajority } from './meeting-rules';
import { crossCheckProblems, eliminationProblems, homeCheckProblems, riskFound } from './monitoring/monitoring-rules';
import type { MonitoringContext, MonitoringEvent, MonitoringInput } from './monitoring/monitoring.types';
import { clearanceProblems, dismissalProblems } from './risk-lead/risk-lead-rules';
import type { RiskLeadContext, RiskLeadEvent, RiskLeadInput } from './risk-lead/risk-lead.types';
import { chinaDay, timeLimitDays } from './policy';
import { recordDateProblems } from './record-dates';

/** Every case machine's context: the shared part, and each procedure's own fields. */
export type CaseContext = CaseContextBase &
  Partial<Omit<IdentificationContext, keyof CaseContextBase>> &
  Partial<Omit<ExitContext, keyof CaseContextBase>> &
  Partial<Omit<MonitoringContext, keyof CaseContextBase>> &
  Partial<Omit<RiskLeadContext, keyof CaseContextBase>>;
export type CaseEvent = IdentificationEvent | ExitEvent | MonitoringEvent | RiskLeadEvent;
export type CaseInput = IdentificationInput | ExitInput | MonitoringInput | RiskLeadInput;

type EventOf<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>;

const reasonOf = (event: CaseEvent): string => ('reason' in event && event.reason ? event.reason : '');

/** The days an outcome is dated by (registration, exit, confirmation): the China day of the event. */
type OutcomeDay = 'registeredOn' | 'exitedOn' | 'confirmedOn';

/**
 * One setup for every case machine, so the publicity stage and the shared guards are written
 * once (procedures.md: exit and monitoring "follow the same pattern"). Guards and actions of a
 * single procedure are named after it.
 */
export const caseSetup = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseInput,
  },
  actions: {
    // Effects: the machine only names them; the service carries them out (outbox, rows, deadlines).
    notify: (_args, _params: NotifyEffect) => undefined,
    scheduleDeadline: (_args, _params: ScheduleDeadlineEffect) => undefined,
    setHouseholdStatus: (_args, _params: SetHouseholdStatusEffect) => undefined,
    scheduleFollowUps: (_args, _params: ScheduleFollowUpsEffect) => undefined,
    scheduleTimeLimit: (_args, _params: ScheduleTimeLimitEffect) => undefined,
    cancelTimeLimit: (_args, _params: CancelTimeLimitEffect) => undefined,
    // Time limits: which are running and how far each has gone, so a repeated reminder changes nothing.
    startLimit: assign({
      limits: ({ context }, params: { limit: string; days: number }) => (params.days > 0 ? { ...context.limits, [params.limit]: 'running' as const } : context.limits),
    }),
    endLimit: assign({
      limits: ({ context }, params: { limit: string }) => Object.fromEntries(Object.entries(context.limits ?? {}).filter(([limit]) => limit !== params.limit)),
    }),
    recordLimitProgress: assign({
      limits: ({ context, event }) => {
        const due = event as LimitEvent;
        return { ...context.limits, [due.limit]: due.type === 'LIMIT_OVERDUE' ? ('overdue' as const) : ('reminded' as const) };
      },
    }),
    // Context updates.
    recordRejection: assign(({ event }, params: { stage: string; fallback: string }) => ({
      rejection: { stage: params.stage, reason: reasonOf(event) || params.fallback },
    })),
    /** A rule, not the person acting, gives the reason. */
    recordRuleRejection: assign((_args, params: { stage: string; reason: string }) => ({ rejection: { stage: params.stage, reason: params.reason } })),
    recordUpheldObjection: assign(({ event }, params: { stage: string }) => ({
      rejection: { stage: params.stage, reason: `公示期间异议成立: ${(event as EventOf<'OBJECTION_RESOLVED'>).finding}` },
    })),
    recordWithdrawal: assign(({ event }, params: { stage: string }) => ({
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
    // The outcome's date is the day (China time) its last hurdle fell.
    stampOutcomeDay: assign(({ event }, params: { field: OutcomeDay }) => ({ [params.field]: chinaDay(event.occurredAt) })),
    // Exit.
    recordExitStandard: assign({ standard: ({ context, event }) => exitStandard(context.policy, event as EventOf<'EXIT_VERIFICATION_RECORDED'>) }),
    recordExitShortfall: assign(({ context, event }) => {
      const finding = exitStandard(context.policy, event as EventOf<'EXIT_VERIFICATION_RECORDED'>);
      return { standard: finding, rejection: { stage: 'verification', reason: finding ? exitStandardShortfall(finding) : '未达到退出标准' } };
    }),
    // Identification from machine v3: the facts decide (procedures.md "Identification", stage 4).
    recordEligibility: assign({ eligibility: ({ context, event }) => eligibilityFinding(context as IdentificationContext, event as EventOf<'VERIFICATION_RECORDED'>) }),
    recordIneligibility: assign(({ context, event }) => {
      const finding = eligibilityFinding(context as IdentificationContext, event as EventOf<'VERIFICATION_RECORDED'>);
      return { eligibility: finding, rejection: { stage: 'verification', reason: finding ? ineligibilityReason(finding) : '入户核实认定不符合条件' } };
    }),
    recordAcknowledgement: assign({ acknowledgedBy: ({ event }) => (event as EventOf<'HOUSEHOLD_ACKNOWLEDGED'>).signatory }),
    // Monitoring.
    recordRisk: assign({ risk: ({ context, event }) => riskFound(context.policy, event as EventOf<'HOME_CHECK_RECORDED'>) }),
    recordObjectType: assign({ objectType: ({ event }) => (event as EventOf<'COUNTY_DECIDED'>).objectType ?? null }),
    // Risk leads.
    recordDismissal: assign({
      dismissal: ({ event }) => {
        const dismissed = event as EventOf<'LEAD_DISMISSED'>;
        return { reason: dismissed.reason, explanation: dismissed.explanation };
      },
    }),
    recordFinding: assign({ finding: ({ event }) => (event as EventOf<'LEAD_CLEARED'>).facts }),
    recordEnrolment: assign({ enrolmentCaseId: ({ event }) => (event as EventOf<'ENROLMENT_OPENED'>).caseId }),
  },
  guards: {
    // Meetings (村民委员会组织法 art. 26).
    quorate: ({ context, event }) => hasQuorum(event as EventOf<'APPRAISAL_RECORDED'>, context.policy.quorum),
    majority: ({ event }) => passesMajority(event as EventOf<'APPRAISAL_RECORDED'>),
    // Publicity and objections (procedures.md "Objections during publicity").
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
    // Reviews.
    approved: ({ event }) => (event as EventOf<'TOWNSHIP_DECIDED' | 'COUNTY_DECIDED'>).decision === 'approve',
    returned: ({ event }) => (event as EventOf<'TOWNSHIP_DECIDED' | 'COUNTY_DECIDED'>).decision === 'return',
    refused: ({ event }) => (event as EventOf<'TOWNSHIP_DECIDED' | 'COUNTY_DECIDED'>).decision === 'reject',
    // Identification.
    recommended: ({ event }) => (event as EventOf<'GROUP_REVIEW_RECORDED'>).recommended,
    /** A flagged cadre relative must be declared to the meeting, recorded with the vote (防止优亲厚友). */
    relationDeclared: ({ context, event }) =>
      !context.cadreRelative || (event as EventOf<'APPRAISAL_RECORDED'>).cadreRelationDeclared,
    verificationValid: ({ context, event }) =>
      verificationProblems(context as IdentificationContext, event as EventOf<'VERIFICATION_RECORDED'>).length === 0,
    eligible: ({ event }) => (event as EventOf<'VERIFICATION_RECORDED'>).eligible === true,
    factVerificationValid: ({ context, event }) =>
      factVerificationProblems(context as IdentificationContext, event as EventOf<'VERIFICATION_RECORDED'>).length === 0,
    eligibleByFacts: ({ context, event }) => {
      const verification = event as EventOf<'VERIFICATION_RECORDED'>;
      const finding = eligibilityFinding(context as IdentificationContext, verification);
      return finding !== null && foundEligible(finding, verification);
    },
    // Time limits: the event is for this limit, and it has not yet gone that far.
    limitRunning: ({ context, event }, params: { limit: string }) => (event as LimitEvent).limit === params.limit && context.limits?.[params.limit] === 'running',
    limitNotOverdue: ({ context, event }, params: { limit: string }) => {
      const progress = context.limits?.[params.limit];
      return (event as LimitEvent).limit === params.limit && (progress === 'running' || progress === 'reminded');
    },
    // Exit.
    exitVerificationValid: ({ context, event }) => exitVerificationProblems(context.policy, event as EventOf<'EXIT_VERIFICATION_RECORDED'>).length === 0,
    exitStandardMet: ({ context, event }) => exitStandard(context.policy, event as EventOf<'EXIT_VERIFICATION_RECORDED'>)?.met === true,
    /** The household signs on a day that has come (machine v2 on). */
    signedByNow: ({ event }) => {
      const signed = event as EventOf<'HOUSEHOLD_ACKNOWLEDGED'>;
      return recordDateProblems({ today: chinaDay(signed.occurredAt), days: { signedOn: signed.signedOn } }).length === 0;
    },
    reverifyAfterRefusal: ({ event }) => (event as EventOf<'HOUSEHOLD_REFUSED'>).next === 'reverify',
    // Monitoring.
    homeCheckValid: ({ context, event }) => homeCheckProblems(context as MonitoringContext, event as EventOf<'HOME_CHECK_RECORDED'>).length === 0,
    enrolling: ({ context }) => context.purpose === 'enrol',
    eliminating: ({ context }) => context.purpose === 'eliminate',
    atRisk: ({ context, event }) => riskFound(context.policy, event as EventOf<'HOME_CHECK_RECORDED'>) !== null,
    eliminationDue: ({ context, event }) => eliminationProblems(context.policy, event as EventOf<'HOME_CHECK_RECORDED'>).length === 0,
    /** procedures.md "Monitoring": a household with no one able to work stays under the safety net. */
    noOneAbleToWork: ({ event }) => (event as EventOf<'HOME_CHECK_RECORDED'>).elimination?.membersAbleToWork === 0,
    crossCheckSettled: ({ event }) => crossCheckProblems((event as EventOf<'CROSS_CHECK_RECORDED'>).hits).length === 0,
    objectTypeGiven: ({ event }) => Boolean((event as EventOf<'COUNTY_DECIDED'>).objectType),
    // Risk leads.
    leadDismissalValid: ({ event }) => dismissalProblems(event as EventOf<'LEAD_DISMISSED'>).length === 0,
    leadClearanceValid: ({ event }) => clearanceProblems(event as EventOf<'LEAD_CLEARED'>).length === 0,
    enrolmentNamed: ({ event }) => Boolean((event as EventOf<'ENROLMENT_OPENED'>).caseId),
  },
});

type StateConfig = NonNullable<Parameters<typeof caseSetup.createMachine>[0]['states']>[string];

/** Every machine's context starts with nothing open, no limit running and no outcome. */
export function initialContext<T extends CaseInput>(input: T) {
  return { ...input, inquorateMeetings: 0, publicity: null, openObjections: [] as string[], openAppeals: [] as string[], rejection: null, withdrawal: null, limits: {} };
}

/** The level an overdue step is escalated to (procedures.md "Monitoring": overdue steps are flagged and escalated). */
const LEVEL_ABOVE: Record<Office, Office> = { village: 'township', township: 'county', county: 'county' };

export interface TimeLimitSpec {
  /** The limit's name: the stage's, or `procedure` for the whole procedure's. */
  limit: string;
  /** The office that must act in time; it is reminded, the level above is told when it passes. */
  office: Office;
  days: (context: CaseContext) => number;
  reminderDays: (context: CaseContext) => number;
  templates: { reminder: string; overdue: string };
  /** Working days whatever the county counts publicity in. */
  counting?: 'working';
  /** When the limit counts from, if not from the event that starts it. */
  from?: (context: CaseContext) => string | null | undefined;
  /** The day it begins is not counted. */
  fromNextDay?: true;
}

/** Starting a limit: the machine records it runs (0 days: none runs) and names the effect; the service dates it. */
export function startTimeLimit(spec: TimeLimitSpec) {
  return [
    { type: 'startLimit', params: ({ context }: { context: CaseContext }) => ({ limit: spec.limit, days: spec.days(context) }) },
    {
      type: 'scheduleTimeLimit',
      params: ({ context }: { context: CaseContext }) => ({
        limit: spec.limit,
        days: spec.days(context),
        reminderDays: spec.reminderDays(context),
        office: spec.office,
        ...(spec.counting ? { counting: spec.counting } : {}),
        ...(spec.from?.(context) ? { from: spec.from(context) ?? undefined } : {}),
        ...(spec.fromNextDay ? { fromNextDay: spec.fromNextDay } : {}),
      }),
    },
  ] as const;
}

/** The system's reminder, then its overdue notice: each once, each a journal entry, each telling someone. */
export function timeLimitEvents(spec: TimeLimitSpec) {
  const told = (recipient: Office, template: string) => ({
    type: 'notify' as const,
    params: ({ event }: { event: CaseEvent }) => ({ recipient, template, data: { limit: spec.limit, dueAt: (event as LimitEvent).dueAt, office: spec.office } }),
  });
  return {
    LIMIT_REMINDER: { guard: { type: 'limitRunning', params: { limit: spec.limit } }, actions: ['recordLimitProgress', told(spec.office, spec.templates.reminder)] },
    LIMIT_OVERDUE: { guard: { type: 'limitNotOverdue', params: { limit: spec.limit } }, actions: ['recordLimitProgress', told(LEVEL_ABOVE[spec.office], spec.templates.overdue)] },
  } as const;
}

type StateActions = NonNullable<StateConfig['entry']>;
type StateAction = Exclude<StateActions, readonly unknown[]>;

/** A state's entry or exit actions as a list, to add to. */
function asList(actions: StateConfig['entry']): readonly StateAction[] {
  if (actions === undefined) return [];
  return Array.isArray(actions) ? (actions as readonly StateAction[]) : [actions as StateAction];
}

/**
 * A stage that waits on an office within a time limit (county policy, per procedure and
 * stage; 0 days: none): entering starts it, leaving ends it, and the system's reminder and
 * overdue events are taken while it runs.
 */
export function withStageLimit(state: StateConfig, stage: string, office: Office, procedureOf: (context: CaseContext) => string): StateConfig {
  return withTimeLimit(state, {
    limit: stage,
    office,
    days: (context) => timeLimitDays(context.policy, procedureOf(context), stage),
    reminderDays: (context) => context.policy.reviewReminderDays,
    templates: { reminder: 'review_reminder', overdue: 'review_overdue' },
  });
}

/** A state that runs `spec` while the case is in it: entering starts it, leaving ends it. */
export function withTimeLimit(state: StateConfig, spec: TimeLimitSpec): StateConfig {
  return {
    ...state,
    entry: [...asList(state.entry), ...startTimeLimit(spec)],
    exit: [...asList(state.exit), { type: 'endLimit', params: { limit: spec.limit } }, { type: 'cancelTimeLimit', params: { limit: spec.limit } }],
    on: { ...state.on, ...timeLimitEvents(spec) },
  };
}

/**
 * The applicant hears of every stage the case enters (procedures.md "Who uses it": residents
 * check their case); finals and the first stage have notices of their own.
 */
export function announcingStages<T extends Record<string, StateConfig>>(initial: keyof T & string, states: T): T {
  return Object.fromEntries(
    Object.entries(states).map(([stage, state]) =>
      stage === initial || state.type === 'final'
        ? [stage, state]
        : [stage, { ...state, entry: [...asList(state.entry), { type: 'notify', params: { recipient: 'applicant', template: 'stage_changed', data: { stage } } }] }],
    ),
  ) as T;
}

/** A final state that tells the household the stage and the reason in writing (procedures.md). */
export function endedWithReason(description: string, template: string): StateConfig {
  return {
    type: 'final',
    description,
    entry: {
      type: 'notify',
      params: ({ context }) => ({
        recipient: 'applicant' as const,
        template,
        data: { stage: context.rejection?.stage ?? null, reason: context.rejection?.reason ?? null },
      }),
    },
  };
}

/**
 * A representatives' meeting decides (村民委员会组织法 art. 26): without quorum nothing (the case
 * waits for another meeting); more than half of those present in favour passes; else it fails.
 */
export function appraisalVote(machineId: string, stage: string, passTo: string, failedState: string, failReason: string) {
  return [
    { guard: not('quorate'), actions: ['countInquorateMeeting', notifyOffice('village', 'meeting_without_quorum')] },
    { guard: 'majority', target: `#${machineId}.${passTo}` },
    endAt(machineId, failedState, stage, failReason),
  ] as const;
}

export interface TownshipReviewOptions {
  machineId: string;
  stage: string;
  description: string;
  approveTo: string;
  /** Where 退回补正 sends the case, to be verified again. */
  returnTo: string;
  failedState: string;
  failReason: string;
  withdrawable: boolean;
}

/** 乡镇审核 in every procedure: approve, return for correction (the village is told), or reject. */
export function townshipReview(options: TownshipReviewOptions): StateConfig {
  const at = (state: string) => `#${options.machineId}.${state}`;
  return {
    description: options.description,
    entry: notifyOffice('township', 'review_due'),
    on: {
      TOWNSHIP_DECIDED: [
        { guard: 'approved', target: at(options.approveTo) },
        { guard: 'returned', target: at(options.returnTo), actions: notifyOffice('village', 'returned_for_correction') },
        endAt(options.machineId, options.failedState, options.stage, options.failReason),
      ],
      ...(options.withdrawable ? { WITHDRAW: withdrawAt(options.machineId, options.stage) } : {}),
    },
  };
}

export const notifyOffice = (recipient: NotifyEffect['recipient'], template: string) =>
  ({ type: 'notify', params: { recipient, template, data: {} } }) as const;

/** A final outcome reached with the stage and the reason the household is told. */
export const endAt = (machineId: string, target: string, stage: string, fallback: string) =>
  ({ target: `#${machineId}.${target}`, actions: { type: 'recordRejection', params: { stage, fallback } } }) as const;

export const withdrawAt = (machineId: string, stage: string) =>
  ({ target: `#${machineId}.withdrawn`, actions: { type: 'recordWithdrawal', params: { stage } } }) as const;

export interface PublicityOptions {
  machineId: string;
  stage: string;
  /** Where the case goes when the window is over and nothing is open. */
  next: string;
  /** Done on the way there besides closing the publicity (e.g. dating the outcome). */
  onward?: readonly ({ type: 'stampOutcomeDay'; params: { field: OutcomeDay } })[];
  description: string;
  openedBy: string;
  /** The office that opened the window: it investigates objections and is told of each. */
  office: (context: CaseContext) => Office;
  /** Where an upheld objection sends the case: the final failure state, and the stage to verify again. */
  failedState: string;
  reverifyStage: string;
  withdrawable: boolean;
  /** A notice can be cancelled (cases return to waiting for a new one); identification v1 could not. */
  cancellable: boolean;
  /** Appeals (复核申请) against the decision published here return the case to this review; null: none taken. */
  appealReturnsTo: string | null;
}

/**
 * Every publicity stage has one shape (procedures.md "Objections during publicity"): pending
 * until the notice opens; open while the window runs; when it ends the case moves on unless
 * an objection or appeal is open, and then it waits for the last finding. An upheld objection
 * ends the case or returns it to verification, as the county's policy says.
 */
export function publicityStage(options: PublicityOptions): StateConfig {
  const at = (state: string) => `#${options.machineId}.${state}`;
  const moveOn = { target: at(options.next), actions: ['closePublicity', ...(options.onward ?? [])] as const };
  // The office that opened the window investigates and is told at once; the objector hears the finding.
  const filed = (kind: 'objection' | 'appeal') => ({
    type: 'notify' as const,
    params: ({ context, event }: { context: CaseContext; event: CaseEvent }) => ({
      recipient: options.office(context),
      template: 'objection_filed',
      data: { kind, publicNumber: (event as EventOf<'OBJECTION_FILED' | 'APPEAL_FILED'>).publicNumber ?? null },
    }),
  });
  const settled = {
    type: 'notify' as const,
    params: ({ event }: { event: CaseEvent }) => {
      const item = event as EventOf<'OBJECTION_RESOLVED' | 'APPEAL_ANSWERED'>;
      const [objectionId, kind, finding] = item.type === 'OBJECTION_RESOLVED' ? [item.objectionId, 'objection', item.finding] : [item.appealId, 'appeal', item.answer];
      return { recipient: 'objector' as const, template: 'objection_finding', data: { objectionId, kind, upheld: item.upheld, finding } };
    },
  };
  const upheldObjection = [
    {
      guard: and(['knownObjection', 'objectionUpheld', 'upheldRejects']),
      target: at(options.failedState),
      actions: [settled, 'closePublicity', { type: 'recordUpheldObjection', params: { stage: options.stage } }] as const,
    },
    {
      guard: and(['knownObjection', 'objectionUpheld']),
      target: at(options.reverifyStage),
      actions: [settled, 'closePublicity', notifyOffice('village', 'objection_upheld_reverify')] as const,
    },
  ];
  const upheldAppeal = options.appealReturnsTo
    ? [{ guard: and(['knownAppeal', 'appealUpheld']), target: at(options.appealReturnsTo), actions: [settled, 'closePublicity'] as const }]
    : [];
  const appealsWhileOpen = options.appealReturnsTo
    ? {
        APPEAL_FILED: { guard: 'newAppeal' as const, actions: ['addAppeal', filed('appeal')] as const },
        APPEAL_ANSWERED: [...upheldAppeal, { guard: 'knownAppeal' as const, actions: ['dropAppeal', settled] as const }],
      }
    : {};
  const cancellable = options.cancellable ? { PUBLICITY_CANCELLED: { target: 'pending', actions: 'recordCancellation' as const } } : {};
  const appealsAfterWindow = options.appealReturnsTo
    ? {
        APPEAL_ANSWERED: [
          ...upheldAppeal,
          { guard: and(['knownAppeal', 'lastOpenItem']), target: moveOn.target, actions: [settled, ...moveOn.actions] as const },
          { guard: 'knownAppeal' as const, actions: ['dropAppeal', settled] as const },
        ],
      }
    : {};

  return {
    description: options.description,
    initial: 'pending',
    on: options.withdrawable ? { WITHDRAW: withdrawAt(options.machineId, options.stage) } : {},
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
          OBJECTION_FILED: { guard: 'newObjection', actions: ['addObjection', filed('objection')] },
          OBJECTION_RESOLVED: [...upheldObjection, { guard: 'knownObjection', actions: ['dropObjection', settled] }],
          ...appealsWhileOpen,
          ...cancellable,
        },
      },
      awaiting_findings: {
        description: '公示期满，待处理异议 · The window is over; the case waits until every open objection or appeal is settled.',
        on: {
          OBJECTION_RESOLVED: [
            ...upheldObjection,
            { guard: and(['knownObjection', 'lastOpenItem']), target: moveOn.target, actions: [settled, ...moveOn.actions] },
            { guard: 'knownObjection', actions: ['dropObjection', settled] },
          ],
          ...appealsAfterWindow,
          ...cancellable,
        },
      },
    },
  };
}
