import { HEALTH, LABOUR_CAPACITY, POVERTY_ATTRIBUTE, POVERTY_CAUSE, RELATION, SCHOOLING, SEX, type Health, type LabourCapacity, type PovertyAttribute, type PovertyCause, type Relation, type Schooling, type SexValue } from '../households/household.enums';

/**
 * A household roster (花名册) as villages keep it: one row per person, headings in Chinese in any
 * order. Each column we read has the headings it is known by; other columns are ignored (and
 * listed in the job's result).
 */
/** How files head the column of ID numbers, whatever the file. */
export const ID_NUMBER_HEADINGS = ['身份证号码', '身份证号', '公民身份号码', '证件号码'] as const;

export const ROSTER_COLUMNS = {
  householdNumber: { required: true, headings: ['户编号', '户号', '户序号', '家庭编号', '户码'] },
  relation: { required: true, headings: ['与户主关系', '与户主的关系', '家庭关系', '关系'] },
  name: { required: true, headings: ['姓名', '成员姓名', '家庭成员姓名'] },
  idNumber: { required: true, headings: ID_NUMBER_HEADINGS },
  sex: { required: true, headings: ['性别'] },
  birthDate: { required: false, headings: ['出生日期', '出生年月日', '出生年月'] },
  group: { required: true, headings: ['村民小组', '所属村民小组', '组别', '小组', '组'] },
  phone: { required: false, headings: ['联系电话', '电话', '手机号码', '手机号', '联系方式'] },
  health: { required: false, headings: ['健康状况', '健康状态'] },
  labourCapacity: { required: false, headings: ['劳动能力', '劳动力状况', '劳动技能'] },
  schooling: { required: false, headings: ['文化程度', '在校生状况', '受教育程度'] },
  perCapitaIncome: { required: false, headings: ['人均纯收入', '家庭人均纯收入', '人均纯收入（元）', '人均纯收入(元)'] },
  mainCause: { required: false, headings: ['主要致贫原因', '致贫原因'] },
  povertyAttribute: { required: false, headings: ['贫困户属性', '户属性'] },
} as const;
export type RosterColumn = keyof typeof ROSTER_COLUMNS;

/** The template's headings, in the order villages usually keep them. */
export const TEMPLATE_HEADINGS: string[] = (Object.keys(ROSTER_COLUMNS) as RosterColumn[]).map((column) => ROSTER_COLUMNS[column].headings[0]);

export const normalise = (heading: string) => heading.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

/** A file's columns: each known by the headings people give it. */
export type ColumnTable = Record<string, { required: boolean; headings: readonly string[] }>;

export interface HeadingMap<Column extends string> {
  /** Column → its position in the row (0-based). */
  positions: Partial<Record<Column, number>>;
  /** Headings we do not read. */
  ignored: string[];
  /** Required columns the file lacks, by their usual heading. */
  missing: string[];
}

/** Which column is which, from the heading row. */
export function mapHeadings<Table extends ColumnTable>(headings: string[], table: Table): HeadingMap<keyof Table & string> {
  type Column = keyof Table & string;
  const columns = Object.keys(table) as Column[];
  const positions: Partial<Record<Column, number>> = {};
  const ignored: string[] = [];
  headings.forEach((raw, index) => {
    const heading = normalise(raw);
    if (heading === '') return;
    const column = columns.find((key) => positions[key] === undefined && table[key]?.headings.some((known) => normalise(known) === heading));
    if (column) positions[column] = index;
    else ignored.push(raw.trim());
  });
  const missing = columns.filter((key) => table[key]?.required && positions[key] === undefined).map((key) => table[key]?.headings[0] ?? key);
  return { positions, ignored, missing };
}

/** Words villages write for a relation beyond the registry's own labels. */
const RELATION_WORDS: Record<string, Relation> = {
  本人: 'head',
  妻子: 'spouse',
  丈夫: 'spouse',
  妻: 'spouse',
  夫: 'spouse',
  儿子: 'son',
  长子: 'son',
  次子: 'son',
  女儿: 'daughter',
  长女: 'daughter',
  次女: 'daughter',
  女婿: 'son_in_law',
  儿媳: 'daughter_in_law',
  孙子: 'grandchild',
  孙女: 'grandchild',
  外孙子: 'grandchild',
  外孙女: 'grandchild',
  父亲: 'parent',
  母亲: 'parent',
  祖父: 'grandparent',
  祖母: 'grandparent',
  兄弟: 'sibling',
  姐妹: 'sibling',
};
const HEALTH_WORDS: Record<string, Health> = { 慢性病: 'chronic_illness', 患有大病: 'serious_illness', 重病: 'serious_illness' };
const SCHOOLING_WORDS: Record<string, Schooling> = { 学龄前: 'preschool', 在校: 'in_school', 文盲: 'illiterate', 半文盲: 'illiterate', 中专: 'vocational', 中职: 'vocational', 大专: 'college', 本科: 'college', 本科及以上: 'college' };

/** A value from its Chinese label (之子 or 子), a known synonym, or its code. */
function fromLabel<T extends string>(table: { values: T[]; labels: Record<T, string> }, words: Record<string, T>, raw: string): T | null {
  const text = normalise(raw);
  const byLabel = table.values.find((value) => normalise(table.labels[value]) === text || normalise(table.labels[value]).replace(/^之/, '') === text || value === text);
  return byLabel ?? words[text] ?? null;
}

export const parseRelation = (raw: string) => fromLabel(RELATION, RELATION_WORDS, raw);
export const parseHealth = (raw: string) => fromLabel(HEALTH, HEALTH_WORDS, raw);
export const parseLabour = (raw: string) => fromLabel(LABOUR_CAPACITY, {}, raw);
export const parseSchooling = (raw: string) => fromLabel(SCHOOLING, SCHOOLING_WORDS, raw);
export const parseSex = (raw: string): SexValue | null => fromLabel(SEX, { 男性: 'male', 女性: 'female' }, raw);
export const parseCause = (raw: string): PovertyCause | null => fromLabel(POVERTY_CAUSE, {}, raw) ?? fromLabel(POVERTY_CAUSE, {}, `因${raw}`);
export const parseAttribute = (raw: string): PovertyAttribute | null => fromLabel(POVERTY_ATTRIBUTE, { 一般户: 'general', 低保户: 'dibao', 特困户: 'tekun', 特困供养户: 'tekun' }, raw);

/**
 * Optional columns left empty: the registry needs a value, so it takes the plain one for the
 * person's age (said in the template): healthy; able to work from 16 to 60; schooling by age.
 */
export function defaultLabour(age: number): LabourCapacity {
  return age >= 16 && age <= 60 ? 'ordinary' : 'none';
}
export function defaultSchooling(age: number): Schooling {
  if (age < 6) return 'preschool';
  return age <= 18 ? 'in_school' : 'primary';
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 第一村民小组, 一组, 1组, 12 → the group's number (十二组 → 12); null when the text names none. */
export function groupNumberOf(raw: string): number | null {
  const text = normalise(raw).replace(/^第/, '').replace(/(村民小组|小组|组|队|社)$/, '');
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, units] = match;
  if (ten) return (tens ? (CHINESE_DIGITS[tens] ?? 1) : 1) * 10 + (units ? (CHINESE_DIGITS[units] ?? 0) : 0);
  return tens && !units ? (CHINESE_DIGITS[tens] ?? null) : null;
}

/** 2026-03-02, 2026/3/2, 2026.3.2, 2026年3月2日 or 20260302 → 2026-03-02; null when it is none of them. */
export function parseDate(raw: string): string | null {
  const text = normalise(raw);
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = `${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
  return Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date ? null : date;
}
