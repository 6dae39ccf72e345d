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

/** Inside a publicity stage: waiting for the notice, window open, window over with items open. */
export type PublicityPhase = 'pending' | 'open' | 'awaiting_findings';

export interface Visitor {
  name: string;
  team: 'village_committee' | 'work_team';
}

export type FactSource = 'declared' | 'home_visit' | 'department_data';

export interface ExclusionCheckResult {
  check: ExclusionCheck;
  found: boolean;
  source: FactSource;
}

/** A department cross-check lead (部门信息比对): confirmed or cleared by a home visit, or still open. */
export interface CrossCheckHit {
  source: string;
  resolution: 'confirmed' | 'cleared' | null;
}

export interface IdentificationInput {
  policy: CountyPolicy;
  /** Applicant related to village cadres or case staff (近亲属), flagged at application. */
  cadreRelative: boolean;
  /** The household's signed consent to department cross-checks (承诺授权). */
  crossCheckConsent: boolean;
}

export interface OpenPublicity {
  noticeId: string | null;
  endsAt: string;
  windowEnded: boolean;
}

export interface IdentificationContext extends IdentificationInput {
  inquorateMeetings: number;
  publicity: OpenPublicity | null;
  /** Objections (异议) and appeals (复核申请) still waiting for a finding. */
  openObjections: string[];
  openAppeals: string[];
  rejection: { stage: IdentificationStage; reason: string } | null;
  withdrawal: { stage: IdentificationStage; reason: string } | null;
  registeredOn: string | null;
}

/** Every event carries the instant it happened, stamped by the service's clock. */
interface Timed {
  occurredAt: string;
}

export type Decision = 'approve' | 'return' | 'reject';

export type IdentificationEvent =
  | ({ type: 'SUBMIT' } & Timed)
  | ({ type: 'WITHDRAW'; reason: string } & Timed)
  | ({ type: 'GROUP_REVIEW_RECORDED'; meetingId: string; recommended: boolean; reason: string | null } & Timed)
  | ({
      type: 'APPRAISAL_RECORDED';
      meetingId: string;
      inOffice: number;
      present: number;
      inFavour: number;
      against: number;
      abstaining: number;
      cadreRelationDeclared: boolean;
    } & Timed)
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
  | ({ type: 'PUBLICITY_OPENED'; noticeId: string | null; endsAt: string } & Timed)
  | ({ type: 'PUBLICITY_WINDOW_ENDED' } & Timed)
  | ({ type: 'PUBLICITY_CANCELLED'; noticeId: string; reason: string } & Timed)
  | ({ type: 'OBJECTION_FILED'; objectionId: string } & Timed)
  | ({ type: 'OBJECTION_RESOLVED'; objectionId: string; upheld: boolean; finding: string } & Timed)
  | ({ type: 'APPEAL_FILED'; appealId: string } & Timed)
  | ({ type: 'APPEAL_ANSWERED'; appealId: string; upheld: boolean; answer: string } & Timed)
  | ({ type: 'TOWNSHIP_DECIDED'; decision: Decision; reason: string } & Timed)
  | ({ type: 'COUNTY_DECIDED'; decision: Decision; reason: string } & Timed);

export type IdentificationEventType = IdentificationEvent['type'];

export type Recipient = 'applicant' | 'village' | 'township' | 'county';

/** Effects leave the machine as named actions with these parameters. */
export interface NotifyEffect {
  recipient: Recipient;
  template: string;
  data: Record<string, string | number | null>;
}

export interface ScheduleDeadlineEffect {
  kind: 'publicity_window_end';
  dueAt: string;
  /** From machine v2 on. */
  noticeId?: string | null;
}

export interface SetHouseholdStatusEffect {
  status: 'registered';
  since: string;
}
