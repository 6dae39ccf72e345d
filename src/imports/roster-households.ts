import type { Health, LabourCapacity, PovertyAttribute, PovertyCause, Relation, Schooling, SexValue } from '../households/household.enums';
import { memberIdentity } from '../households/member-identity';
import { PHONE_NUMBER, PHONE_NUMBER_REASON } from '../households/phone-number';
import {
  defaultLabour,
  defaultSchooling,
  groupNumberOf,
  parseAttribute,
  parseCause,
  parseDate,
  parseHealth,
  parseLabour,
  parseRelation,
  parseSchooling,
  parseSex,
  type RosterColumn,
} from './roster-columns';

/** A row of the file as read: its line number (1 is the heading row) and its cells. */
export interface SourceRow {
  line: number;
  cells: string[];
}

/** A person as the roster gives them; optional columns left empty are null (the defaults apply only to new members). */
export interface MemberPlan {
  line: number;
  name: string;
  idNumber: string;
  sex: SexValue;
  birthDate: string;
  relation: Relation;
  health: Health | null;
  labourCapacity: LabourCapacity | null;
  schooling: Schooling | null;
  phone: string | null;
}

export interface HouseholdPlan {
  number: string;
  groupId: string;
  povertyAttribute: PovertyAttribute | null;
  mainCause: PovertyCause | null;
  perCapitaIncome: number | null;
  members: MemberPlan[];
  rows: SourceRow[];
}

/** A refused household: the reasons by line (a household-wide reason on its first line). */
export interface RefusedHousehold {
  rows: SourceRow[];
  reasons: Map<number, string[]>;
}

export interface RosterContext {
  positions: Partial<Record<RosterColumn, number>>;
  /** The village's groups by name and by number. */
  groupsByName: Map<string, string>;
  groupsByNumber: Map<number, string>;
  /** Today in China, for the ID number's birth date and a person's age. */
  today: string;
  /** Every ID number seen so far in the file → its line: one person, one row. */
  seen: Map<string, number>;
}

export function cellOf(context: RosterContext, row: SourceRow, column: RosterColumn): string {
  const position = context.positions[column];
  return position === undefined ? '' : (row.cells[position] ?? '').trim();
}

/** An enum column: null when empty, a reason when the text names no value. */
function choice<T>(raw: string, parse: (text: string) => T | null, heading: string, problems: string[]): T | null {
  if (raw === '') return null;
  const value = parse(raw);
  if (value === null) problems.push(`${heading}「${raw}」无法识别`);
  return value;
}

/** How a reason about an identity field reads in the report (the ID number's own reasons name it already). */
const IDENTITY_FIELD_NAMES: Record<string, string> = { sex: '性别', birthDate: '出生日期', idNumber: '' };

function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * One household's rows checked as a registration would be (procedures.md "Places and people"):
 * every ID number valid and agreeing with the sex written, one head, a known villager group, no
 * person twice. Either the household to store, or every reason it cannot be.
 */
export function planHousehold(context: RosterContext, number: string, rows: SourceRow[]): HouseholdPlan | RefusedHousehold {
  const reasons = new Map<number, string[]>();
  const refuse = (line: number, reason: string) => reasons.set(line, [...(reasons.get(line) ?? []), reason]);
  const members: MemberPlan[] = [];
  for (const row of rows) {
    const problems: string[] = [];
    const cell = (column: RosterColumn) => cellOf(context, row, column);
    const name = cell('name');
    if (name === '') problems.push('姓名为空');
    const relation = choice(cell('relation'), parseRelation, '与户主关系', problems);
    if (cell('relation') === '') problems.push('与户主关系为空');
    const sex = choice(cell('sex'), parseSex, '性别', problems);
    const health = choice(cell('health'), parseHealth, '健康状况', problems);
    const labourCapacity = choice(cell('labourCapacity'), parseLabour, '劳动能力', problems);
    const schooling = choice(cell('schooling'), parseSchooling, '文化程度', problems);
    const phone = cell('phone') === '' ? null : cell('phone');
    if (phone !== null && !PHONE_NUMBER.test(phone)) problems.push(`联系电话${PHONE_NUMBER_REASON}`);
    const birthDate = choice(cell('birthDate'), parseDate, '出生日期', problems);
    const identity = memberIdentity({ idNumber: cell('idNumber'), sex: sex ?? undefined, birthDate: birthDate ?? undefined }, 'member', context.today);
    if (Array.isArray(identity)) problems.push(...identity.map((problem) => `${IDENTITY_FIELD_NAMES[problem.field.replace(/^member\./, '')] ?? ''}${problem.reason}`));
    else {
      const earlier = context.seen.get(identity.idNumber);
      if (earlier !== undefined) problems.push(`重复的行: 身份证号码与第 ${earlier} 行相同`);
      else context.seen.set(identity.idNumber, row.line);
    }
    for (const problem of problems) refuse(row.line, problem);
    if (problems.length === 0 && !Array.isArray(identity) && relation !== null) {
      members.push({ line: row.line, name, ...identity, relation, health, labourCapacity, schooling, phone });
    }
  }
  const first = rows[0]?.line ?? 0;
  const heads = rows.filter((row) => parseRelation(cellOf(context, row, 'relation')) === 'head');
  if (heads.length === 0) refuse(first, '本户没有户主');
  if (heads.length > 1) for (const head of heads) refuse(head.line, `本户有 ${heads.length} 位户主`);
  const headRow = heads[0] ?? rows[0];
  const groupText = headRow ? cellOf(context, headRow, 'group') : '';
  const groupId = context.groupsByName.get(groupText) ?? context.groupsByNumber.get(groupNumberOf(groupText) ?? -1) ?? null;
  if (groupText === '') refuse(headRow?.line ?? first, '村民小组为空');
  else if (groupId === null) refuse(headRow?.line ?? first, `本村没有村民小组「${groupText}」`);
  for (const row of rows) {
    const text = cellOf(context, row, 'group');
    if (row !== headRow && text !== '' && text !== groupText) refuse(row.line, `村民小组「${text}」与户主所在的「${groupText}」不一致`);
  }
  const householdProblems: string[] = [];
  const incomeText = headRow ? cellOf(context, headRow, 'perCapitaIncome').replace(/[,，元]/g, '') : '';
  const perCapitaIncome = incomeText === '' ? null : Number(incomeText);
  if (perCapitaIncome !== null && !(Number.isFinite(perCapitaIncome) && perCapitaIncome >= 0)) householdProblems.push(`人均纯收入「${incomeText}」不是金额`);
  const mainCause = headRow ? choice(cellOf(context, headRow, 'mainCause'), parseCause, '主要致贫原因', householdProblems) : null;
  const povertyAttribute = headRow ? choice(cellOf(context, headRow, 'povertyAttribute'), parseAttribute, '贫困户属性', householdProblems) : null;
  for (const problem of householdProblems) refuse(headRow?.line ?? first, problem);
  if (reasons.size > 0 || groupId === null) return { rows, reasons };
  return { number, groupId, povertyAttribute, mainCause, perCapitaIncome, members, rows };
}

export function isRefused(outcome: HouseholdPlan | RefusedHousehold): outcome is RefusedHousehold {
  return 'reasons' in outcome;
}

/** A new member's optional facts, the roster's or the plain ones for their age (said in the template). */
export function newMemberFacts(member: MemberPlan, today: string): { health: Health; labourCapacity: LabourCapacity; schooling: Schooling } {
  const age = ageOn(member.birthDate, today);
  return { health: member.health ?? 'healthy', labourCapacity: member.labourCapacity ?? defaultLabour(age), schooling: member.schooling ?? defaultSchooling(age) };
}
