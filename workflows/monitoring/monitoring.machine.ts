import { and, not } from 'xstate';
import {
  announcingStages,
  appraisalVote,
  caseSetup,
  endAt,
  endedWithReason,
  initialContext,
  notifyOffice,
  publicityStage,
  startTimeLimit,
  timeLimitEvents,
  townshipReview,
  withdrawAt,
  withStageLimit,
  type CaseContext,
  type TimeLimitSpec,
} from '../case-setup';
import { withPolicyDefaults } from '../policy';
import type { MonitoringInput, MonitoringPurpose, MonitoringStage } from './monitoring.types';

/**
 * Bump on any change of states, events, guards or effects; running cases keep theirs.
 * v1: first release.
 * v2: the 15 days from lead to enrolment, the township review and the county confirmation are
 *     time limits the machine starts, with the system's reminder and overdue events.
 * v3: an enrolment opened from a risk lead counts its 15 days from the lead, not from its opening.
 */
export const MONITORING_MACHINE_VERSIONS = [1, 2, 3] as const;
export type MonitoringMachineVersion = (typeof MONITORING_MACHINE_VERSIONS)[number];
export const MONITORING_MACHINE_VERSION: MonitoringMachineVersion = 3;

/** The procedure each purpose runs as, and whose time limits it keeps. */
export const PURPOSE_PROCEDURE: Record<MonitoringPurpose, string> = { enrol: 'monitoring', eliminate: 'risk_elimination', rollback: 'elimination_rollback' };
const procedureOf = (context: CaseContext) => PURPOSE_PROCEDURE[context.purpose ?? 'enrol'];

/**
 * procedures.md "Monitoring": from first lead to enrolment 15 days at most (policy
 * `monitoring.limitDays`); the village is reminded, the township told when it passes.
 * Eliminations and rollbacks have no such limit (0 days).
 */
const ENROLMENT_LIMIT: TimeLimitSpec = {
  limit: 'procedure',
  office: 'village',
  days: (context) => (context.purpose === 'enrol' ? withPolicyDefaults(context.policy).monitoring.limitDays : 0),
  reminderDays: (context) => withPolicyDefaults(context.policy).monitoring.reminderDays,
  templates: { reminder: 'procedure_reminder', overdue: 'procedure_overdue' },
};

/** From machine v3: the 15 days count from the lead the enrolment was opened from. */
const ENROLMENT_LIMIT_FROM_LEAD: TimeLimitSpec = { ...ENROLMENT_LIMIT, from: (context) => context.leadReceivedAt };

const ID = 'monitoring';
const rejectWith = (stage: MonitoringStage, fallback: string) => endAt(ID, 'rejected', stage, fallback);
const withdrawFrom = (stage: MonitoringStage) => withdrawAt(ID, stage);

/** What confirmation does to the household, by purpose (procedures.md "Monitoring"). */
const CONFIRMED_STATUS = { enrol: 'monitored', eliminate: 'risk_eliminated', rollback: 'monitored' } as const;

/**
 * procedures.md "Monitoring": enrolment (纳入监测), risk elimination (风险消除) and its
 * rollback (风险消除回退) run one chain: home check with consent → cross-check → one village
 * appraisal → one village publicity → township review → county confirmation.
 */
