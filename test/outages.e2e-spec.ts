import { join } from 'node:path';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startLocalPostgres, type LocalPostgres } from '../src/local-servers/postgres-server';
import { startLocalRedis, type LocalRedis } from '../src/local-servers/redis-server';
import { createAccount, PASSWORD, seedRegionTree } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** A server stopped under the running app: 503 with Retry-After in bounded time, a health answer within 500 ms, recovery when it is back. */
describe('PostgreSQL or Redis down (e2e)', () => {
  const root = mkdtempSync(join(tmpdir(), 'jingzhun-outage-'));
  let postgres: LocalPostgres;
  let redis: LocalRedis;
  let redisPort = 0;
  let sut: TestApp;
  let token = '';

  beforeAll(async () => {
    chmodSync(root, 0o755);
    postgres = await startLocalPostgres({ dataDir: join(root, 'postgres'), database: 'outage', durable: false });
    redis = await startLocalRedis({ dataDir: join(root, 'redis'), durable: false });
    redisPort = Number(new URL(redis.url).port);
    sut = await startTestApp({ databaseUrl: postgres.url('outage'), redisUrl: redis.url });
    const tree = await seedRegionTree(sut.dataSource);
    await createAccount(sut.dataSource, 'v', 'village', tree.villageA1);
    token = await sut.login('v', PASSWORD);
  });

  afterAll(async () => {
    await sut.close();
    await Promise.all([postgres.stop(), redis.stop()]);
    rmSync(root, { recursive: true, force: true });
  });

  const timed = async <T>(work: () => PromiseLike<T>): Promise<{ answer: T; ms: number }> => {
    const started = performance.now();
    const answer = await work();
    return { answer, ms: performance.now() - started };
  };

  it('answers 503 with Retry-After while PostgreSQL is down, /health within 500 ms, and recovers by itself', async () => {
    await postgres.stop();
    const list = await timed(() => sut.as(token).get('/cases'));
    expect(list.answer.status).toBe(503);
    expect(list.answer.headers['retry-after']).toBe('5');
    expect(list.answer.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('服务暂时不可用') as string });
    expect(list.ms).toBeLessThan(3000);
    const login = await sut.http().post('/auth/login').send({ username: 'v', password: PASSWORD });
    expect(login.status).toBe(503);
    const health = await timed(() => sut.http().get('/health'));
    expect(health.answer.status).toBe(503);
    expect(health.ms).toBeLessThan(500);

    postgres = await startLocalPostgres({ dataDir: join(root, 'postgres'), database: 'outage', durable: false, port: postgres.port });
    let back = 0;
    for (let attempt = 0; attempt < 50 && back !== 200; attempt += 1) {
      back = (await sut.as(token).get('/cases')).status;
      if (back !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(back).toBe(200);
  }, 60_000);

  it('keeps logging in and the public lookups working while Redis is down (rate limits let requests through), and /health says so within 500 ms', async () => {
    await redis.stop();
    const login = await sut.http().post('/auth/login').send({ username: 'v', password: PASSWORD });
    expect(login.status).toBe(200);
    const lookup = await sut.http().post('/board/case-lookup').type('form').send({ caseNumber: 'SB-2026-000001', id4: '0000' });
    expect(lookup.status).toBe(200);
    const health = await timed(() => sut.http().get('/health'));
    expect(health.answer.status).toBe(503);
    expect(health.answer.body).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'down' } });
    expect(health.ms).toBeLessThan(500);

    redis = await startLocalRedis({ dataDir: join(root, 'redis'), durable: false, port: redisPort });
    let healthy = 0;
    for (let attempt = 0; attempt < 50 && healthy !== 200; attempt += 1) {
      healthy = (await sut.http().get('/health')).status;
      if (healthy !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(healthy).toBe(200);
  }, 60_000);
});
