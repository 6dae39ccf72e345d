import type { CountyPolicy, MonitoringObjectType } from './policy';

/**
 * What every case machine shares: the frozen policy, meetings without quorum, the publicity
 * window and its open items, how the case ended. Procedure-specific context lives in each
 * procedure's types.
 */
export interface CaseContextBase {
  policy: CountyPolicy;
  inquorateMeetings: number;
  publicity: OpenPublicity | null;
  /** Objections (异议) and appeals (复核申请) still waiting for a finding. */
  openObjections: string[];
  openAppeals: string[];
  rejection: { stage: string; reason: string } | null;
  withdrawal: { stage: string; reason: string } | null;
  /**
   * Time limits running now, by name (a stage, or `procedure` for the whole procedure's), and
   * how far each has gone. Absent in snapshots of machine versions without limits.
   */
  limits?: Record<string, LimitProgress>;
}

/** A time limit is running, its office has been reminded, or it has passed and been escalated. */
export type LimitProgress = 'running' | 'reminded' | 'overdue';

export interface OpenPublicity {
  noticeId: string | null;
  endsAt: string;
  windowEnded: boolean;
}

/** Inside a publicity stage: waiting for the notice, window open, window over with items open. */
export type PublicityPhase = 'pending' | 'open' | 'awaiting_findings';

/** Every event carries the instant it happened, stamped by the service's clock. */
export interface Timed {
  occurredAt: string;
}

export interface Visitor {
  name: string;
  team: 'village_committee' | 'work_team';
}

/** A department cross-check lead (部门信息比对): confirmed or cleared by a home visit, or still open. */
export interface CrossCheckHit {
  source: string;
  resolution: 'confirmed' | 'cleared' | null;
}

/** 两不愁三保障 and safe drinking water, as found at home: true when secured. */
export interface LivingConditions {
  food: boolean;
  clothing: boolean;
  education: boolean;
  medical: boolean;
  housing: boolean;
  drinkingWater: boolean;
}

export const LIVING_CONDITIONS: (keyof LivingConditions)[] = ['food', 'clothing', 'education', 'medical', 'housing', 'drinkingWater'];

/** 两不愁三保障, as the forms and the dossier name each check. */
export const LIVING_CONDITION_LABELS: Record<keyof LivingConditions, string> = {
  food: '不愁吃',
  clothing: '不愁穿',
  education: '义务教育有保障',
  medical: '基本医疗有保障',
  housing: '住房安全有保障',
  drinkingWater: '饮水安全有保障',
};

/** Every check recorded and secured (两不愁三保障, with safe drinking water). */
export function allSecured(conditions: Partial<LivingConditions>): boolean {
  return LIVING_CONDITIONS.every((check) => conditions[check] === true);
}

export type Decision = 'approve' | 'return' | 'reject';

/** Events every procedure with a meeting, publicity and reviews takes. */
export type CommonCaseEvent =
  | ({ type: 'WITHDRAW'; reason: string } & Timed)
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
  | ({ type: 'PUBLICITY_OPENED'; noticeId: string | null; endsAt: string } & Timed)
  | ({ type: 'PUBLICITY_WINDOW_ENDED' } & Timed)
  | ({ type: 'PUBLICITY_CANCELLED'; noticeId: string; reason: string } & Timed)
  /** The public number the objector was given (from the publicity service), so the office's notice can name it. */
  | ({ type: 'OBJECTION_FILED'; objectionId: string; publicNumber?: string } & Timed)
  | ({ type: 'OBJECTION_RESOLVED'; objectionId: string; upheld: boolean; finding: string } & Timed)
  | ({ type: 'APPEAL_FILED'; appealId: string; publicNumber?: string } & Timed)
  | ({ type: 'APPEAL_ANSWERED'; appealId: string; upheld: boolean; answer: string } & Timed)
  | ({ type: 'TOWNSHIP_DECIDED'; decision: Decision; reason: string } & Timed)
  | ({ type: 'COUNTY_DECIDED'; decision: Decision; reason: string; objectType?: MonitoringObjectType | null } & Timed)
  | LimitEvent;

/** A time limit falling due: the system sends these when its reminder or its end comes. */
export type LimitEvent = { type: 'LIMIT_REMINDER' | 'LIMIT_OVERDUE'; limit: string; dueAt: string } & Timed;

export type Office = 'village' | 'township' | 'county';
/** Who a notice is for: the household, an office of the case's place, the objector named by `data.objectionId`, or whoever reported a risk lead. */
export type Recipient = 'applicant' | Office | 'objector' | 'reporter';

/** Effects leave the machine as named actions with these parameters. */
export interface NotifyEffect {
  recipient: Recipient;
  template: string;
  data: Record<string, string | number | boolean | null>;
}

export interface ScheduleDeadlineEffect {
  kind: 'publicity_window_end';
  dueAt: string;
  /** From identification machine v2 on. */
  noticeId?: string | null;
}

/**
 * A time limit to start: `days` counted like publicity days (or in working days) from the event (0: none), a reminder
 * to `office` `reminderDays` before its end. The service works out the dates with the calendar.
 */
export interface ScheduleTimeLimitEffect {
  limit: string;
  days: number;
  reminderDays: number;
  office: Office;
  /** Working days whatever the county counts publicity in (a lead's acceptance); absent: as publicity. */
  counting?: 'working';
  /** The instant the limit counts from when not the event's (an enrolment opened from a lead: the lead's). */
  from?: string;
  /** The day it begins is not counted (民法典 第二百零一条), as for a lead's acceptance. */
  fromNextDay?: true;
}

export interface CancelTimeLimitEffect {
  limit: string;
}

export type HouseholdStatus = 'none' | 'registered' | 'exited' | 'monitored' | 'risk_eliminated';

export interface SetHouseholdStatusEffect {
  status: HouseholdStatus;
  since: string;
  /** Exit: the year of exit (销号年度). */
  exitYear?: number | null;
  /** Monitoring: the object type enrolled as; null when leaving monitoring. */
  objectType?: MonitoringObjectType | null;
}

/** Follow-up visits (回头看) due after an exit, by date. */
export interface ScheduleFollowUpsEffect {
  exitedOn: string;
  dueOn: string[];
}
