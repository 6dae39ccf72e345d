import type { FieldProblem } from './domain-error';

/** A date someone says a thing happened on cannot lie after today (China time). */
export function futureDateProblem(field: string, date: string, today: string): FieldProblem[] {
  return date > today ? [{ field, reason: `日期 ${date} 晚于今天 (${today})` }] : [];
}
