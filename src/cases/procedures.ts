import { exitCorrectionProcedure, exitProcedures } from '../../workflows/exit/exit.procedure';
import { identificationProcedures } from '../../workflows/identification/identification.procedure';
import { monitoringProcedures } from '../../workflows/monitoring/monitoring.procedure';
import { riskLeadProcedure } from '../../workflows/risk-lead/risk-lead.procedure';
import type { ProcedureDefinition } from '../../workflows/procedure';
import { kept } from '../common/kept';

/**
 * Every machine version a case may still be running on. A changed machine is added here under
 * a new version; the old one stays until no open case uses it.
 */
const REGISTRY: Record<string, Record<number, ProcedureDefinition>> = {};
for (const procedure of [...identificationProcedures, ...exitProcedures, exitCorrectionProcedure, ...monitoringProcedures, riskLeadProcedure]) {
  REGISTRY[procedure.name] = { ...REGISTRY[procedure.name], [procedure.version]: procedure };
}

export const PROCEDURE_NAMES = Object.keys(REGISTRY);

export function currentProcedure(name: string): ProcedureDefinition | undefined {
  const versions = REGISTRY[name];
  if (!versions) return undefined;
  const latest = Math.max(...Object.keys(versions).map(Number));
  return versions[latest];
}

/** The current version of a procedure the code names itself. */
export function requireProcedure(name: string): ProcedureDefinition {
  const procedure = currentProcedure(name);
  if (!procedure) throw new Error(`No machine ${name} is registered`);
  return procedure;
}

export function procedureAt(name: string, version: number): ProcedureDefinition {
  const procedure = REGISTRY[name]?.[version];
  if (!procedure) throw new Error(`No machine ${name} v${version} is registered`);
  return procedure;
}

/** "village_publicity.open" for a nested state value, "application" for a flat one. */
export function stagePath(value: unknown): { stage: string; phase: string | null } {
  if (typeof value === 'string') return { stage: value, phase: null };
  const [stage, inner] = Object.entries(value as Record<string, unknown>)[0] ?? ['', null];
  return { stage, phase: typeof inner === 'string' ? inner : null };
}

export function stageLabel(value: unknown): string {
  const { stage, phase } = stagePath(value);
  return phase ? `${stage}.${phase}` : stage;
}

/** A case's stage as people read it: 村级第一次公示 · 公示中. */
export function stageName(row: { procedure: string; machineVersion: number; stage: string; phase: string | null }): string {
  const procedure = procedureAt(row.procedure, row.machineVersion);
  const stage = procedure.stageLabels[row.stage] ?? row.stage;
  return row.phase ? `${stage} · ${procedure.phaseLabels[row.phase] ?? row.phase}` : stage;
}

type MainPathStep = { code: string; label: string; publicity: boolean; meeting: MeetingKind | null };

/** Main paths by procedure, built once: every case answer carries its procedure's (case-actions.ts: fieldsByEvent). */
const mainPaths = new Map<ProcedureDefinition, readonly MainPathStep[]>();

/**
 * The stages a case of this procedure passes on its way to the outcome it is for, in order, as a
 * step bar shows them: the stages are labelled in procedural order, the success first among the finals.
 */
export function mainPath(procedure: ProcedureDefinition): MainPathStep[] {
  return kept(mainPaths, procedure, () => Object.freeze(mainPathOf(procedure).map((step) => Object.freeze(step)))) as MainPathStep[];
}

function mainPathOf(procedure: ProcedureDefinition): MainPathStep[] {
  const states = (procedure.machine.config.states ?? {}) as Record<string, { type?: string }>;
  const codes = Object.keys(procedure.stageLabels);
  const success = codes.findIndex((code) => states[code]?.type === 'final');
  return codes.slice(0, success + 1).map((code) => ({ code, label: procedure.stageLabels[code] ?? code, publicity: isPublicityStage(procedure, code), meeting: meetingOf(procedure, code) }));
}

export type MeetingKind = 'group_review' | 'representatives';
const MEETING_EVENTS: Record<string, MeetingKind> = { GROUP_REVIEW_RECORDED: 'group_review', APPRAISAL_RECORDED: 'representatives' };

/** The kind of meeting whose vote decides a stage (its machine state takes that meeting's event), if any. */
function meetingOf(procedure: ProcedureDefinition, stage: string): MeetingKind | null {
  const events = (procedure.machine.root.states[stage]?.events ?? []) as string[];
  return events.map((event) => MEETING_EVENTS[event]).find((kind) => kind !== undefined) ?? null;
}

/** A stage of the procedure's machine is a publicity stage when it waits for a notice. */
export function isPublicityStage(procedure: ProcedureDefinition, stage: string): boolean {
  return Boolean(procedure.machine.root.states[stage]?.states.pending);
}
