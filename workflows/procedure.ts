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
  /** What users call it, in the county's words where the policy names the objects. */
  label(policy: CountyPolicy): string;
  version: number;
  machine: AnyStateMachine;
  /** Case numbers read e.g. SB-2026-000123. */
  caseNumberPrefix: string;
  /** The household statuses from which a case of this procedure may start. */
  startsFrom: readonly string[];
  /** The staff level that opens a case of this procedure. */
  openedBy: ActingRole;
  /** A resident's own report or a department's alert file may open one too (a risk lead: 农户自主申报, 部门筛查预警). */
  openedFromChannels?: boolean;
  /** Why this household cannot start a case now, beyond its status (e.g. exit in the year of registration). */
  openProblems(policy: CountyPolicy, household: { status: string; statusSince: string | null }, today: string, application: Record<string, unknown>): FieldProblem[];
  /** Days of the publicity window of a publicity stage. */
  publicityDays(policy: CountyPolicy, stage: string): number;
  /** The machine's input, from the county policy and what the household applied with. */
  initialInput(policy: CountyPolicy, application: Record<string, unknown>): unknown;
  /** Chinese name of each top-level stage. */
  stageLabels: Record<string, string>;
  /** Chinese name of each inner phase (publicity: pending, open, …). */
  phaseLabels: Record<string, string>;
  /** Who may send the event at the stage; the case's context carries its policy (who announces an exit). */
  rolesFor(stage: string, eventType: string, context: unknown): readonly ActingRole[];
  /** The office that must act next at this stage, for "waiting on me"; null when none. */
  awaitingRole(stage: string, context: unknown): ActingRole | null;
  /** Why an event of an accepted type changed nothing, by field. */
  refusal(context: unknown, event: { type: string }): FieldProblem[];
}

/**
 * Who sends what, for procedures run by the village up to publicity and decided by the
 * township and county: village events, reviews, and the office that opened each window,
 * which also settles its objections (procedures.md "Objections during publicity").
 */
export function rolesByStage(villageEvents: ReadonlySet<string>, publicityOffice: (stage: string, context: unknown) => ActingRole | undefined) {
  const publicityEvents = new Set(['PUBLICITY_OPENED', 'PUBLICITY_CANCELLED', 'OBJECTION_FILED', 'OBJECTION_RESOLVED', 'APPEAL_FILED', 'APPEAL_ANSWERED']);
  return (stage: string, eventType: string, context: unknown): readonly ActingRole[] => {
    if (villageEvents.has(eventType)) return ['village'];
    // Time limits fall due by the clock: only the system sends these.
    if (eventType === 'LIMIT_REMINDER' || eventType === 'LIMIT_OVERDUE') return ['system'];
    if (eventType === 'TOWNSHIP_DECIDED') return ['township'];
    if (eventType === 'COUNTY_DECIDED') return ['county'];
    const office = publicityOffice(stage, context);
    if (!office) return [];
    if (eventType === 'PUBLICITY_WINDOW_ENDED') return [office, 'system'];
    // Anyone may object during a window (procedures.md "Objections"), on the public board too.
    if (eventType === 'OBJECTION_FILED' || eventType === 'APPEAL_FILED') return [office, 'resident'];
    return publicityEvents.has(eventType) ? [office] : [];
  };
}

/** Why a publicity event changed nothing: the window, or an item already filed or settled. */
export function publicityRefusal(context: { publicity: { endsAt: string } | null }, eventType: string): FieldProblem[] | null {
  switch (eventType) {
    case 'PUBLICITY_WINDOW_ENDED':
      return [{ field: 'window', reason: `公示期至 ${context.publicity?.endsAt ?? '?'} 止，尚未期满` }];
    case 'OBJECTION_FILED':
      return [{ field: 'objectionId', reason: '该异议已登记' }];
    case 'OBJECTION_RESOLVED':
      return [{ field: 'objectionId', reason: '该异议不存在或已处理' }];
    case 'APPEAL_FILED':
      return [{ field: 'appealId', reason: '该复核申请已登记' }];
    case 'APPEAL_ANSWERED':
      return [{ field: 'appealId', reason: '该复核申请不存在或已答复' }];
    case 'LIMIT_REMINDER':
    case 'LIMIT_OVERDUE':
      return [{ field: 'limit', reason: '该时限未在计时或已提醒' }];
    default:
      return null;
  }
}

export const PHASE_LABELS: Record<string, string> = { pending: '待发布公示', open: '公示中', awaiting_findings: '公示期满，待处理异议' };

/** Procedures without extra start conditions. */
export const noOpenProblems = (): FieldProblem[] => [];
