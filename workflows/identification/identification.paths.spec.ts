import type { AnyTransitionDefinition } from 'xstate';
import { allTransitions, coveringPaths, identificationPaths, transitionsTaken } from './identification.paths';
import { identificationMachine } from './identification.machine';
import { createActor } from 'xstate';

function describeTransition(transition: AnyTransitionDefinition): string {
  const eventType = String(transition.eventType);
  const index = transition.source.transitions.get(eventType)?.indexOf(transition) ?? -1;
  return `${transition.source.id} --${eventType}--> ${transition.target?.map((target) => target.id).join(',') ?? '(stay)'} #${index}`;
}

function uncovered(paths: ReturnType<typeof identificationPaths>): string[] {
  const taken = new Set(paths.flatMap((path) => [...transitionsTaken(path)]));
  return allTransitions().filter((transition) => !taken.has(transition)).map(describeTransition);
}

describe('identificationPaths', () => {
  const paths = identificationPaths();

  it('take every transition the machine defines', () => {
    expect(uncovered(paths)).toEqual([]);
  });

  it('end where they say they end', () => {
    for (const path of paths) {
      const actor = createActor(identificationMachine, { input: path.input }).start();
      for (const event of path.events) actor.send(event);
      expect(actor.getSnapshot().value).toEqual(path.finalValue);
      actor.stop();
    }
  });

  it('reach every final state', () => {
    const finals = new Set(paths.map((path) => path.finalValue).filter((value) => typeof value === 'string'));
    for (const final of ['confirmed', 'rejected', 'withdrawn']) expect(finals.has(final)).toBe(true);
  });

  it('can be cut to a covering set that still takes every transition', () => {
    const covering = coveringPaths(paths);
    expect(covering.length).toBeLessThan(paths.length / 10);
    expect(uncovered(covering)).toEqual([]);
  });
});
