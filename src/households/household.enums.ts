/**
 * Closed lists from procedures.md "Places and people". Values are stable English codes
 * (stored and sent over the API); the Chinese labels are what users see.
 */
function labels<const T extends Record<string, string>>(table: T): { values: (keyof T & string)[]; labels: T } {
  return { values: Object.keys(table), labels: table };
}

export const RELATION = labels({
  head: '户主',
  spouse: '配偶',
  son: '之子',
  daughter: '之女',
  son_in_law: '之女婿',
  daughter_in_law: '之儿媳',
  grandchild: '之孙子女',
  parent: '之父母',
  grandparent: '之祖父母',
  sibling: '之兄弟姐妹',
  other: '其他',
});
export type Relation = (typeof RELATION.values)[number];

export const HEALTH = labels({
  healthy: '健康',
  chronic_illness: '长期慢性病',
  serious_illness: '大病',
  disabled: '残疾',
});
export type Health = (typeof HEALTH.values)[number];

export const LABOUR_CAPACITY = labels({
  ordinary: '普通劳动力',
  skilled: '技能劳动力',
  lost: '丧失劳动力',
  none: '无劳动力',
});
export type LabourCapacity = (typeof LABOUR_CAPACITY.values)[number];

export const SCHOOLING = labels({
  preschool: '学龄前儿童',
  in_school: '在校生',
  illiterate: '文盲或半文盲',
  primary: '小学',
  junior_secondary: '初中',
  senior_secondary: '高中',
  vocational: '中职 (中专)',
  college: '大专及以上',
});
export type Schooling = (typeof SCHOOLING.values)[number];

export const SEX = labels({ male: '男', female: '女' });
export type SexValue = (typeof SEX.values)[number];

export const POVERTY_ATTRIBUTE = labels({
  general: '一般贫困户',
  dibao: '低保贫困户',
  tekun: '特困供养贫困户',
});
export type PovertyAttribute = (typeof POVERTY_ATTRIBUTE.values)[number];

export const POVERTY_CAUSE = labels({
  illness: '因病',
  disability: '因残',
  schooling: '因学',
  disaster: '因灾',
  lack_of_land: '缺土地',
  lack_of_water: '缺水',
  lack_of_skills: '缺技术',
  lack_of_labour: '缺劳力',
  lack_of_funds: '缺资金',
  poor_transport: '交通条件落后',
  lack_of_motivation: '自身发展动力不足',
});
export type PovertyCause = (typeof POVERTY_CAUSE.values)[number];

/** none → registered (建档立卡) → exited (销号) → monitored (防返贫监测) → risk_eliminated. */
export const HOUSEHOLD_STATUS = labels({
  none: '未识别',
  registered: '建档立卡贫困户',
  exited: '已脱贫',
  monitored: '监测对象',
  risk_eliminated: '风险已消除',
});
export type HouseholdStatus = (typeof HOUSEHOLD_STATUS.values)[number];


/** For OpenAPI: "head (户主), spouse (配偶), …". */
export function describeValues(table: { labels: Record<string, string> }): string {
  return Object.entries(table.labels)
    .map(([value, label]) => `${value} (${label})`)
    .join(', ');
}
