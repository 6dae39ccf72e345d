import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from './free-port';
import {
  isProcessAlive,
  LocalServerError,
  startSupervised,
  stopLeftoverServer,
  waitUntil,
  type SupervisedProcess,
} from './supervised-process';

export interface LocalPostgres {
  url(database: string): string;
  port: number;
  /** The server's log (the bench's BENCH_PLANS reads the plans auto_explain writes there). */
  logFile: string;
  stop(): Promise<void>;
}

export interface LocalPostgresOptions {
  /** Folder of the cluster; created and initialised when empty, reused otherwise. */
  dataDir: string;
  database: string;
  /** Throw-away servers for tests trade durability for speed. */
  durable: boolean;
  /** A port to start on (a restart where clients already point); else a free one. */
  port?: number;
  /** Count every statement (pg_stat_statements, the bench's statements per command). */
  statementStats?: boolean;
}

const POSTGRES_USER = 'postgres';

/** Server binaries: POSTGRES_BIN_DIR, else the newest Debian/Ubuntu install, else pg_config. */
export function findPostgresBinDir(): string {
  const fromEnv = process.env.POSTGRES_BIN_DIR;
  if (fromEnv) {
    if (existsSync(join(fromEnv, 'postgres'))) return fromEnv;
    throw new LocalServerError(`POSTGRES_BIN_DIR=${fromEnv} does not contain a postgres binary`);
  }
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => existsSync(join(debianRoot, name, 'bin', 'postgres')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debianRoot, versions[0], 'bin');
  }
  try {
    const bindir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(bindir, 'postgres'))) return bindir;
  } catch {
    // no pg_config: fall through to the explanation below
  }
  throw new LocalServerError(
    'PostgreSQL server binaries were not found. Install them (Debian: `apt-get install -y postgresql`), ' +
      'set POSTGRES_BIN_DIR to the folder holding `postgres` and `initdb`, or set DATABASE_URL to use a running server.',
  );
}

function runningAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function userIds(user: string): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new LocalServerError(
      `Running as root, PostgreSQL must run as the "${user}" user, which does not exist. ` +
        'Create it (Debian: `apt-get install -y postgresql` does) or set DATABASE_URL.',
    );
  }
}

/** As root the server runs as `postgres`, which must be able to reach the data folder. */
function prepareDataDir(dataDir: string): string | undefined {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!runningAsRoot()) return undefined;
  const { uid, gid } = userIds(POSTGRES_USER);
  chownSync(dataDir, uid, gid);
  try {
    execFileSync('setpriv', [`--reuid=${POSTGRES_USER}`, `--regid=${POSTGRES_USER}`, '--init-groups', '--', 'test', '-w', dataDir]);
  } catch {
    throw new LocalServerError(
      `The "${POSTGRES_USER}" user cannot write ${dataDir}: every folder above it must be searchable by others ` +
        '(chmod o+x), or choose another DATA_DIR, or set DATABASE_URL.',
    );
  }
  return POSTGRES_USER;
}

export async function startLocalPostgres(options: LocalPostgresOptions): Promise<LocalPostgres> {
  const binDir = findPostgresBinDir();
  const clusterDir = join(options.dataDir, 'cluster');
  const logFile = join(options.dataDir, 'postgres.log');
  const asUser = prepareDataDir(options.dataDir);
  writeFileSync(logFile, '', { flag: 'a' });
  if (asUser) {
    const { uid, gid } = userIds(asUser);
    chownSync(logFile, uid, gid);
  }

  await stopLeftoverServer(join(clusterDir, 'postmaster.pid'), 'postgres', 'SIGINT');

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    const initdb = startSupervised({
      command: join(binDir, 'initdb'),
      args: ['-D', clusterDir, '-U', POSTGRES_USER, '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions'],
      logFile,
      asUser,
    });
    const code = await initdb.exited;
    if (code !== 0) throw new LocalServerError(`initdb failed with code ${String(code)}; see ${logFile}`);
  }

  const port = options.port ?? (await findFreePort());
  const settings = [
    '-c', 'listen_addresses=127.0.0.1',
    '-c', `unix_socket_directories=${options.dataDir}`,
    '-c', 'max_connections=200',
    '-c', 'timezone=UTC',
  ];
  if (!options.durable) {
    settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  if (options.statementStats) settings.push('-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track_utility=on', '-c', 'pg_stat_statements.track_planning=on');
  const server: SupervisedProcess = startSupervised({
    command: join(binDir, 'postgres'),
    args: ['-D', clusterDir, '-p', String(port), ...settings],
    logFile,
    asUser,
  });
  const url = (database: string) => `postgres://${POSTGRES_USER}@127.0.0.1:${port}/${database}`;

  await waitUntil(
    'PostgreSQL',
    async () => {
      const client = new Client({ connectionString: url('postgres') });
      try {
        await client.connect();
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    () => server.child.exitCode !== null,
    30_000,
    logFile,
  );
  await ensureDatabase(url('postgres'), options.database);

  return {
    url,
    port,
    logFile,
    // SIGINT is PostgreSQL's fast shutdown: roll back open transactions and stop.
    stop: () => server.stop('SIGINT'),
  };
}

/**
 * The URL of the local server already running on `dataDir` (the service started it), read from
 * its postmaster.pid, or null when none runs. Tools use it rather than starting a second one.
 */
export function runningLocalPostgresUrl(dataDir: string, database: string): string | null {
  const pidFile = join(dataDir, 'cluster', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !isProcessAlive(pid) || !Number.isInteger(port)) return null;
  return `postgres://${POSTGRES_USER}@127.0.0.1:${port}/${database}`;
}

export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      const from = template ? ` TEMPLATE "${template}"` : '';
      await client.query(`CREATE DATABASE "${database}"${from}`);
    }
  } finally {
    await client.end();
  }
}
