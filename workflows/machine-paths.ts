import { getShortestPaths } from 'xstate/graph';
import { createActor, transition, type AnyMachineSnapshot, type AnyStateMachine, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';

/** A path through a machine: its input, the events sent, and the state value it ends in. */
export interface MachinePath<TInput, TEvent> {
  input: TInput;
  events: TEvent[];
  finalValue: unknown;
}

/** A state is its value, the open items and how far its time limits have gone; meeting counts beyond one add nothing new. */
export function caseStateKey(snapshot: AnyMachineSnapshot): string {
  const context = snapshot.context as {
    openObjections: string[];
    openAppeals: string[];
    publicity: { windowEnded: boolean } | null;
    inquorateMeetings: number;
    limits?: Record<string, string>;
  };
  return JSON.stringify([snapshot.value, context.openObjections, context.openAppeals, context.publicity?.windowEnded ?? null, Math.min(context.inquorateMeetings, 1), context.limits ?? {}]);
}

/**
 * Paths that reach every state and take every transition: the shortest path to each
 * reachable state (xstate/graph), extended by each sample event that changes that state.
 */
export function machinePaths<TInput, TEvent extends { type: string }>(
  machine: AnyStateMachine,
  inputs: TInput[],
  sampleEvents: readonly TEvent[],
): MachinePath<TInput, TEvent>[] {
  return inputs.flatMap((input) => {
    const shortest = getShortestPaths(machine, { input, events: sampleEvents as TEvent[], serializeState: caseStateKey });
    const seen = new Set<string>();
    const paths: MachinePath<TInput, TEvent>[] = [];
    for (const path of shortest) {
      const events = path.steps.map((step) => step.event as TEvent).filter((event) => event.type !== 'xstate.init');
      for (const event of sampleEvents) {
        const [next] = transition(machine, path.state, event);
        if (next === path.state) continue;
        const key = `${caseStateKey(path.state)}|${JSON.stringify(event)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        paths.push({ input, events: [...events, event], finalValue: next.value });
      }
    }
    return paths;
  });
}

/** Every transition the machine defines, at every depth. */
export function allTransitions(node: AnyStateNode): AnyTransitionDefinition[] {
  return [...node.transitions.values()].flat().concat(Object.values(node.states).flatMap((child) => allTransitions(child)));
}

/** The transitions a path takes, as the machine's own inspection reports them. */
export function transitionsTaken(machine: AnyStateMachine, path: MachinePath<unknown, unknown>): Set<AnyTransitionDefinition> {
  const taken = new Set<AnyTransitionDefinition>();
  const actor = createActor(machine, {
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
export function coveringPaths<P extends MachinePath<unknown, unknown>>(machine: AnyStateMachine, paths: P[]): P[] {
  const candidates = paths.map((path) => ({ path, taken: transitionsTaken(machine, path) }));
  const uncovered = new Set(allTransitions(machine.root));
  const chosen: P[] = [];
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
