import type { FieldProblem } from './field-problem';

/** What a record says happened when, and what it may not precede. */
export interface RecordDates {
  /** Today in China time (YYYY-MM-DD). */
  today: string;
  /** Days things happened on (visited, signed, held), by the field that gives them. */
  days: Record<string, string>;
  /** The year an income is for, by its field, and the day it was found. */
  income?: { field: string; year: number; foundOn: string };
  /** The earliest day the record may bear (the lead, the case's opening), and what it is. */
  notBefore?: { day: string; what: string };
}

/**
 * Every date and year a rule reads, checked in one place: a record is of what happened, so no
 * day lies after today or before what it belongs to, and an income is of a year the visit had
 * already reached (an income year not after the visit's year, so never one still to come).
 */
export function recordDateProblems(dates: RecordDates): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, day] of Object.entries(dates.days)) {
    if (day > dates.today) problems.push({ field, reason: `日期 ${day} 晚于今天 (${dates.today})` });
    else if (dates.notBefore && day < dates.notBefore.day) problems.push({ field, reason: `日期 ${day} 早于${dates.notBefore.what} (${dates.notBefore.day})` });
  }
  const income = dates.income;
  if (income && income.year > Number(income.foundOn.slice(0, 4))) {
    problems.push({ field: income.field, reason: `收入年度 ${income.year} 晚于核实日期所在年度 (${income.foundOn.slice(0, 4)})，收入只能是已经发生的` });
  }
  return problems;
}
