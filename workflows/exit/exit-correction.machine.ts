import { caseSetup, endAt, initialContext } from '../case-setup';

export const EXIT_CORRECTION_MACHINE_VERSION = 1;

/**
 * Correcting a wrong exit (错退): the county decides, and an approved correction makes the
 * household registered again. A case of its own, so the decision has its journal.
 */
export const exitCorrectionMachine = caseSetup.createMachine({
  id: 'exit_correction',
  description: 'Correction of a wrong exit (错退纠正) by a county decision.',
  initial: 'county_review',
  context: ({ input }) => ({ ...initialContext(input), confirmedOn: null }),
  states: {
    county_review: {
      description: '县级审定 · The county decides whether the exit was wrong (approve or reject; nothing to return to).',
      on: {
        COUNTY_DECIDED: [
          { guard: 'approved', target: 'corrected', actions: { type: 'stampOutcomeDay', params: { field: 'confirmedOn' } } },
          { guard: 'refused', ...endAt('exit_correction', 'rejected', 'county_review', '县级审定退出无误') },
        ],
      },
    },
    corrected: {
      type: 'final',
      description: '已纠正 · The exit is reverted: the household is registered (建档立卡贫困户) again.',
      entry: {
        type: 'setHouseholdStatus',
        params: ({ context }) => ({ status: 'registered' as const, since: context.confirmedOn ?? '', exitYear: null }),
      },
    },
    rejected: {
      type: 'final',
      description: '不予纠正 · The county found the exit right; nothing changes.',
    },
  },
});
