import { createActor, type AnyStateMachine, type AnyTransitionDefinition } from 'xstate';
import { exitMachine } from './exit/exit.machine';
import { exitPaths } from './exit/exit.paths';
import { identificationMachine } from './identification/identification.machine';
import { identificationPaths } from './identification/identification.paths';
import { allTransitions, coveringPaths, transitionsTaken, type MachinePath } from './machine-paths';
import { monitoringMachine } from './monitoring/monitoring.machine';
import { monitoringPaths } from './monitoring/monitoring.paths';
import { exitCorrectionMachine } from './exit/exit-correction.machine';
import { exitCorrectionPaths } from './exit/exit.paths';
import { riskLeadMachine } from './risk-lead/risk-lead.machine';
import { riskLeadPaths } from './risk-lead/risk-lead.paths';

function describeTransition(transition: AnyTransitionDefinition): string {
  const eventType = String(transition.eventType);
  const index = transition.source.transitions.get(eventType)?.indexOf(transition) ?? -1;
  return `${transition.source.id} --${eventType}--> ${transition.target?.map((target) => target.id).join(',') ?? '(stay)'} #${index}`;
}

function uncovered(machine: AnyStateMachine, paths: MachinePath<unknown, unknown>[]): string[] {
  const taken = new Set(paths.flatMap((path) => [...transitionsTaken(machine, path)]));
  return allTransitions(machine.root).filter((transition) => !taken.has(transition)).map(describeTransition);
}

const MACHINES: [string, AnyStateMachine, () => MachinePath<unknown, unknown>[], string[]][] = [
  ['identification', identificationMachine, identificationPaths, ['confirmed', 'rejected', 'withdrawn']],
  ['exit', exitMachine, exitPaths, ['exited', 'cancelled']],
  ['exit correction', exitCorrectionMachine, exitCorrectionPaths, ['corrected', 'rejected']],
  ['monitoring', monitoringMachine, monitoringPaths, ['confirmed', 'rejected']],
  ['risk lead', riskLeadMachine, riskLeadPaths, ['dismissed', 'cleared', 'enrolled']],
];

describe.each(MACHINES)('%s paths (xstate/graph)', (_name, machine, enumerate, finals) => {
  const paths = enumerate();

  it('take every transition the machine defines', () => {
    expect(uncovered(machine, paths)).toEqual([]);
  });

  it('end where they say they end', () => {
    for (const path of paths) {
      const actor = createActor(machine, { input: path.input }).start();
      for (const event of path.events) actor.send(event);
      expect(actor.getSnapshot().value).toEqual(path.finalValue);
      actor.stop();
    }
  });

  it('reach every final state', () => {
    const reached = new Set(paths.map((path) => path.finalValue).filter((value) => typeof value === 'string'));
    for (const final of finals) expect(reached.has(final)).toBe(true);
  });

  it('can be cut to a covering set that still takes every transition', () => {
    const covering = coveringPaths(machine, paths);
    // A small machine needs a path per final state and one more for its clock's events.
    expect(covering.length).toBeLessThanOrEqual(Math.max(paths.length / 3, finals.length + 1));
    expect(uncovered(machine, covering)).toEqual([]);
  });
});
