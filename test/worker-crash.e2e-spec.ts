import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { CaseEventEntity } from '../src/cases/case-event.entity';
import { DeadlineEntity } from '../src/deadlines/deadline.entity';
import { startSupervised, type SupervisedProcess } from '../src/local-servers/supervised-process';
import { sample } from '../workflows/identification/identification.fixtures';
import { DEFAULT_POLICY } from '../workflows/policy';
import type { FakeClock } from './support/fake-clock';
import { startIdentificationApp } from './support/identification-app';
import type { RegionTree } from './support/fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const WORKER = join(__dirname, '..', 'dist', 'src', 'worker.js');

/** A real `npm run start:worker` process (built by `npm test`'s pretest step). */
describe('A worker killed with -9 in the middle of a deadline (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let today: FakeClock;
  const workers: SupervisedProcess[] = [];
  const logDir = mkdtempSync(join(tmpdir(), 'jingzhun-worker-'));

  beforeAll(async () => {
    expect(existsSync(WORKER)).toBe(true);
    ({ sut, tree, tokens, clock: today } = await startIdentificationApp({ realClock: true, demo: true }));
    await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...DEFAULT_POLICY, demoWindowSeconds: 1 });
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop('SIGTERM')));
    await sut.close();
    rmSync(logDir, { recursive: true, force: true });
  });

  function startWorker(name: string): SupervisedProcess {
    const worker = startSupervised({
      command: process.execPath,
      args: [WORKER],
      logFile: join(logDir, `${name}.log`),
      env: {
        ...process.env,
        DATABASE_URL: sut.settings.databaseUrl,
        REDIS_URL: sut.settings.redisUrl,
        REDIS_PREFIX: sut.settings.redisPrefix,
        JWT_SECRET: sut.settings.jwtSecret,
        JOB_LOCK_MS: '2000',
        RECONCILE_INTERVAL_MS: '1000',
        OUTBOX_POLL_MS: '50',
        LOG_LEVEL: 'warn',
      },
    });
    workers.push(worker);
    return worker;
  }

  it('leaves every case advanced exactly once after a second worker takes over', async () => {
    const drivers: CaseDriver[] = [];
    for (let index = 0; index < 3; index += 1) {
      const driver = await CaseDriver.openCase(sut, tokens, tree, today);
      for (const event of [sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification()]) await driver.send(event);
      drivers.push(driver);
    }
    const opened = await sut.as(tokens.village).post('/publicity-notices').send({ villageId: tree.villageA1.id, stage: 'village_publicity', caseIds: drivers.map((driver) => driver.caseId) });
    expect(opened.status).toBe(201);
    const noticeId = (opened.body as { notice: { id: string } }).notice.id;

    // Hold the last case (in lock order) so the worker's deadline transaction stops halfway through the notice.
    const blocker = new Client({ connectionString: sut.settings.databaseUrl });
    blocker.on('error', () => undefined); // only ever used while the test runs
    await blocker.connect();
    const held = [...drivers.map((driver) => driver.caseId)].sort()[2] ?? '';
    await blocker.query('BEGIN');
    await blocker.query('SELECT id FROM procedure_case WHERE id = $1 FOR UPDATE', [held]);

    const first = startWorker('first');
    const database = sut.settings.databaseUrl.split('/').pop();
    await waitFor('the first worker to be stuck mid-notice', async () => {
      // Asked on another connection: inside the blocker's transaction the statistics view would not change.
      const [waiting] = await sut.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [database]);
      return (waiting?.n ?? 0) > 0;
    }, 20_000);
    first.child.kill('SIGKILL');
    await first.exited;
    await blocker.query('COMMIT');
    await blocker.end();

    // Its transaction died with it: nothing of the notice's end was kept.
    expect(await sut.dataSource.getRepository(DeadlineEntity).findOneByOrFail({ noticeId })).toMatchObject({ state: 'pending' });
    for (const driver of drivers) expect(await sut.dataSource.getRepository(CaseEventEntity).countBy({ caseId: driver.caseId, eventType: 'PUBLICITY_WINDOW_ENDED' })).toBe(0);

    startWorker('second');
    await waitFor('the second worker to finish the notice', async () => (await sut.dataSource.getRepository(DeadlineEntity).findOneByOrFail({ noticeId })).state === 'fired', 30_000);
    for (const driver of drivers) {
      expect((await driver.view()).stage.code).toBe('township_review');
      expect(await sut.dataSource.getRepository(CaseEventEntity).countBy({ caseId: driver.caseId, eventType: 'PUBLICITY_WINDOW_ENDED' })).toBe(1);
      expect((await driver.view()).version).toBe(await sut.dataSource.getRepository(CaseEventEntity).countBy({ caseId: driver.caseId }));
    }
  }, 60_000);
});
