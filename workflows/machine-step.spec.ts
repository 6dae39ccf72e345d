import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import { exitCorrectionMachine } from './exit/exit-correction.machine';
import { exitMachine } from './exit/exit.machine';
import { exitCorrectionPaths, exitPaths } from './exit/exit.paths';
import { identificationMachine } from './identification/identification.machine';
import { identificationPaths } from './identification/identification.paths';
import type { MachinePath } from './machine-paths';
import { machineStep } from './machine-step';
import { monitoringMachine } from './monitoring/monitoring.machine';
import { monitoringPaths } from './monitoring/monitoring.paths';
import { riskLeadMachine } from './risk-lead/risk-lead.machine';
import { riskLeadPaths } from './risk-lead/risk-lead.paths';

const MACHINES: [string, AnyStateMachine, () => MachinePath<unknown, { type: string }>[]][] = [
  ['identification', identificationMachine, identificationPaths],
  ['exit', exitMachine, exitPaths],
  ['exit correction', exitCorrectionMachine, exitCorrectionPaths],
  ['monitoring', monitoringMachine, monitoringPaths],
  ['risk lead', riskLeadMachine, riskLeadPaths],
];

const outcome = ([snapshot, actions]: ReturnType<typeof machineStep>) => ({
  value: snapshot.value as unknown,
  status: snapshot.status,
  context: JSON.stringify(snapshot.context),
  actions: actions.map((action) => ({ type: action.type, params: action.params })),
});

describe.each(MACHINES)('%s: a step with the machine\'s one inert scope', (_name, machine, enumerate) => {
  it('answers what xstate\'s transition() answers, step by step along every path', () => {
    const paths = enumerate();
    let steps = 0;
    for (const path of paths) {
      let [snapshot] = initialTransition(machine, path.input);
      for (const event of path.events) {
        const ours = machineStep(machine, snapshot, event);
        expect(outcome(ours)).toEqual(outcome(transition(machine, snapshot, event as never)));
        snapshot = ours[0];
        steps += 1;
      }
      expect(snapshot.value).toEqual(path.finalValue);
    }
    expect(steps).toBeGreaterThanOrEqual(paths.length);
  });

  it('leaves an event the state does not take unchanged, naming no action', () => {
    const [initial] = initialTransition(machine, enumerate()[0]?.input);
    const [next, actions] = machineStep(machine, initial, { type: 'NO_SUCH_EVENT' });
    expect(next).toBe(initial);
    expect(actions).toEqual([]);
  });
});
