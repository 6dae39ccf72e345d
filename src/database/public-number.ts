import type { EntityManager } from 'typeorm';
import { chinaDate } from '../common/clock';

/** Sequences that number what people quote (cases, notices, objections, residents' reports): persisted names, do not rename. */
export type NumberSequence = 'case_number_seq' | 'notice_number_seq' | 'objection_number_seq' | 'report_number_seq';

/** What a number people quote starts with: a prefix and the year in China (SB-2026-). */
export function publicNumberStart(prefix: string, now: Date): string {
  return `${prefix}-${chinaDate(now).slice(0, 4)}-`;
}

/** A number people quote, like SB-2026-000123: a prefix, the year in China, the next of a sequence. */
export async function nextPublicNumber(tx: EntityManager, prefix: string, sequence: NumberSequence, now: Date): Promise<string> {
  const [next] = await tx.query<{ nextval: string }[]>(`SELECT nextval('${sequence}')`);
  return `${publicNumberStart(prefix, now)}${(next?.nextval ?? '').padStart(6, '0')}`;
}

/** The same number made in SQL, for rows inserted together: `start` is the parameter holding publicNumberStart. */
export function publicNumberSql(start: string, sequence: NumberSequence): string {
  return `${start} || lpad(nextval('${sequence}')::text, 6, '0')`;
}
