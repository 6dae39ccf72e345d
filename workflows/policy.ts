import { DEFAULT_ALERT_RULES, type AlertRule, type AlertType } from './risk-lead/risk-alerts';
import type { ExtraMeasureType } from './monitoring/measure-types';
import { DEFAULT_MICROCREDIT, type MicrocreditPolicy } from './monitoring/microcredit';
import { DEFAULT_HELP_VISIT_MONTHS, type HelpVisitMonths } from './monitoring/help-visits';

/**
 * A county's policy (procedures.md "Policy settings"): data, versioned per county and frozen
 * into each case when it starts. Defaults are the national rules.
 */
export const EXCLUSION_CHECKS = [
  'public_payroll',
  'urban_commercial_housing',
  'vehicle_or_machinery',
  'registered_business',
  'high_value_house',
  'idle_land',
] as const;
export type ExclusionCheck = (typeof EXCLUSION_CHECKS)[number];

export const EXCLUSION_CHECK_LABELS: Record<ExclusionCheck, string> = {
  public_payroll: '家庭成员为公职人员或财政供养人员',
  urban_commercial_housing: '在城镇购买商品房',
  vehicle_or_machinery: '拥有超出生产需要的车辆或大型机械',
  registered_business: '经营登记注册的企业',
  high_value_house: '近年新建或购买高价值住房',
  idle_land: '长期自愿闲置土地',
};

export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface PublicityDays {
  village: number;
  township: number;
  county: number;
}

export interface CountyPolicy {
  /** Length of each identification publicity window (公示期). */
  publicityDays: PublicityDays;
  /** Calendar days, or working days on the official calendar (调休 included). */
  dayCounting: 'calendar' | 'working';
  /** Representatives present, as a share of those in office (村民委员会组织法 art. 26: 2/3). */
  quorum: Fraction;
  /** Exclusion checks in force: each must be recorded at verification. */
  exclusionChecks: ExclusionCheck[];
  /** What an upheld objection does to the case. */
  upheldObjection: 'reject' | 'return_to_verification';
  anonymousObjections: boolean;
  /** Poverty line per year, yuan per person. */
  povertyLines: Record<string, number>;
  /** procedures.md "Identification", stage 4: eligibility from the facts found at home. */
  identification: IdentificationPolicy;
  /** Time limits of the stages that wait on an office (审核时限), by procedure and stage. */
  timeLimits: TimeLimits;
  /** How many days before a stage's limit the acting office is reminded. */
  reviewReminderDays: number;
  /**
   * Local demo only: publicity windows of this many seconds instead of days, so a notice can
   * be seen closing by itself. Refused on a real installation.
   */
  demoWindowSeconds: number | null;
  /** The residents' web board: full names or masked, how long closed notices stay, whom to call. */
  publicBoard: PublicBoardPolicy;
  /** procedures.md "Exit". */
  exit: ExitPolicy;
  /** procedures.md "Monitoring". */
  monitoring: MonitoringPolicy;
  microcredit: MicrocreditPolicy;
  /** Months between a help cadre's visits, by the household's status (结对帮扶). */
  helpVisitMonths: HelpVisitMonths;
}

export interface IdentificationPolicy {
  /**
   * Yuan above the poverty line within which a household with a 两不愁三保障 problem may still
   * be found eligible, with a written reason; 0: no such exception.
   */
  incomeMarginAboveLine: number;
}

/**
 * The stages of each procedure that have a time limit, in days counted like publicity days
 * (0 means none): entering one starts its limit, with a reminder before and an escalation after.
 */
export const TIME_LIMITED_STAGES = {
  identification: ['township_review', 'county_review'],
  exit: ['township_review'],
  monitoring: ['township_review', 'county_confirmation'],
  risk_elimination: ['township_review', 'county_confirmation'],
  elimination_rollback: ['township_review', 'county_confirmation'],
} as const;
export type TimeLimitedProcedure = keyof typeof TIME_LIMITED_STAGES;
export type TimeLimits = { [P in TimeLimitedProcedure]: Record<(typeof TIME_LIMITED_STAGES)[P][number], number> };

