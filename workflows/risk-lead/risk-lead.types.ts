import type { CaseContextBase, LimitEvent, Timed } from '../case-types';
import { MONITORING_SOURCE_LABELS, MONITORING_SOURCES, type MonitoringSource } from '../monitoring/monitoring.types';
import type { CountyPolicy } from '../policy';

/** Top-level states of a risk lead (procedures.md "Monitoring as routine work"). */
export const RISK_LEAD_STAGES = ['received', 'accepted', 'dismissed', 'cleared', 'enrolled'] as const;
export type RiskLeadStage = (typeof RISK_LEAD_STAGES)[number];

/**
 * Where a lead came from: the three channels of 2026, a follow-up visit, anything else. The
 * enrolment a lead turns into records the same word as its source.
 */
export const LEAD_CHANNELS = MONITORING_SOURCES;
export type LeadChannel = MonitoringSource;
export const LEAD_CHANNEL_LABELS = MONITORING_SOURCE_LABELS;

export const RISK_TYPES = ['illness', 'disability', 'accident', 'disaster', 'education_costs', 'job_loss', 'income_drop', 'other'] as const;
export type RiskType = (typeof RISK_TYPES)[number];
export const RISK_TYPE_LABELS: Record<RiskType, string> = {
  illness: '因病',
  disability: '因残',
  accident: '因意外事故',
  disaster: '因灾',
  education_costs: '因学',
  job_loss: '因失业',
  income_drop: '收入骤减',
  other: '其他',
};

/** Why a lead is closed before the home check: the reporter is told which. */
export const LEAD_DISMISSALS = ['duplicate', 'out_of_scope'] as const;
export type LeadDismissal = (typeof LEAD_DISMISSALS)[number];
export const LEAD_DISMISSAL_LABELS: Record<LeadDismissal, string> = { duplicate: '重复线索', out_of_scope: '不属于监测范围' };

export interface RiskLeadInput {
  policy: CountyPolicy;
  channel: LeadChannel;
  riskType: RiskType;
  /** A resident's report that came in before its household was in the registry: when it came in. */
  reportedAt?: string | null;
}

export interface RiskLeadContext extends RiskLeadInput, CaseContextBase {
  dismissal: { reason: LeadDismissal; explanation: string } | null;
  /** What the home check found when it found no risk. */
  finding: string | null;
  /** The monitoring enrolment opened from the lead. */
  enrolmentCaseId: string | null;
}

export type RiskLeadEvent =
  | ({ type: 'LEAD_ACCEPTED' } & Timed)
  | ({ type: 'LEAD_DISMISSED'; reason: LeadDismissal; explanation: string } & Timed)
  | ({ type: 'LEAD_CLEARED'; checkedOn: string; facts: string } & Timed)
  | ({ type: 'ENROLMENT_OPENED'; caseId: string } & Timed)
  | LimitEvent;

/** How a lead ended, in the words its reporter is told (by text and on the public lookup). */
export function leadOutcomeWords(outcome: 'dismissed' | 'cleared' | 'enrolled', dismissal: LeadDismissal | null): string {
  if (outcome === 'enrolled') return '经入户核查，已启动纳入监测程序';
  if (outcome === 'cleared') return '经入户核查，暂未发现返贫致贫风险';
  return `未予受理: ${dismissal ? LEAD_DISMISSAL_LABELS[dismissal] : '不属于受理范围'}`;
}
