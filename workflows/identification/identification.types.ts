import type { CaseContextBase, CommonCaseEvent, CrossCheckHit, LivingConditions, Timed, Visitor } from '../case-types';
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

export const FACT_SOURCE_LABELS: Record<FactSource, string> = { declared: '本人申报', home_visit: '入户核实', department_data: '部门数据' };

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

/**
 * What the verification's facts say (procedures.md "Identification", stage 4): `eligible`,
 * `ineligible`, or `exception` when income is above the line but within the county's margin
 * and a 两不愁三保障 check fails: eligible only with a written reason.
 */
export interface EligibilityFinding {
  year: number;
  income: number;
  povertyLine: number;
  /** 两不愁三保障 (and drinking water) checks found not secured. */
  insecure: (keyof LivingConditions)[];
  /** Exclusion checks found, and department leads confirmed at home. */
  exclusions: string[];
  verdict: 'eligible' | 'ineligible' | 'exception';
}

export interface IdentificationContext extends IdentificationInput, CaseContextBase {
  registeredOn: string | null;
  /** From machine v3: the finding of the verification that passed or rejected the case. */
  eligibility?: EligibilityFinding | null;
}

export type IdentificationEvent =
  | ({ type: 'SUBMIT' } & Timed)
  /** The villager group that met (村民小组会议), recorded with the outcome. */
  | ({ type: 'GROUP_REVIEW_RECORDED'; meetingId: string; groupId?: string | null; recommended: boolean; reason: string | null } & Timed)
  | ({
      type: 'VERIFICATION_RECORDED';
      verificationId: string;
      visitors: Visitor[];
      fullHomeVisit: boolean;
      exclusionChecks: ExclusionCheckResult[];
      crossCheckHits: CrossCheckHit[];
      /** Per-capita net income found (人均纯收入), yuan, the year it is for, and 两不愁三保障 as found. */
      incomeFound: number;
      incomeYear: number;
      livingConditions: Partial<LivingConditions>;
      /** The visitors' conclusion: from machine v3 it can only agree with the facts (null: none given). */
      eligible: boolean | null;
      reason: string | null;
    } & Timed)
  | CommonCaseEvent;

export type IdentificationEventType = IdentificationEvent['type'];