/** The days of a stage's limit in a (frozen) policy; 0 when the stage has none. */
export function timeLimitDays(policy: CountyPolicy, procedure: string, stage: string): number {
  const limits = withPolicyDefaults(policy).timeLimits as Record<string, Record<string, number> | undefined>;
  return limits[procedure]?.[stage] ?? 0;
}

export interface ExitPolicy {
  /** Days of the village publicity and of the announcement of an exit. */
  publicityDays: { village: number; announcement: number };
  /** Whether a household may exit in the year it was registered. */
  sameYearAsRegistration: boolean;
  /** Follow-up visits (回头看) after exit, months after the exit date. */
  followUpMonths: number[];
  /** Who posts the exit announcement (公告退出). */
  announcedBy: 'county' | 'township';
  /** How many days before its due day a follow-up visit may be recorded without a written reason. */
  followUpEarlyDays: number;
}

export const MONITORING_OBJECT_TYPES = ['unstable_exited', 'marginal', 'sudden_hardship'] as const;
export type MonitoringObjectType = (typeof MONITORING_OBJECT_TYPES)[number];

export const MONITORING_OBJECT_TYPE_LABELS: Record<MonitoringObjectType, string> = {
  unstable_exited: '脱贫不稳定户',
  marginal: '边缘易致贫户',
  sudden_hardship: '突发严重困难户',
};

export interface MonitoringPolicy {
  /** What the objects are called to users: 监测对象 (2021-2025) or 防止返贫致贫对象 (from 2026). */
  term: '监测对象' | '防止返贫致贫对象';
  /** Monitoring line per year, yuan per person (at least 1.5 times the poverty line). */
  lines: Record<string, number>;
  /** The one village publicity of enrolment and of risk elimination (at least 5 days). */
  publicityDays: number;
  /** From first lead to enrolment, days; reminders this many days before the end. */
  limitDays: number;
  reminderDays: number;
  /** A risk lead is accepted (or closed) by the village within this many working days (provincial practice: 2). */
  leadAcceptanceDays: number;
  /** When a department's alert becomes a lead, per alert type (部门筛查预警). */
  alertRules: Record<AlertType, AlertRule>;
  /** Measure types of the county's own, after the national list (帮扶措施). */
  extraMeasureTypes: ExtraMeasureType[];
  /** Risk elimination: months enrolled, and months of income above the line. */
  eliminationMonthsEnrolled: number;
  eliminationMonthsAboveLine: number;
}

export interface PublicBoardPolicy {
  fullNames: boolean;
  retentionDays: number;
  /** Offices to contact about a notice (村委会, 乡镇, 纪检监察 …), shown on the board and the print. */
  contacts: { label: string; phone: string }[];
}

export const DEFAULT_POLICY: CountyPolicy = {
  publicityDays: { village: 7, township: 7, county: 7 },
  dayCounting: 'calendar',
  quorum: { numerator: 2, denominator: 3 },
  exclusionChecks: [...EXCLUSION_CHECKS],
  upheldObjection: 'reject',
  anonymousObjections: false,
  povertyLines: { '2014': 2800, '2015': 2855, '2016': 2952, '2017': 2952, '2018': 2995, '2019': 3218, '2020': 4000 },
  identification: { incomeMarginAboveLine: 0 },
  timeLimits: {
    identification: { township_review: 10, county_review: 10 },
    exit: { township_review: 10 },
    // Within the 15 days from lead to enrolment (procedures.md "Monitoring").
    monitoring: { township_review: 3, county_confirmation: 3 },
    risk_elimination: { township_review: 5, county_confirmation: 5 },
    elimination_rollback: { township_review: 5, county_confirmation: 5 },
  },
  reviewReminderDays: 2,
  demoWindowSeconds: null,
  publicBoard: { fullNames: false, retentionDays: 30, contacts: [] },
  exit: { publicityDays: { village: 7, announcement: 7 }, sameYearAsRegistration: false, followUpMonths: [6, 12], announcedBy: 'county', followUpEarlyDays: 30 },
  monitoring: {
    term: '防止返贫致贫对象',
    lines: { '2021': 6000, '2023': 6900, '2025': 7500 },
    publicityDays: 5,
    limitDays: 15,
    reminderDays: 3,
    leadAcceptanceDays: 2,
    alertRules: DEFAULT_ALERT_RULES,
    extraMeasureTypes: [],
    eliminationMonthsEnrolled: 6,
    eliminationMonthsAboveLine: 6,
  },
  microcredit: DEFAULT_MICROCREDIT,
  helpVisitMonths: DEFAULT_HELP_VISIT_MONTHS,
};

