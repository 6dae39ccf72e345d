import { and } from 'xstate';
import { announcingStages, appraisalVote, caseSetup, endAt, endedWithReason, initialContext, notifyOffice, publicityStage, townshipReview, withStageLimit, type CaseContext } from '../case-setup';
import { addMonths, withPolicyDefaults } from '../policy';
import type { ExitStage } from './exit.types';

/**
 * Bump on any change of states, events, guards or effects; running cases keep theirs.
 * v1: first release.
 * v2: the township review carries its time limit (policy `timeLimits.exit`), with the system's
 *     reminder and overdue events; an acknowledgement cannot be signed on a day still to come.
 */
export const EXIT_MACHINE_VERSIONS = [1, 2] as const;
export type ExitMachineVersion = (typeof EXIT_MACHINE_VERSIONS)[number];
export const EXIT_MACHINE_VERSION: ExitMachineVersion = 2;

/** procedures.md "Exit" stage 6: the county announces, or the township where the county's policy says so. */
export const announcer = (context: Pick<CaseContext, 'policy'>): 'county' | 'township' => withPolicyDefaults(context.policy).exit.announcedBy;

const ID = 'exit';
const cancelWith = (stage: ExitStage, fallback: string) => endAt(ID, 'cancelled', stage, fallback);

/** procedures.md "Exit" (贫困户退出, 脱贫销号), on one of its versions. */
export function buildExitMachine(version: ExitMachineVersion) {
  const townshipStage = townshipReview({
    machineId: ID,
    stage: 'township_review',
    description: '乡镇审核 · Township review: approve, return to verification, or reject (the exit is cancelled).',
    approveTo: 'announcement',
    returnTo: 'verification',
    failedState: 'cancelled',
    failReason: '乡镇审核未通过',
    withdrawable: false,
  });
  return caseSetup.createMachine({
  id: ID,
  description: 'Exit of a registered household (贫困户退出, 脱贫销号), procedures.md "Exit".',
  initial: 'proposal',
  context: ({ input }) => ({ ...initialContext(input), standard: null, acknowledgedBy: null, exitedOn: null }),
  states: announcingStages('proposal', {
    proposal: {
      description: '民主评议后提出 · Proposal: the villager representatives appraise the exit (two thirds present, more than half of them in favour).',
      on: {
        APPRAISAL_RECORDED: appraisalVote(ID, 'proposal', 'verification', 'cancelled', '村民代表大会民主评议未通过退出'),
      },
    },
    verification: {
      description: '核实 · Verification: two or more visitors, one from the work team, check income against the poverty line of the year and every 两不愁三保障 check.',
      on: {
        EXIT_VERIFICATION_RECORDED: [
          { guard: and(['exitVerificationValid', 'exitStandardMet']), target: 'acknowledgement', actions: 'recordExitStandard' },
          { guard: 'exitVerificationValid', target: 'cancelled', actions: 'recordExitShortfall' },
        ],
      },
    },
    acknowledgement: {
      description: '拟退出户认可 · The household signs its agreement, or refuses with a reason (verified again, or the exit is cancelled).',
      on: {
        HOUSEHOLD_ACKNOWLEDGED: { ...(version >= 2 ? { guard: 'signedByNow' as const } : {}), target: 'village_publicity', actions: 'recordAcknowledgement' },
        HOUSEHOLD_REFUSED: [
          { guard: 'reverifyAfterRefusal', target: 'verification', actions: notifyOffice('village', 'exit_refused_reverify') },
          cancelWith('acknowledgement', '农户不认可退出'),
        ],
      },
    },
    village_publicity: publicityStage({
      machineId: ID,
      stage: 'village_publicity',
      next: 'township_review',
      description: '村内公示 · Village publicity of the households proposed to exit, default 7 days, with objections.',
      openedBy: 'village',
      office: () => 'village',
      failedState: 'cancelled',
      reverifyStage: 'verification',
      withdrawable: false,
      cancellable: true,
      appealReturnsTo: null,
    }),
    township_review: version >= 2 ? withStageLimit(townshipStage, 'township_review', 'township', () => ID) : townshipStage,
    announcement: publicityStage({
      machineId: ID,
      stage: 'announcement',
      next: 'exited',
      onward: [{ type: 'stampOutcomeDay', params: { field: 'exitedOn' } }],
      description: '公告退出 · Announcement of the exit, default 7 days; an appeal returns the case to the township review.',
      openedBy: 'county',
      office: announcer,
      failedState: 'cancelled',
      reverifyStage: 'verification',
      withdrawable: false,
      cancellable: true,
      appealReturnsTo: 'township_review',
    }),
    exited: {
      type: 'final',
      description: '销号 · Exited: the household is marked exited with the year; policies continue (脱贫不脱政策) and follow-up visits (回头看) fall due.',
      entry: [
        {
          type: 'setHouseholdStatus',
          params: ({ context }) => ({ status: 'exited' as const, since: context.exitedOn ?? '', exitYear: Number((context.exitedOn ?? '').slice(0, 4)) }),
        },
        {
          type: 'scheduleFollowUps',
          params: ({ context }) => ({
            exitedOn: context.exitedOn ?? '',
            dueOn: context.policy.exit.followUpMonths.map((months) => addMonths(context.exitedOn ?? '', months)),
          }),
        },
        { type: 'notify', params: ({ context }) => ({ recipient: 'applicant' as const, template: 'case_exited', data: { since: context.exitedOn ?? null } }) },
      ],
    },
    cancelled: endedWithReason('退出终止 · The exit is cancelled at the stage named, with the reason; the household stays registered.', 'exit_cancelled'),
  }),
  });
}

export type ExitMachine = ReturnType<typeof buildExitMachine>;

/** The machine new exit cases start on. */
export const exitMachine: ExitMachine = buildExitMachine(EXIT_MACHINE_VERSION);
