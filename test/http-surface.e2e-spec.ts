import { Controller, Get } from '@nestjs/common';
import { Public } from '../src/auth/public.decorator';
import { findFreePort } from '../src/local-servers/free-port';
import { createAccount, PASSWORD, seedRegionTree } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Stands in for a bug anywhere in the app. */
@Controller('test-fault')
class FaultyController {
  @Public()
  @Get()
  fail(): never {
    throw new Error('secret internal detail');
  }
}

describe('HTTP surface (e2e)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ controllers: [FaultyController] });
  });

  afterAll(() => sut.close());

  it('reports PostgreSQL and Redis as up', async () => {
    const response = await sut.http().get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('answers a fault with 500, a correlation id and no internals', async () => {
    const response = await sut.http().get('/test-fault').set('x-request-id', 'corr-123');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ code: 'INTERNAL_ERROR', message: expect.stringContaining('corr-123') as string, requestId: 'corr-123' });
    expect(response.text).not.toMatch(/secret internal detail|at .*\.ts/);
    expect(response.headers['x-request-id']).toBe('corr-123');
  });

  it('answers an unknown route with a Chinese 404', async () => {
    const response = await sut.http().get('/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND', message: '请求的资源不存在' });
  });

  it('shows the queue dashboard to admins only (HTTP Basic with their login)', async () => {
    await createAccount(sut.dataSource, 'root', 'admin', null);
    const tree = await seedRegionTree(sut.dataSource);
    await createAccount(sut.dataSource, 'county', 'county', tree.county);
    expect((await sut.http().get('/admin/queues/api/queues')).status).toBe(401);
    expect((await sut.http().get('/admin/queues/api/queues').auth('root', 'wrong password')).status).toBe(401);
    expect((await sut.http().get('/admin/queues/api/queues').auth('county', PASSWORD)).status).toBe(401);
    const board = await sut.http().get('/admin/queues/api/queues').auth('root', PASSWORD);
    expect(board.status).toBe(200);
    expect((board.body as { queues: { name: string }[] }).queues.map((queue) => queue.name).sort()).toEqual(['deadlines', 'imports', 'notifications', 'webhooks']);
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const json = await sut.http().get('/docs-json');
    expect(json.status).toBe(200);
    const paths = Object.keys((json.body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(expect.arrayContaining(['/health', '/auth/login', '/households', '/households/{id}', '/regions/import', '/accounts']));
    const ui = await sut.http().get('/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });
});

describe('Health without Redis (e2e)', () => {
  it('answers 503 and names Redis as down', async () => {
    const sut = await startTestApp({ redisUrl: `redis://127.0.0.1:${await findFreePort()}` });
    try {
      const response = await sut.http().get('/health');
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ status: 'degraded', postgres: { status: 'up' }, redis: { status: 'down' } });
    } finally {
      await sut.close();
    }
  });
});
