import type { CaseContextBase, CommonCaseEvent, CrossCheckHit, LivingConditions, Timed, Visitor } from '../case-types';
import type { CountyPolicy, MonitoringObjectType } from '../policy';

/** Top-level states of the monitoring machine (procedures.md "Monitoring"). */
export const MONITORING_STAGES = [
  'home_check',
  'cross_check',
  'appraisal',
  'village_publicity',
  'township_review',
  'county_confirmation',
  'confirmed',
  'rejected',
  'withdrawn',
] as const;
export type MonitoringStage = (typeof MONITORING_STAGES)[number];

/**
 * One chain, three purposes: enrolment (纳入监测), risk elimination (风险消除) and its rollback
 * (风险消除回退). Each is its own procedure on this machine.
 */
export type MonitoringPurpose = 'enrol' | 'eliminate' | 'rollback';

export const MONITORING_SOURCES = ['self_report', 'cadre_sweep', 'department_alert', 'follow_up_visit', 'other'] as const;
export type MonitoringSource = (typeof MONITORING_SOURCES)[number];

export const MONITORING_SOURCE_LABELS: Record<MonitoringSource, string> = {
  self_report: '农户自主申报',
  cadre_sweep: '基层干部排查',
  department_alert: '部门筛查预警',
  follow_up_visit: '走访、回头看发现',
  other: '其他',
};

export interface MonitoringInput {
  policy: CountyPolicy;
  purpose: MonitoringPurpose;
  source: MonitoringSource;
  /** An enrolment opened from a risk lead (machine v3 on): when the lead came in, where its 15 days start. */
  leadReceivedAt?: string | null;
}

/**
 * What the records say when an elimination is checked, gathered by the service from the
 * household's own rows (never typed in by the visitor).
 */
export interface EliminationFacts {
  /** The day the household was (last) enrolled. */
  enrolledOn: string;
  /** Assistance measures of the household plan carried out (已落实). */
  measuresDone: number;
  /** Income checks so far, oldest first: the day and the per-capita income found. */
  incomeChecks: { checkedOn: string; income: number }[];
  /** Members able to work (普通劳动力, 技能劳动力). */
  membersAbleToWork: number;
}

export interface MonitoringContext extends MonitoringInput, CaseContextBase {
  /** Income and 三保障 as the home check found them: why the household is at risk. */
  risk: { income: number; line: number; insecure: (keyof LivingConditions)[] } | null;
  objectType: MonitoringObjectType | null;
  confirmedOn: string | null;
}

export type HomeCheckEvent = {
  type: 'HOME_CHECK_RECORDED';
  verificationId: string;
  visitors: Visitor[];
  /** The household's signed consent to the check and to data cross-checks (承诺授权). */
  consentSigned: boolean;
  incomeFound: number;
  incomeYear: number;
  livingConditions: Partial<LivingConditions>;
  /** Elimination only: the household's records, filled in by the service. */
  elimination: EliminationFacts | null;
  reason: string | null;
} & Timed;

export type MonitoringEvent =
  | HomeCheckEvent
  | ({ type: 'CROSS_CHECK_RECORDED'; hits: CrossCheckHit[] } & Timed)
  | CommonCaseEvent;
