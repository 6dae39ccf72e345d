import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { ProcedureDefinition } from '../../workflows/procedure';
import type { CaseEntity } from './case.entity';

/*
 * How a case's machine snapshot is kept in its row and restored from it. Machines stay pure: they
 * see their whole context; only the service knows where a part of it is kept.
 */

/**
 * What a persisted context holds in place of the county policy when the policy is the row's own
 * (`CaseEntity.policy`): the policy is most of a snapshot (1.9 of its 2.2 kB), and a copy in
 * every snapshot was read, parsed, written and compressed again with every command (issue 18).
 */
export const POLICY_IN_ROW = '$row.policy';

type PersistedSnapshot = Record<string, unknown> & { context?: Record<string, unknown> };

export function restoreSnapshot(procedure: ProcedureDefinition, row: Pick<CaseEntity, 'snapshot' | 'policy'>): AnyMachineSnapshot {
  const persisted = row.snapshot as PersistedSnapshot;
  const snapshot = persisted.context?.policy === POLICY_IN_ROW ? { ...persisted, context: { ...persisted.context, policy: row.policy } } : persisted;
  return procedure.machine.resolveState(snapshot as never) as AnyMachineSnapshot;
}

/**
 * The machine's snapshot as the row keeps it. A context whose policy is the row's own object
 * (the one a case opens with, or that `restoreSnapshot` put back) names it instead of copying
 * it; a context holding any other object (a copy parsed from an older snapshot) keeps it.
 */
export function persistedSnapshot(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, rowPolicy: unknown): Record<string, unknown> {
  // Named before xstate walks the context for actor references, so it does not walk the policy (2 % of a storm's worker time).
  const context = snapshot.context as Record<string, unknown> | undefined;
  const named = context && context.policy === rowPolicy ? { ...snapshot, context: { ...context, policy: POLICY_IN_ROW } } : snapshot;
  return machine.getPersistedSnapshot(named);
}

/** The case's context as persisted (plain data): to read a fact of it without restoring the machine (its policy may be POLICY_IN_ROW). */
export function persistedContext(row: CaseEntity): Record<string, unknown> {
  return (row.snapshot as PersistedSnapshot).context ?? {};
}
