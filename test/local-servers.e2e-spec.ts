import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from '../src/local-servers/free-port';
import { findPostgresBinDir, startLocalPostgres } from '../src/local-servers/postgres-server';
import { isProcessAlive } from '../src/local-servers/supervised-process';

describe('Local PostgreSQL', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'jingzhun-local-'));
    chmodSync(root, 0o755);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  async function query(url: string, sql: string): Promise<unknown[]> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as unknown[];
    } finally {
      await client.end();
    }
  }

  it('keeps its data between starts', async () => {
    const dataDir = join(root, 'pg');
    const first = await startLocalPostgres({ dataDir, database: 'keep', durable: true });
    await query(first.url('keep'), 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)');
    await first.stop();
    const second = await startLocalPostgres({ dataDir, database: 'keep', durable: true });
    try {
      expect(await query(second.url('keep'), 'SELECT n FROM kept')).toEqual([{ n: 7 }]);
    } finally {
      await second.stop();
    }
  });

  it('stops a server left behind on its folder, and copes with a stale pid file', async () => {
    const dataDir = join(root, 'pg');
    const first = await startLocalPostgres({ dataDir, database: 'left', durable: false });
    await first.stop();
    // A server started outside our supervision, as if its parent had died without stopping it.
    const cluster = join(dataDir, 'cluster');
    const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
    const pgCtl = join(findPostgresBinDir(), 'pg_ctl');
    const port = await findFreePort();
    const [command, ...args] = [...asPostgres, pgCtl, '-D', cluster, '-o', `-p ${port} -k ${dataDir}`, '-l', join(dataDir, 'leftover.log'), '-w', 'start'];
    execFileSync(command, args);
    const leftover = Number(readFileSync(join(cluster, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isProcessAlive(leftover)).toBe(true);

    const second = await startLocalPostgres({ dataDir, database: 'left', durable: false });
    expect(isProcessAlive(leftover)).toBe(false);
    await second.stop();

    // A pid file naming a process that is not PostgreSQL (here: ourselves) is left alone and overridden.
    writeFileSync(join(cluster, 'postmaster.pid'), `${process.pid}\n${cluster}\n`);
    const third = await startLocalPostgres({ dataDir, database: 'left', durable: false });
    try {
      expect(await query(third.url('left'), 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await third.stop();
    }
  });
});
