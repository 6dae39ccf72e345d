import { and, not } from 'xstate';
import { appraisalVote, caseSetup, endAt, endedWithReason, initialContext, notifyOffice, publicityStage, townshipReview, withdrawAt } from '../case-setup';
import type { MonitoringInput, MonitoringStage } from './monitoring.types';

/** Bump on any change of states, events, guards or effects; running cases keep theirs. v1: first release. */
export const MONITORING_MACHINE_VERSION = 1;

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
export const monitoringMachine = caseSetup.createMachine({
  id: ID,
  description: 'Return-to-poverty monitoring (防止返贫动态监测): enrolment, risk elimination and its rollback.',
  initial: 'home_check',
  context: ({ input }) => ({ ...initialContext(input as MonitoringInput), risk: null, objectType: null, confirmedOn: null }),
  states: {
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
      failedState: 'rejected',
      reverifyStage: 'home_check',
      withdrawable: false,
      cancellable: true,
      appealReturnsTo: null,
    }),
    township_review: townshipReview({
      machineId: ID,
      stage: 'township_review',
      description: '乡镇审核 · Township review: approve, return to the home check, or reject.',
      approveTo: 'county_confirmation',
      returnTo: 'home_check',
      failedState: 'rejected',
      failReason: '乡镇审核未通过',
      withdrawable: false,
    }),
    county_confirmation: {
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
    },
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
  },
});
