import type { RiskType } from './risk-lead.types';

/**
 * A department's screening alert (部门筛查预警, procedures.md "Monitoring as routine work":
 * department alerts): what each department sends, and the risk a lead from it is about.
 */
export const ALERT_TYPES = ['medical_costs', 'subsistence_allowance', 'extreme_poverty_support', 'disability_certificate', 'school_dropout', 'disaster_loss', 'job_loss'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

export interface AlertTypeInfo {
  label: string;
  department: string;
  riskType: RiskType;
  /** What the amount of a row is, when the type has one. */
  amount: string | null;
  /** Other words department files use for the type. */
  words: string[];
}

export const ALERT_TYPE_INFO: Record<AlertType, AlertTypeInfo> = {
  medical_costs: { label: '医疗费用自付较高', department: '医保', riskType: 'illness', amount: '个人自付金额 (元)', words: ['高额医疗费用', '医疗费用', '大病', '自付费用'] },
  subsistence_allowance: { label: '新纳入低保', department: '民政', riskType: 'income_drop', amount: null, words: ['低保', '最低生活保障', '新增低保'] },
  extreme_poverty_support: { label: '新纳入特困供养', department: '民政', riskType: 'income_drop', amount: null, words: ['特困', '特困供养', '特困人员', '新增特困'] },
  disability_certificate: { label: '新办残疾证', department: '残联', riskType: 'disability', amount: null, words: ['残疾证', '新增残疾', '残疾'] },
  school_dropout: { label: '学生失学辍学', department: '教育', riskType: 'education_costs', amount: null, words: ['辍学', '失学', '失学辍学', '控辍保学'] },
  disaster_loss: { label: '灾害损失', department: '应急', riskType: 'disaster', amount: '损失金额 (元)', words: ['受灾', '自然灾害', '灾损'] },
  job_loss: { label: '失业', department: '人社', riskType: 'job_loss', amount: null, words: ['失业登记', '失业人员', '就业困难'] },
};

/** The type a file's cell names: its label, or one of the words departments use. */
export function alertTypeNamed(words: string): AlertType | null {
  const cell = words.replace(/\s+/g, '');
  if ((ALERT_TYPES as readonly string[]).includes(cell)) return cell as AlertType;
  return ALERT_TYPES.find((type) => ALERT_TYPE_INFO[type].label === cell || ALERT_TYPE_INFO[type].words.includes(cell)) ?? null;
}

/**
 * When an alert becomes a lead, set by the county per type: always; only when its amount is at
 * least a sum; or only when it is at least a share (in per cent) of the household's yearly
 * income (高额医疗费用: out-of-pocket costs above half the income).
 */
export const ALERT_RULE_MODES = ['always', 'amount', 'share_of_income'] as const;
export type AlertRuleMode = (typeof ALERT_RULE_MODES)[number];
export const ALERT_RULE_MODE_LABELS: Record<AlertRuleMode, string> = { always: '一律生成线索', amount: '金额达到阈值 (元)', share_of_income: '金额达到家庭年收入的比例 (%)' };

export interface AlertRule {
  mode: AlertRuleMode;
  /** Yuan for `amount`, per cent for `share_of_income`; unused for `always`. */
  threshold: number;
}

export const DEFAULT_ALERT_RULES: Record<AlertType, AlertRule> = {
  medical_costs: { mode: 'share_of_income', threshold: 50 },
  subsistence_allowance: { mode: 'always', threshold: 0 },
  extreme_poverty_support: { mode: 'always', threshold: 0 },
  disability_certificate: { mode: 'always', threshold: 0 },
  school_dropout: { mode: 'always', threshold: 0 },
  disaster_loss: { mode: 'share_of_income', threshold: 30 },
  job_loss: { mode: 'always', threshold: 0 },
};

/** The facts an alert is judged on: its amount and the household's recorded income. */
export interface AlertFacts {
  amount: number | null;
  /** Yuan per person per year, as the registry holds it; null when never recorded. */
  perCapitaIncome: number | null;
  people: number;
}

export interface AlertJudgement {
  lead: boolean;
  /** Why, in the words the department's feedback shows. */
  reason: string;
}

/**
 * Whether an alert becomes a lead under the county's rule. A rule that needs an amount the row
 * lacks, or an income the registry lacks, lets the alert through: a lead the village clears costs
 * less than a household at risk nobody visits.
 */
export function judgeAlert(rule: AlertRule, facts: AlertFacts): AlertJudgement {
  if (rule.mode === 'always') return { lead: true, reason: '该类预警一律生成线索' };
  if (facts.amount === null) return { lead: true, reason: '预警未写明金额，生成线索待核查' };
  if (rule.mode === 'amount') {
    return facts.amount >= rule.threshold ? { lead: true, reason: `金额 ${facts.amount} 元达到阈值 ${rule.threshold} 元` } : { lead: false, reason: `金额 ${facts.amount} 元未达阈值 ${rule.threshold} 元` };
  }
  if (facts.perCapitaIncome === null || facts.people === 0) return { lead: true, reason: '该户未登记收入，生成线索待核查' };
  const income = facts.perCapitaIncome * facts.people;
  const share = income > 0 ? Math.round((facts.amount / income) * 1000) / 10 : Infinity;
  const words = Number.isFinite(share) ? `占家庭年收入 ${share}%` : '家庭年收入为 0';
  return share >= rule.threshold ? { lead: true, reason: `金额 ${facts.amount} 元${words}，达到 ${rule.threshold}%` } : { lead: false, reason: `金额 ${facts.amount} 元${words}，未达 ${rule.threshold}%` };
}
