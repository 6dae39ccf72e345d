import { coveringPaths, machinePaths, type MachinePath } from '../machine-paths';
import type { CountyPolicy } from '../policy';
import { identificationMachine } from './identification.machine';
import { sample, sampleInput } from './identification.fixtures';
import type { IdentificationEvent, IdentificationInput } from './identification.types';

/** One of each kind of event, valid unless it is meant to fail a rule. */
export const SAMPLE_EVENTS: readonly IdentificationEvent[] = [
  sample.submit(),
  sample.withdraw(),
  sample.groupReview(true),
  sample.groupReview(false),
  sample.appraisal(),
  sample.appraisal({ present: 19, inFavour: 19, against: 0, abstaining: 0 }),
  sample.appraisal({ present: 20, inFavour: 10, against: 10, abstaining: 0 }),
  sample.verification(),
  sample.verification({ eligible: false, reason: '人均纯收入高于标准' }),
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
  sample.county('approve'),
  sample.county('return'),
  sample.county('reject'),
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
