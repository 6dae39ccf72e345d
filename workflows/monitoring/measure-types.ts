import type { CountyPolicy } from '../policy';

/**
 * The types of an assistance measure (帮扶措施, procedures.md "Monitoring as routine work":
 * measures are typed), each with the department usually responsible; a county's policy adds its
 * own (`monitoring.extraMeasureTypes`).
 */
export const BASE_MEASURE_TYPES = {
  industry: { label: '产业帮扶', department: '农业农村局' },
  employment: { label: '就业帮扶', department: '人社局' },
  public_welfare_job: { label: '公益岗位', department: '人社局' },
  subsistence_allowance: { label: '低保', department: '民政局' },
  medical_security: { label: '医疗保障', department: '医保局' },
  education_aid: { label: '教育资助', department: '教育局' },
  housing_renovation: { label: '危房改造', department: '住建局' },
  microcredit: { label: '小额信贷', department: '乡村振兴局' },
  household_subsidy: { label: '到户奖补', department: '乡村振兴局' },
  other: { label: '其他', department: '' },
} as const;
export type BaseMeasureType = keyof typeof BASE_MEASURE_TYPES;

/** A county's own type: a code of lower-case letters, digits and underscores, its label and department. */
export interface ExtraMeasureType {
  code: string;
  label: string;
  department: string;
}

export const MEASURE_TYPE_CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** Every type a county's households may be given: the national list, then the county's own. */
export function measureTypesOf(policy: Pick<CountyPolicy, 'monitoring'>): { code: string; label: string; department: string }[] {
  return [
    ...Object.entries(BASE_MEASURE_TYPES).map(([code, type]) => ({ code, label: type.label, department: type.department })),
    ...policy.monitoring.extraMeasureTypes.filter((type) => !(type.code in BASE_MEASURE_TYPES)),
  ];
}
