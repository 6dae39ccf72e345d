import type { AnyStateMachine } from 'xstate';
import type { FieldProblem } from './field-problem';
import type { CountyPolicy } from './policy';

/** Who may send an event: a staff level, the system (deadlines), or a resident (the public board). */
export type ActingRole = 'village' | 'township' | 'county' | 'system' | 'resident';

/**
 * What the generic case service needs to know of a procedure besides its machine: labels for
 * people, who may send which event at which stage, and why a payload was refused.
 */
export interface ProcedureDefinition {
  name: string;
  version: number;
  machine: AnyStateMachine;
  /** Case numbers read e.g. SB-2026-000123. */
  caseNumberPrefix: string;
  /** The household statuses from which a case of this procedure may start. */
  startsFrom: readonly string[];
  /** The machine's input, from the county policy and what the household applied with. */
  initialInput(policy: CountyPolicy, application: Record<string, unknown>): unknown;
  /** Chinese name of each top-level stage. */
  stageLabels: Record<string, string>;
  /** Chinese name of each inner phase (publicity: pending, open, …). */
  phaseLabels: Record<string, string>;
  rolesFor(stage: string, eventType: string): readonly ActingRole[];
  /** The office that must act next at this stage, for "waiting on me"; null when none. */
  awaitingRole(stage: string): ActingRole | null;
  /** Why an event of an accepted type changed nothing, by field. */
  refusal(context: unknown, event: { type: string }): FieldProblem[];
}
