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
  /** Time limits of the reviews (审核时限), counted like publicity days; 0 means none. */
  reviewDays: { township_review: number; county_review: number };
  /** How many days before a review limit the acting office is reminded. */
  reviewReminderDays: number;
  /**
   * Local demo only: publicity windows of this many seconds instead of days, so a notice can
   * be seen closing by itself. Refused on a real installation.
   */
  demoWindowSeconds: number | null;
  /** The residents' web board: full names or masked, how long closed notices stay, whom to call. */
  publicBoard: PublicBoardPolicy;
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
  reviewDays: { township_review: 10, county_review: 10 },
  reviewReminderDays: 2,
  demoWindowSeconds: null,
  publicBoard: { fullNames: false, retentionDays: 30, contacts: [] },
};