export function buildMonitoringMachine(version: MonitoringMachineVersion) {
  const limited = version >= 2;
  const townshipStage = townshipReview({
    machineId: ID,
    stage: 'township_review',
    description: '乡镇审核 · Township review: approve, return to the home check, or reject.',
    approveTo: 'county_confirmation',
    returnTo: 'home_check',
    failedState: 'rejected',
    failReason: '乡镇审核未通过',
    withdrawable: false,
  });
  const countyStage = {
    description: '县级确认 · County confirmation (an enrolment names the object type), return to the township, or reject.',
    entry: notifyOffice('county', 'review_due'),
    on: {
      COUNTY_DECIDED: [
        {
          guard: and(['approved', 'enrolling', 'objectTypeGiven']),
          target: 'confirmed',
          actions: ['recordObjectType', { type: 'stampOutcomeDay', params: { field: 'confirmedOn' } }],
        },
        { guard: and(['approved', not('enrolling')]), target: 'confirmed', actions: { type: 'stampOutcomeDay', params: { field: 'confirmedOn' } } },
        { guard: 'returned', target: 'township_review' },
        { guard: 'refused', ...rejectWith('county_confirmation', '县级未予确认') },
      ],
    },
  } as const;
  return caseSetup.createMachine({
  id: ID,
  description: 'Return-to-poverty monitoring (防止返贫动态监测): enrolment, risk elimination and its rollback.',
  initial: 'home_check',
  context: ({ input }) => ({ ...initialContext(input as MonitoringInput), risk: null, objectType: null, confirmedOn: null }),
  ...(limited ? { entry: startTimeLimit(version >= 3 ? ENROLMENT_LIMIT_FROM_LEAD : ENROLMENT_LIMIT), on: timeLimitEvents(ENROLMENT_LIMIT) } : {}),
  states: announcingStages('home_check', {
    home_check: {
      description: '入户核查 · Home check with the household\'s signed consent: income against the monitoring line and 两不愁三保障; for an elimination, the guards.',
      on: {
        HOME_CHECK_RECORDED: [
          { guard: and(['homeCheckValid', 'enrolling', 'atRisk']), target: 'cross_check', actions: 'recordRisk' },
          { guard: and(['homeCheckValid', 'enrolling']), ...rejectWith('home_check', '入户核查未发现返贫致贫风险') },
          {
            guard: and(['homeCheckValid', 'eliminating', 'noOneAbleToWork']),
            target: 'rejected',
            actions: { type: 'recordRuleRejection', params: { stage: 'home_check', reason: '家中无劳动能力成员，不予风险消除，继续落实兜底保障' } },
          },
          { guard: and(['homeCheckValid', 'eliminating', 'eliminationDue']), target: 'cross_check' },
          // A rollback (风险消除回退) goes on with the facts recorded.
          { guard: and(['homeCheckValid', not('eliminating')]), target: 'cross_check' },
        ],
        WITHDRAW: withdrawFrom('home_check'),
      },
    },
    cross_check: {
      description: '信息比对 · Department data cross-check: every lead confirmed or cleared at home.',
      on: {
        CROSS_CHECK_RECORDED: { guard: 'crossCheckSettled', target: 'appraisal' },
        WITHDRAW: withdrawFrom('cross_check'),
      },
    },
    appraisal: {
      description: '村级民主评议 · One village appraisal (two thirds present, more than half in favour).',
      on: {
        APPRAISAL_RECORDED: appraisalVote(ID, 'appraisal', 'village_publicity', 'rejected', '村级民主评议未通过'),
        WITHDRAW: withdrawFrom('appraisal'),
      },
    },
    village_publicity: publicityStage({
      machineId: ID,
      stage: 'village_publicity',
      next: 'township_review',
      description: '村内公示 · The one publicity, in the village, at least 5 days (township and county do not publish again).',
      openedBy: 'village',
      office: () => 'village',
      failedState: 'rejected',
      reverifyStage: 'home_check',
      withdrawable: false,
      cancellable: true,
      appealReturnsTo: null,
    }),
    township_review: limited ? withStageLimit(townshipStage, 'township_review', 'township', procedureOf) : townshipStage,
    county_confirmation: limited ? withStageLimit(countyStage, 'county_confirmation', 'county', procedureOf) : countyStage,
    confirmed: {
      type: 'final',
      description: '确认并公告 · Confirmed and announced: enrolled as a monitoring object with its type, or its risk eliminated, or the elimination rolled back.',
      entry: [
        {
          type: 'setHouseholdStatus',
          params: ({ context }) => ({
            status: CONFIRMED_STATUS[context.purpose ?? 'enrol'],
            since: context.confirmedOn ?? '',
            ...(context.purpose === 'enrol' ? { objectType: context.objectType ?? null } : {}),
          }),
        },
        // The announcement: the village posts it (township and county do not publish again).
        {
          type: 'notify',
          params: ({ context }) => ({ recipient: 'village' as const, template: 'monitoring_announced', data: { purpose: context.purpose ?? 'enrol', term: context.policy.monitoring.term } }),
        },
        {
          type: 'notify',
          params: ({ context }) => ({ recipient: 'applicant' as const, template: 'monitoring_confirmed', data: { purpose: context.purpose ?? 'enrol', term: context.policy.monitoring.term } }),
        },
      ],
    },
    rejected: endedWithReason('未通过 · Not enrolled (or not eliminated, or not rolled back), with the stage and the reason.', 'case_rejected'),
    withdrawn: {
      type: 'final',
      description: '已撤销 · Closed by the village before the appraisal, with a reason.',
    },
  }),
  });
}

export type MonitoringMachine = ReturnType<typeof buildMonitoringMachine>;

/** The machine new monitoring cases start on. */
export const monitoringMachine: MonitoringMachine = buildMonitoringMachine(MONITORING_MACHINE_VERSION);
