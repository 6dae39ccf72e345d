import { getShortestPaths } from 'xstate/graph';
import { createActor, transition, type AnyStateNode, type AnyTransitionDefinition, type SnapshotFrom } from 'xstate';
import type { CountyPolicy } from '../policy';
import { identificationMachine } from './identification.machine';
import { sample, sampleInput } from './identification.fixtures';
import type { IdentificationEvent, IdentificationInput } from './identification.types';

type Snapshot = SnapshotFrom<typeof identificationMachine>;

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

export interface IdentificationPath {
  policy: Partial<CountyPolicy>;
  input: IdentificationInput;
  events: IdentificationEvent[];
  /** Where the path ends: the state value, as the machine reports it. */
  finalValue: unknown;
}

/** A state is its value and the open items; meeting counts beyond one add nothing new. */
function serialize(snapshot: Snapshot): string {
  const { context } = snapshot;
  return JSON.stringify([snapshot.value, context.openObjections, context.openAppeals, context.publicity?.windowEnded ?? null, Math.min(context.inquorateMeetings, 1)]);
}

/**
 * Paths that reach every state and take every transition: the shortest path to each
 * reachable state, extended by each sample event that changes that state. Run for the
 * default policy and for the county variant where an upheld objection returns to verification.
 */
export function identificationPaths(): IdentificationPath[] {
  const policies: Partial<CountyPolicy>[] = [{}, { upheldObjection: 'return_to_verification' }];
  return policies.flatMap((policy) => {
    const input = sampleInput({}, policy);
    const shortest = getShortestPaths(identificationMachine, { input, events: SAMPLE_EVENTS, serializeState: serialize });
    const seen = new Set<string>();
    const paths: IdentificationPath[] = [];
    for (const path of shortest) {
      const events = path.steps.map((step) => step.event).filter((event) => (event as { type: string }).type !== 'xstate.init');
      for (const event of SAMPLE_EVENTS) {
        const [next] = transition(identificationMachine, path.state, event);
        if (next === path.state) continue;
        const key = `${serialize(path.state)}|${JSON.stringify(event)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        paths.push({ policy, input, events: [...events, event], finalValue: next.value });
      }
    }
    return paths;
  });
}

/** Every transition the machine defines, at every depth. */
export function allTransitions(node: AnyStateNode = identificationMachine.root): AnyTransitionDefinition[] {
  return [...node.transitions.values()].flat().concat(Object.values(node.states).flatMap((child) => allTransitions(child)));
}

/** The transitions a path takes, as the machine's own inspection reports them. */
export function transitionsTaken(path: IdentificationPath): Set<AnyTransitionDefinition> {
  const taken = new Set<AnyTransitionDefinition>();
  const actor = createActor(identificationMachine, {
    input: path.input,
    inspect: (inspection) => {
      if (inspection.type === '@xstate.microstep') for (const taken_ of inspection._transitions) taken.add(taken_);
    },
  }).start();
  for (const event of path.events) actor.send(event);
  actor.stop();
  return taken;
}

/**
 * A few paths that together still take every transition (greedy cover): what the e2e tests
 * replay over HTTP, where each step costs a request.
 */
export function coveringPaths(paths: IdentificationPath[] = identificationPaths()): IdentificationPath[] {
  const candidates = paths.map((path) => ({ path, taken: transitionsTaken(path) }));
  const uncovered = new Set(allTransitions());
  const chosen: IdentificationPath[] = [];
  while (uncovered.size > 0) {
    let best: (typeof candidates)[number] | undefined;
    let bestGain = 0;
    for (const candidate of candidates) {
      let gain = 0;
      for (const transition_ of candidate.taken) if (uncovered.has(transition_)) gain += 1;
      if (gain > bestGain) {
        best = candidate;
        bestGain = gain;
      }
    }
    if (!best) break;
    chosen.push(best.path);
    for (const transition_ of best.taken) uncovered.delete(transition_);
  }
  return chosen;
}
