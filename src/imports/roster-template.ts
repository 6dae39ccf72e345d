import ExcelJS from 'exceljs';
import { HEALTH, LABOUR_CAPACITY, POVERTY_ATTRIBUTE, POVERTY_CAUSE, RELATION, SCHOOLING } from '../households/household.enums';
import { idNumberCheckCharacter } from '../households/id-number.util';
import { ROSTER_COLUMNS, TEMPLATE_HEADINGS, type RosterColumn } from './roster-columns';

const idNumber = (first17: string) => first17 + idNumberCheckCharacter(first17);

/** One example household, in the template's column order. */
const EXAMPLE: Partial<Record<RosterColumn, string>>[] = [
  { householdNumber: '1', relation: '户主', name: '韦建国', idNumber: idNumber('45012319750312001'), sex: '男', birthDate: '1975-03-12', group: '第一村民小组', phone: '13800138000', health: '健康', labourCapacity: '普通劳动力', schooling: '初中', perCapitaIncome: '3600', mainCause: '因病', povertyAttribute: '一般贫困户' },
  { householdNumber: '1', relation: '配偶', name: '黄秀英', idNumber: idNumber('45012319770805002'), sex: '女', birthDate: '1977-08-05', group: '第一村民小组', health: '长期慢性病', labourCapacity: '普通劳动力', schooling: '小学' },
  { householdNumber: '1', relation: '之子', name: '韦小军', idNumber: idNumber('45012320100304003'), sex: '男', birthDate: '2010-03-04', group: '第一村民小组', health: '健康', labourCapacity: '无劳动力', schooling: '在校生' },
];

/** The roster template (花名册模板): the headings, one example household, and how each column is read. */
export async function rosterTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  const columns = Object.keys(ROSTER_COLUMNS) as RosterColumn[];
  sheet.addRow(TEMPLATE_HEADINGS).font = { bold: true };
  for (const person of EXAMPLE) sheet.addRow(columns.map((column) => person[column] ?? ''));
  sheet.columns.forEach((column, index) => {
    column.width = columns[index] === 'idNumber' ? 22 : 14;
    // ID numbers and phones as text: Excel would turn them into numbers and lose digits.
    if (columns[index] === 'idNumber' || columns[index] === 'phone' || columns[index] === 'householdNumber') column.numFmt = '@';
  });
  const notes = workbook.addWorksheet('填写说明');
  notes.addRow(['列', '是否必填', '也可写作', '可填的值']).font = { bold: true };
  const VALUES: Partial<Record<RosterColumn, string[]>> = {
    relation: Object.values(RELATION.labels),
    health: Object.values(HEALTH.labels),
    labourCapacity: Object.values(LABOUR_CAPACITY.labels),
    schooling: Object.values(SCHOOLING.labels),
    mainCause: Object.values(POVERTY_CAUSE.labels),
    povertyAttribute: Object.values(POVERTY_ATTRIBUTE.labels),
    sex: ['男', '女'],
    group: ['村民小组名称，或编号 (如 1、一组、第一村民小组)'],
    birthDate: ['如 1975-03-12；须与身份证号码一致'],
  };
  for (const column of columns) {
    const { required, headings } = ROSTER_COLUMNS[column];
    notes.addRow([headings[0], required ? '必填' : '选填', headings.slice(1).join('、'), (VALUES[column] ?? []).join('、')]);
  }
  notes.addRow([]);
  for (const line of [
    '每人一行；同一户的成员排在一起，户编号相同，户主须有且只有一位。列的顺序不限，其他列将被忽略。',
    '一户中任何一行有误，则该户整户不导入，其余农户照常导入；错误报告列出未导入的行和原因。',
    '身份证号码已登记在本村的，按文件更新该户信息 (每项变更记入农户变更记录)；同一文件再次导入不会重复登记。',
    '选填的列留空时: 健康状况记为健康；劳动能力 16 至 60 岁记为普通劳动力，其余记为无劳动力；文化程度 6 岁以下记为学龄前儿童，18 岁及以下记为在校生，其余记为小学。已登记的成员留空的列保持不变。',
  ]) notes.addRow([line]);
  notes.getColumn(1).width = 16;
  notes.getColumn(3).width = 30;
  notes.getColumn(4).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
