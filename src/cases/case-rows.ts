import { LRUCache } from 'lru-cache';
import type { EntityManager } from 'typeorm';
import type { CountyPolicy } from '../../workflows/policy';
import { kept } from '../common/kept';
import { hydrated } from '../database/prepared-query';
import { CaseEntity } from './case.entity';

/*
 * Case rows as the command path reads them (a command's case, a batch's locked cases). A row's
 * policy is most of it (1.9 of its 2.2 kB): read as text, it is parsed once per distinct text and
 * the rows that started under one policy share that object. Parsing it again for every row, and
 * filling in its defaults, cost a notice's end about 14 µs a case, and the copies alive while a
 * part of a notice was applied were most of what each collection had to copy (issue 18, the
 * worker's --trace-gc during the storm). A case's policy never changes once the case started,
 * and the shared object is frozen so that nothing can.
 */

/** Distinct policy texts kept parsed: a county has a handful of versions, an install a few counties. */
const parsedPolicies = new LRUCache<string, CountyPolicy>({ max: 256 });

function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFrozen(child);
    Object.freeze(value);
  }
  return value;
}

/** The policy a row's text holds, the same object for the same text. */
export function sharedPolicy(text: string): CountyPolicy {
  let policy = parsedPolicies.get(text);
  if (policy === undefined) {
    policy = deepFrozen(JSON.parse(text) as CountyPolicy);
    parsedPolicies.set(text, policy);
  }
  return policy;
}

const columnLists = new Map<string, string>();

/** The case table's columns for a select from `alias`, the policy as its text. */
export function caseColumns(manager: EntityManager, alias: string): string {
  return kept(columnLists, alias, () =>
    manager.connection
      .getMetadata(CaseEntity)
      .columns.map(({ databaseName }) => (databaseName === 'policy' ? `${alias}.policy::text AS policy` : `${alias}."${databaseName}"`))
      .join(', '),
  );
}

/** A case entity from a raw row read with `caseColumns`. */
export function caseRow(manager: EntityManager, raw: Record<string, unknown>): CaseEntity {
  const text = raw.policy;
  if (typeof text !== 'string') throw new Error('a case row read without caseColumns: its policy is not text');
  const row = hydrated(manager, CaseEntity, { ...raw, policy: null });
  row.policy = sharedPolicy(text);
  return row;
}
