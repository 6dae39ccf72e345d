import { DEFAULT_POLICY, withPolicyDefaults, type CountyPolicy } from '../policy';
import { ALL_SECURE, limitSamples, SAMPLE_VISITORS, sharedSampleEvents, T0 } from '../identification/identification.fixtures';
import type { ExitEvent, ExitInput } from './exit.types';

export function sampleExitInput(policy: Partial<CountyPolicy> = {}): ExitInput {
  return { policy: withPolicyDefaults({ ...DEFAULT_POLICY, ...policy }) };
}

type Sample<T extends ExitEvent['type']> = Extract<ExitEvent, { type: T }>;

/** Sample exit events: income 2026 above the 2020 line of 4 000 yuan (the latest in the default table). */
export const exitSample = {
  verification: (facts: Partial<Sample<'EXIT_VERIFICATION_RECORDED'>> = {}): Sample<'EXIT_VERIFICATION_RECORDED'> => ({
    type: 'EXIT_VERIFICATION_RECORDED',
    verificationId: 'v-exit',
    visitors: SAMPLE_VISITORS,
    incomeFound: 8200,
    incomeYear: 2025,
    livingConditions: ALL_SECURE,
    occurredAt: T0,
    ...facts,
  }),
  acknowledged: (): Sample<'HOUSEHOLD_ACKNOWLEDGED'> => ({ type: 'HOUSEHOLD_ACKNOWLEDGED', signatory: '王*明', signedOn: '2026-03-02', occurredAt: T0 }),
  refused: (next: 'reverify' | 'cancel'): Sample<'HOUSEHOLD_REFUSED'> => ({ type: 'HOUSEHOLD_REFUSED', reason: '收入不稳定，暂不愿退出', next, occurredAt: T0 }),
};

/** One of each kind of exit event, valid unless meant to fail a rule. */
export const EXIT_SAMPLE_EVENTS: readonly ExitEvent[] = [
  exitSample.verification(),
  exitSample.verification({ incomeFound: 4000 }),
  exitSample.acknowledged(),
  exitSample.refused('reverify'),
  exitSample.refused('cancel'),
  ...sharedSampleEvents(),
  ...limitSamples('township_review'),
];
