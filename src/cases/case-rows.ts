import { LRUCache } from 'lru-cache';
import type { EntityManager } from 'typeorm';
import type { CountyPolicy } from '../../workflows/policy';
import { kept } from '../common/kept';
import { hydrated } from '../database/prepared-query';
import { CaseEntity } from './case.entity';

/*
 * Case rows as the command path reads them (a command's case, a batch's locked cases). A row's
 * policy is most of it (1.9 of its 2.2 kB), and the rows that started under one policy share
 * one parsed object. The rows are read with the policy's digest (a trigger keeps it, migration
 * KeepCasePolicyDigest) in its place: turning 500 policies into text took PostgreSQL 8 of the
 * 12 ms of a meeting's lock. A policy not parsed yet is read once, for one row that has it.
 * Parsing it again for every row cost a notice's end about 14 µs a case, and the copies alive
 * while a part of a notice was applied were most of what each collection had to copy (issue 18,
 * the worker's --trace-gc during the storm). A case's policy never changes once the case
 * started, and the shared object is frozen so that nothing can.
 */

/** Policies kept parsed, by digest: a county has a handful of versions, an install a few counties. */
const parsedPolicies = new LRUCache<string, CountyPolicy>({ max: 256 });

function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFrozen(child);
    Object.freeze(value);
  }
  return value;
}

const columnLists = new Map<string, string>();

/** The case table's columns for a select from `alias`: the policy's digest in place of the policy. */
export function caseColumns(manager: EntityManager, alias: string): string {
  return kept(columnLists, alias, () =>
    manager.connection
      .getMetadata(CaseEntity)
      .columns.flatMap(({ databaseName }) => {
        if (databaseName === 'policy') return [];
        if (databaseName === 'policy_digest') return [`encode(${alias}.policy_digest, 'base64') AS policy_digest`];
        return [`${alias}."${databaseName}"`];
      })
      .join(', '),
  );
}

/**
 * Case entities from raw rows read with `caseColumns`, each with its policy: the shared object
 * of its digest, read first (one statement for all the digests not parsed yet) if need be.
 */
export async function caseRows(manager: EntityManager, raws: readonly Record<string, unknown>[]): Promise<CaseEntity[]> {
  // This call's policies by digest, so that the cache evicting one meanwhile cannot lose it.
  const policies = new Map<string, CountyPolicy | undefined>();
  const unread: unknown[] = [];
  for (const { id, policy_digest: digest } of raws) {
    if (typeof digest !== 'string') throw new Error('a case row read without caseColumns: it has no policy digest');
    if (policies.has(digest)) continue;
    const policy = parsedPolicies.get(digest);
    policies.set(digest, policy);
    if (!policy) unread.push(id);
  }
  if (unread.length > 0) {
    const texts = await manager.query<{ digest: string; policy: string }[]>(`SELECT encode(policy_digest, 'base64') AS digest, policy::text AS policy FROM procedure_case WHERE id = ANY($1::uuid[])`, [unread]);
    for (const { digest, policy } of texts) {
      const parsed = deepFrozen(JSON.parse(policy) as CountyPolicy);
      parsedPolicies.set(digest, parsed);
      policies.set(digest, parsed);
    }
  }
  return raws.map(({ policy_digest: digest, ...columns }) => {
    const policy = policies.get(digest as string);
    if (!policy) throw new Error(`case ${String(columns.id)}: its policy could not be read`);
    const row = hydrated(manager, CaseEntity, { ...columns, policy: null });
    row.policy = policy;
    return row;
  });
}
