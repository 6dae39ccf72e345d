import type { ProcedureDefinition } from '../../workflows/procedure';
import type { AllowedAction } from './case-actions';

export interface CaseView {
  id: string;
  caseNumber: string;
  procedure: string;
  /** 贫困户识别, 贫困户退出, 纳入防止返贫致贫对象 … (the county's term). */
  procedureLabel: string;
  household: {
    id: string;
    headName: string | null;
    size: number;
    villageCode: string;
    groupId: string;
    status: string;
    exitYear: number | null;
    monitoringObjectType: string | null;
  };
  stage: { code: string; label: string; phase: string | null; phaseLabel: string | null; final: boolean };
  awaitingRole: string | null;
  /** When the office acting now must have acted (review limit), or null. */
  stageDueAt: Date | null;
  /** The whole procedure's limit (monitoring: 15 days from the lead), or null. */
  dueAt: Date | null;
  /** Set when the case ended in a rejection: the stage and the reason the applicant is told. */
  rejection: { stage: string; stageLabel: string; reason: string } | null;
  withdrawal: { stage: string; reason: string } | null;
  publicity: { noticeId: string | null; endsAt: string; windowEnded: boolean } | null;
  openObjections: { id: string; kind: string; reason: string; filedAt: Date }[];
  /** What the caller may do now (by the machine and the caller's role): the event, its label, the request and its fields. */
  allowedActions: AllowedAction[];
  machineVersion: number;
  policyVersion: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What the machine context tells of every procedure's outcome. */
export interface OutcomeContext {
  rejection?: { stage: string; reason: string } | null;
  withdrawal?: { stage: string; reason: string } | null;
  publicity?: { noticeId: string | null; endsAt: string; windowEnded: boolean } | null;
}

export function outcomeOf(procedure: ProcedureDefinition, context: OutcomeContext): Pick<CaseView, 'rejection' | 'withdrawal' | 'publicity'> {
  return {
    rejection: context.rejection
      ? { ...context.rejection, stageLabel: procedure.stageLabels[context.rejection.stage] ?? context.rejection.stage }
      : null,
    withdrawal: context.withdrawal ?? null,
    publicity: context.publicity ?? null,
  };
}
