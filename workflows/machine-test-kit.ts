import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';

import type { CaseContext } from './case-setup';

/** A case machine's snapshot with its context typed. */
export type CaseSnapshot = Omit<AnyMachineSnapshot, 'context'> & { readonly context: CaseContext };

/** Helpers for the machine specs: pure transitions, the effects of the last one. */
export interface Stepped {
  snapshot: CaseSnapshot;
  effects: { type: string; params: unknown }[];
}

export function startMachine(machine: AnyStateMachine, input: unknown): CaseSnapshot {
  return initialTransition(machine, input)[0] as CaseSnapshot;
}

/** Sends the events in turn; the effects are those of the last event. */
export function sendAll(machine: AnyStateMachine, snapshot: CaseSnapshot | AnyMachineSnapshot, ...events: { type: string }[]): Stepped {
  let current = snapshot as CaseSnapshot;
  let effects: Stepped['effects'] = [];
  for (const event of events) {
    const [next, actions] = transition(machine, current as AnyMachineSnapshot, event);
    current = next as CaseSnapshot;
    effects = actions.map((action) => ({ type: action.type, params: action.params }));
  }
  return { snapshot: current, effects };
}

/** State nodes without a description in both Chinese and English. */
export function undescribedStates(machine: AnyStateMachine): string[] {
  const missing: string[] = [];
  const visit = (node: { id: string; description?: string; states: Record<string, unknown> }) => {
    if (!node.description || !/[\u4e00-\u9fff]/.test(node.description) || !/[A-Za-z]{4}/.test(node.description)) missing.push(node.id);
    Object.values(node.states).forEach((child) => visit(child as typeof node));
  };
  visit(machine.root);
  return missing;
}
