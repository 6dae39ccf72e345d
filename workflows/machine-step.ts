import { createActor, type ActionExecutor, type AnyMachineSnapshot, type AnyStateMachine, type EventObject, type ExecutableActionsFrom } from 'xstate';

/*
 * One step of a machine, as xstate's own `transition()` computes it: the next snapshot and the
 * actions it names, none of them executed. `transition()` builds a throw-away actor for every
 * call, and the actor computes the machine's initial state while it is built: 11 of a step's
 * 24 µs, and the garbage with them (issue 18, `node` micro-measure of identification's
 * PUBLICITY_WINDOW_ENDED). Our machines invoke, spawn and send to no other actor, so nothing is
 * ever registered in a scope's system and one inert scope per machine serves every step.
 */

/** The scope a machine's `transition` takes (xstate's MachineScope, typed as that method names it). */
type MachineScope = Parameters<AnyStateMachine['transition']>[2];

const ignore: ActionExecutor = () => undefined;

const scopes = new WeakMap<AnyStateMachine, MachineScope>();

function inertScope(machine: AnyStateMachine): MachineScope {
  const self = createActor(machine);
  const scope: MachineScope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => undefined,
    defer: () => undefined,
    emit: () => undefined,
    stopChild: () => undefined,
    actionExecutor: ignore,
  };
  scopes.set(machine, scope);
  return scope;
}

/** The snapshot after `event`, and the actions the step names (effects, as data). */
export function machineStep<T extends AnyStateMachine>(machine: T, snapshot: AnyMachineSnapshot, event: EventObject): [AnyMachineSnapshot, ExecutableActionsFrom<T>[]] {
  const scope = scopes.get(machine) ?? inertScope(machine);
  const actions: ExecutableActionsFrom<T>[] = [];
  scope.actionExecutor = (action) => {
    actions.push(action as ExecutableActionsFrom<T>);
  };
  try {
    return [machine.transition(snapshot, event, scope) as AnyMachineSnapshot, actions];
  } finally {
    scope.actionExecutor = ignore;
  }
}
