import type { CaseContextBase, CommonCaseEvent, CrossCheckHit, Timed, Visitor } from '../case-types';
import type { CountyPolicy, ExclusionCheck } from '../policy';

/** Top-level states of the identification machine: the stages of procedures.md "Identification". */
export const IDENTIFICATION_STAGES = [
  'application',
  'group_review',
  'democratic_appraisal',
  'verification',
  'village_publicity',
  'township_review',
  'township_publicity',
  'county_review',
  'county_announcement',
  'confirmed',
  'rejected',
  'withdrawn',
] as const;
export type IdentificationStage = (typeof IDENTIFICATION_STAGES)[number];

export const PUBLICITY_STAGES = ['village_publicity', 'township_publicity', 'county_announcement'] as const;
export type PublicityStage = (typeof PUBLICITY_STAGES)[number];

export type { CrossCheckHit, Decision, NotifyEffect, OpenPublicity, PublicityPhase, Recipient, ScheduleDeadlineEffect, SetHouseholdStatusEffect, Visitor } from '../case-types';

export type FactSource = 'declared' | 'home_visit' | 'department_data';

export interface ExclusionCheckResult {
  check: ExclusionCheck;
  found: boolean;
  source: FactSource;
}

export interface IdentificationInput {
  policy: CountyPolicy;
  /** Applicant related to village cadres or case staff (近亲属), flagged at application. */
  cadreRelative: boolean;
  /** The household's signed consent to department cross-checks (承诺授权). */
  crossCheckConsent: boolean;
}

export interface IdentificationContext extends IdentificationInput, CaseContextBase {
  registeredOn: string | null;
}

export type IdentificationEvent =
  | ({ type: 'SUBMIT' } & Timed)
  | ({ type: 'GROUP_REVIEW_RECORDED'; meetingId: string; recommended: boolean; reason: string | null } & Timed)
  | ({
      type: 'VERIFICATION_RECORDED';
      verificationId: string;
      visitors: Visitor[];
      fullHomeVisit: boolean;
      exclusionChecks: ExclusionCheckResult[];
      crossCheckHits: CrossCheckHit[];
      eligible: boolean;
      reason: string | null;
    } & Timed)
  | CommonCaseEvent;

export type IdentificationEventType = IdentificationEvent['type'];