/** Before time limits were kept per procedure, a policy named the identification reviews' days. */
type StoredPolicy = Partial<CountyPolicy> & { reviewDays?: { township_review: number; county_review: number } };

/**
 * The settings given, without those left undefined (which read their default), to be spread.
 * A stored policy (JSON) has none, so it is answered as it is, without a copy: a notice's end
 * fills a policy for each of thousands of cases.
 */
function given<T extends object>(settings: T | undefined): Partial<T> {
  if (typeof settings !== 'object' || settings === null) return {};
  const values: unknown[] = Object.values(settings);
  if (!values.includes(undefined)) return settings;
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * What `withPolicyDefaults` answered for a stored policy object: the guards of a transition ask
 * for it many times over (half of a transition's time in a notice's end, issue 18). The answer is
 * the same for the same object, which nothing changes once stored.
 */
const withDefaults = new WeakMap<object, CountyPolicy>();
// The defaults are their own answer: a case opened without a county policy keeps that very object (and its row names it, POLICY_IN_ROW).
withDefaults.set(DEFAULT_POLICY, DEFAULT_POLICY);

/** A policy stored before a setting existed reads that setting's default. */
export function withPolicyDefaults(policy: StoredPolicy): CountyPolicy {
  if (policy === null || typeof policy !== 'object') return fillDefaults(policy);
  const known = withDefaults.get(policy);
  if (known) return known;
  const filled = fillDefaults(policy);
  withDefaults.set(policy, filled);
  // Asked again with the answer itself (a policy already read), it is its own answer.
  withDefaults.set(filled, filled);
  return filled;
}

function fillDefaults(policy: StoredPolicy): CountyPolicy {
  const { reviewDays, ...stored } = given(policy);
  const timeLimits = { ...DEFAULT_POLICY.timeLimits, ...(reviewDays ? { identification: reviewDays } : {}), ...given(stored.timeLimits) };
  return {
    ...DEFAULT_POLICY,
    ...stored,
    identification: { ...DEFAULT_POLICY.identification, ...given(stored.identification) },
    timeLimits,
    exit: { ...DEFAULT_POLICY.exit, ...given(stored.exit) },
    monitoring: {
      ...DEFAULT_POLICY.monitoring,
      ...given(stored.monitoring),
      // A type added after the policy was stored reads its default rule.
      alertRules: { ...DEFAULT_POLICY.monitoring.alertRules, ...given(stored.monitoring?.alertRules) },
    },
    microcredit: { ...DEFAULT_POLICY.microcredit, ...given(stored.microcredit) },
    helpVisitMonths: { ...DEFAULT_POLICY.helpVisitMonths, ...given(stored.helpVisitMonths) },
  };
}

/**
 * The line (poverty or monitoring) that applies to a year: that year's, or the latest year
 * before it the table has (the 2020 poverty standard still measures exits after 2020).
 */
export function lineForYear(lines: Record<string, number>, year: number): number | null {
  const years = Object.keys(lines).map(Number).filter((known) => known <= year);
  return years.length > 0 ? (lines[String(Math.max(...years))] ?? null) : null;
}

/** YYYY-MM-DD plus whole calendar months; the 31st of a shorter month falls on its last day. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDate = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(date, lastDate)).padStart(2, '0')}`;
}

/** YYYY-MM-DD plus (or minus) whole calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** YYYY-MM-DD in China Standard Time (UTC+8, no daylight saving) of an ISO instant. */
export function chinaDay(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);
}
