import type { CaseContextBase, CommonCaseEvent, LivingConditions, Timed, Visitor } from '../case-types';
import type { CountyPolicy } from '../policy';

/** Top-level states of the exit machine: the stages of procedures.md "Exit". */
export const EXIT_STAGES = [
  'proposal',
  'verification',
  'acknowledgement',
  'village_publicity',
  'township_review',
  'announcement',
  'exited',
  'cancelled',
] as const;
export type ExitStage = (typeof EXIT_STAGES)[number];

export const EXIT_PUBLICITY_STAGES = ['village_publicity', 'announcement'] as const;

export interface ExitInput {
  policy: CountyPolicy;
}

/** What the verification found against the exit standard. */
export interface ExitStandardFinding {
  year: number;
  income: number;
  povertyLine: number;
  met: boolean;
}

export interface ExitContext extends ExitInput, CaseContextBase {
  standard: ExitStandardFinding | null;
  /** The household's signature (拟退出户认可). */
  acknowledgedBy: string | null;
  exitedOn: string | null;
}

export type ExitVerificationEvent = {
  type: 'EXIT_VERIFICATION_RECORDED';
  verificationId: string;
  visitors: Visitor[];
  /** Annual per-capita net income found (人均纯收入), yuan, and the year it is for. */
  incomeFound: number;
  incomeYear: number;
  livingConditions: Partial<LivingConditions>;
} & Timed;

export type ExitEvent =
  | ExitVerificationEvent
  | ({ type: 'HOUSEHOLD_ACKNOWLEDGED'; signatory: string; signedOn: string } & Timed)
  /** A refusal with its reason; the village then verifies again or cancels the exit. */
  | ({ type: 'HOUSEHOLD_REFUSED'; reason: string; next: 'reverify' | 'cancel' } & Timed)
  | CommonCaseEvent;
