import { createHash } from 'node:crypto';
import { type EntityManager, type EntityTarget, type ObjectLiteral, QueryFailedError } from 'typeorm';
import type { Statement } from './insert-many';
import { kept } from '../common/kept';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * A statement PostgreSQL parses and plans once per connection (a named prepared statement), for
 * the few every command sends: planning them cost PostgreSQL as much as running them (issue 18,
 * BENCHMARKS.md). Only for texts of a fixed shape (arrays as parameters, not lists of values),
 * or each connection would keep a plan per length. Errors are TypeORM's, as from `query`.
 */
export async function preparedQuery<T>(manager: EntityManager, { sql, params }: Statement): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    const result = await client.query({ name: statementName(sql), text: sql, values: params }).catch((error: Error) => {
      throw new QueryFailedError(sql, params, error);
    });
    return result.rows as T[];
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

/** Names by text, as few as the texts of fixed shape: hashing the text on every command cost the API 1% of its time (issue 18). */
const names = new Map<string, string>();

function statementName(sql: string): string {
  return kept(names, sql, () => `jz_${createHash('sha1').update(sql).digest('base64url')}`);
}

/** An entity made from a raw row holding its table's columns (and maybe others, ignored), as TypeORM's own reads make it. */
export function hydrated<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, raw: Record<string, unknown>): T {
  const metadata = manager.connection.getMetadata(target);
  const { driver } = manager.connection;
  const entity = metadata.create() as Record<string, unknown>;
  for (const column of metadata.columns) entity[column.propertyName] = driver.prepareHydratedValue(raw[column.databaseName], column);
  return entity as T;
}
