import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalPostgres, type LocalPostgres } from './postgres-server';
import { startLocalRedis, type LocalRedis } from './redis-server';

export interface ThrowawayServers {
  postgres: LocalPostgres;
  redis: LocalRedis;
  stop(): Promise<void>;
}

/**
 * PostgreSQL and Redis in a fresh temporary folder, for tests, scripts and benchmarks:
 * not durable, on free ports, removed with their data on stop.
 */
export async function startThrowawayServers(database: string, options: { statementStats?: boolean } = {}): Promise<ThrowawayServers> {
  const root = mkdtempSync(join(tmpdir(), 'jingzhun-'));
  // mkdtemp makes the folder private; PostgreSQL runs as another user when we are root.
  chmodSync(root, 0o755);
  const [postgres, redis] = await Promise.all([
    startLocalPostgres({ dataDir: join(root, 'postgres'), database, durable: false, statementStats: options.statementStats }),
    startLocalRedis({ dataDir: join(root, 'redis'), durable: false }),
  ]);
  return {
    postgres,
    redis,
    stop: async () => {
      await Promise.all([postgres.stop(), redis.stop()]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
