import { createActor, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { identificationMachine } from './identification.machine';
import { identificationPaths } from './identification.paths';

function allTransitions(node: AnyStateNode): AnyTransitionDefinition[] {
  return [...node.transitions.values()].flat().concat(Object.values(node.states).flatMap(allTransitions));
}

function describeTransition(transition: AnyTransitionDefinition): string {
  const eventType = String(transition.eventType);
  const index = transition.source.transitions.get(eventType)?.indexOf(transition) ?? -1;
  return `${transition.source.id} --${eventType}--> ${transition.target?.map((target) => target.id).join(',') ?? '(stay)'} #${index}`;
}

describe('identificationPaths', () => {
  const paths = identificationPaths();

  it('take every transition the machine defines', () => {
    const taken = new Set<AnyTransitionDefinition>();
    for (const path of paths) {
      const actor = createActor(identificationMachine, {
        input: path.input,
        inspect: (inspection) => {
          if (inspection.type === '@xstate.microstep') for (const transition of inspection._transitions) taken.add(transition);
        },
      }).start();
      for (const event of path.events) actor.send(event);
      expect(actor.getSnapshot().value).toEqual(path.finalValue);
      actor.stop();
    }
    const missed = allTransitions(identificationMachine.root).filter((transition) => !taken.has(transition)).map(describeTransition);
    expect(missed).toEqual([]);
  });

  it('reach every final state', () => {
    const finals = new Set(paths.map((path) => path.finalValue).filter((value) => typeof value === 'string'));
    for (const final of ['confirmed', 'rejected', 'withdrawn']) expect(finals.has(final)).toBe(true);
  });
});
