import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Bounds on waiting for PostgreSQL: a pool connection, and a statement. */
export interface DatabaseTimeouts {
  connectMs: number;
  queryMs: number;
}

export function dataSourceOptions(url: string, poolSize = 20, timeouts: DatabaseTimeouts = { connectMs: 5000, queryMs: 60_000 }): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    // Schema changes only through reviewed migrations (style.md habit 8).
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    // A server that is down costs a request these bounds, then a 503, not an endless wait.
    extra: { max: poolSize, connectionTimeoutMillis: timeouts.connectMs, query_timeout: timeouts.queryMs, statement_timeout: timeouts.queryMs },
  };
}
