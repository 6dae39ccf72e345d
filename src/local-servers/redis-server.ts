import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { findFreePort } from './free-port';
import { LocalServerError, startSupervised, stopLeftoverServer, waitUntil } from './supervised-process';

export interface LocalRedis {
  url: string;
  stop(): Promise<void>;
}

export interface LocalRedisOptions {
  dataDir: string;
  /** Append-only file on, so delayed jobs survive a restart of the local server. */
  durable: boolean;
  /** A port to start on (a restart where clients already point); else a free one. */
  port?: number;
}

function findRedisServer(): string {
  const fromEnv = process.env.REDIS_SERVER_BIN;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
  } catch {
    throw new LocalServerError(
      'redis-server was not found on PATH. Install it (Debian: `apt-get install -y redis-server`), ' +
        'set REDIS_SERVER_BIN to its path, or set REDIS_URL to use a running server.',
    );
  }
}

export async function startLocalRedis(options: LocalRedisOptions): Promise<LocalRedis> {
  const binary = findRedisServer();
  mkdirSync(options.dataDir, { recursive: true });
  const pidFile = join(options.dataDir, 'redis.pid');
  const logFile = join(options.dataDir, 'redis.log');
  // A server on our pid file answers PING like ours would: stop it rather than reuse it blindly.
  await stopLeftoverServer(pidFile, 'redis-server', 'SIGTERM');

  const port = options.port ?? (await findFreePort());
  const server = startSupervised({
    command: binary,
    args: [
      '--port', String(port),
      '--bind', '127.0.0.1',
      '--dir', options.dataDir,
      '--pidfile', pidFile,
      '--daemonize', 'no',
      '--save', '',
      '--appendonly', options.durable ? 'yes' : 'no',
      // BullMQ must never have its keys evicted.
      '--maxmemory-policy', 'noeviction',
    ],
    logFile,
  });
  const url = `redis://127.0.0.1:${port}`;
  await waitUntil(
    'Redis',
    async () => {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined); // refused until the server listens: expected while waiting
      try {
        await client.connect();
        return (await client.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        client.disconnect();
      }
    },
    () => server.child.exitCode !== null,
    15_000,
    logFile,
  );
  return { url, stop: () => server.stop('SIGTERM') };
}
