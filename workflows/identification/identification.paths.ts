import { coveringPaths, machinePaths, type MachinePath } from '../machine-paths';
import type { CountyPolicy } from '../policy';
import { identificationMachine } from './identification.machine';
import { limitSamples, sample, sampleInput, sharedSampleEvents } from './identification.fixtures';
import type { IdentificationEvent, IdentificationInput } from './identification.types';

/** One of each kind of event, valid unless it is meant to fail a rule. */
export const SAMPLE_EVENTS: readonly IdentificationEvent[] = [
  sample.submit(),
  sample.withdraw(),
  sample.groupReview(true),
  sample.groupReview(false),
  sample.verification(),
  sample.verification({ incomeFound: 11767, eligible: null }),
  ...sharedSampleEvents(),
  sample.county('approve'),
  sample.county('return'),
  sample.county('reject'),
  ...limitSamples('township_review', 'county_review'),
];

export interface IdentificationPath extends MachinePath<IdentificationInput, IdentificationEvent> {
  policy: Partial<CountyPolicy>;
}

/**
 * Paths through every state and transition, for the default policy and for the county
 * variant where an upheld objection returns to verification.
 */
export function identificationPaths(): IdentificationPath[] {
  const policies: Partial<CountyPolicy>[] = [{}, { upheldObjection: 'return_to_verification' }];
  return policies.flatMap((policy) => machinePaths(identificationMachine, [sampleInput({}, policy)], SAMPLE_EVENTS).map((path) => ({ ...path, policy })));
}

/** What the e2e tests replay over HTTP. */
export function identificationCoveringPaths(): IdentificationPath[] {
  return coveringPaths(identificationMachine, identificationPaths());
}
