import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { type Clock, SystemClock } from '../../src/common/clock';
import { Settings, type SmsSettings } from '../../src/config/settings';
import { configureApp } from '../../src/configure-app';
import { DatabaseNoticesService, NOTICE_CHANNEL } from '../../src/database/database-notices.service';
import { ensureDatabase } from '../../src/local-servers/postgres-server';
import { runMigrations } from '../../src/database/migrate';
import { TEMPLATE_DATABASE, testServerUrls } from './test-servers';

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  settings: Settings;
  /** Requests without a token. */
  http(): TestAgent;
  /** Requests with this bearer token. */
  as(token: string): TestAgent;
  login(username: string, password: string): Promise<string>;
  /** Every database notice sent before this call has reached the app's caches. */
  noticesHeard(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  clock?: Clock;
  /** Point Redis elsewhere, e.g. at a port where nothing listens. */
  redisUrl?: string;
  /** Where journal checkpoints go (signed with a test key); none by default. */
  journalAnchorFile?: string;
  /** A database of the test's own servers (migrated here) instead of a copy of the run's template. */
  databaseUrl?: string;
  /** Run the outbox relay and the queue workers in the test app. */
  runWorker?: boolean;
  demo?: boolean;
  reconcileIntervalMs?: number;
  boardCacheMs?: number;
  boardCacheMb?: number;
  noticePartCases?: number;
  /** How often the outbox relay polls (20 ms unless told). */
  outboxPollMs?: number;
  /** A real SMS provider (pointed at a local server speaking its protocol); none: log-only. */
  sms?: SmsSettings;
  /** Extra controllers, for tests of cross-cutting behaviour (the error filter). */
  controllers?: NonNullable<Parameters<typeof Test.createTestingModule>[0]['controllers']>;
}

/** The whole app on a fresh copy of the migrated database, listening on no port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const urls = testServerUrls();
  const database = `test_${randomUUID().replaceAll('-', '')}`;
  if (options.databaseUrl) await runMigrations(options.databaseUrl);
  else await ensureDatabase(urls.adminUrl, database, TEMPLATE_DATABASE);
  const settings = Settings.of({
    port: 0,
    host: '127.0.0.1',
    dbConnectTimeoutMs: 1000,
    dbQueryTimeoutMs: 15_000,
    redisCommandTimeoutMs: 500,
    databaseUrl: options.databaseUrl ?? urls.databaseUrl(database),
    redisUrl: options.redisUrl ?? urls.redisUrl,
    redisPrefix: database,
    jwtSecret: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    jwtTtlSeconds: 3600,
    logLevel: 'silent',
    demo: options.demo ?? false,
    runWorker: options.runWorker ?? false,
    outboxPollMs: options.outboxPollMs ?? 20,
    reconcileIntervalMs: options.reconcileIntervalMs ?? 60_000,
    tallyFoldIntervalMs: 60_000,
    webhookAttempts: 3,
    webhookBackoffMs: 50,
    jobLockMs: 2000,
    boardCacheMs: options.boardCacheMs ?? 0,
    boardCacheMb: options.boardCacheMb ?? 8,
    // Longer than any test: a change must be heard, not waited out.
    accountCacheMs: 600_000,
    noticePartCases: options.noticePartCases ?? 200,
    metricsToken: 'test-metrics-token-0123456789',
    sms: options.sms ?? null,
    journalAnchor: options.journalAnchorFile ? { key: 'test-anchor-key-that-is-long-enough-0123456789', file: options.journalAnchorFile, intervalMs: 3_600_000 } : null,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(settings, options.clock ?? new SystemClock())],
    controllers: options.controllers ?? [],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureApp(app);
  await app.init();
  const server = app.getHttpServer() as Parameters<typeof request>[0];

  const login = async (username: string, password: string): Promise<string> => {
    const response = await request(server).post('/auth/login').send({ username, password });
    if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
    return (response.body as { accessToken: string }).accessToken;
  };
  return {
    app,
    dataSource: app.get(DataSource),
    settings,
    http: () => request(server),
    as: (token: string) => request.agent(server).auth(token, { type: 'bearer' }),
    login,
    noticesHeard: () => noticesHeard(app),
    close: () => app.close(),
  };
}

/** PostgreSQL delivers notices to a listener in commit order, whatever their channel: once one sent now is heard, so is every earlier one. */
async function noticesHeard(app: INestApplication): Promise<void> {
  const marker = `heard-${randomUUID()}`;
  const heard = new Promise<void>((resolve) => app.get(DatabaseNoticesService).subscribe(NOTICE_CHANNEL.boardChanged, { heard: (payload) => payload === marker && resolve(), reset: () => undefined }));
  await app.get(DataSource).query(`SELECT pg_notify($1, $2)`, [NOTICE_CHANNEL.boardChanged, marker]);
  await heard;
}
