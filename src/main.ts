import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { SystemClock } from './common/clock';
import { ConfigError, loadConfig } from './config/app-config';
import { configureApp } from './configure-app';
import { runMigrations } from './database/migrate';
import { seedDemoCases } from './demo/demo-cases';
import { DemoClock } from './demo/demo-clock';
import { applyDemoWindow, DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo/demo-seed';
import { resolveRuntime } from './local-servers/local-servers';
import { LocalServerError } from './local-servers/supervised-process';
import type { Server } from 'node:http';
import { requestsInFlight, startDraining } from './common/draining';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const runtime = await resolveRuntime(config);
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await runtime.stop();
    process.exit(code);
  };

  try {
    await runMigrations(runtime.settings.databaseUrl);
    // The local demo's clock may be set back while the first start lays down its story (demo-cases.ts).
    const clock = runtime.localDatabase ? new DemoClock() : new SystemClock();
    const app = await NestFactory.create<NestExpressApplication>(AppModule.register(runtime.settings, clock), {
      bufferLogs: true,
    });
    configureApp(app);
    // Demo data only on the private database this process runs, never on real servers.
    const seeded = runtime.localDatabase ? await seedDemo(app.get(DataSource), clock) : false;
    if (runtime.localDatabase) await applyDemoWindow(app.get(DataSource), config.DEMO_WINDOW_SECONDS ?? null);
    if (seeded && clock instanceof DemoClock) await seedDemoCases(app, clock);
    await app.listen(runtime.settings.port, runtime.settings.host);

    const url = `http://localhost:${runtime.settings.port}`;
    console.log(`\njingzhun is serving ${url}  (staff console ${url}/console, API docs ${url}/docs, health ${url}/health, queues ${url}/admin/queues)`);
    console.log(runtime.settings.runWorker ? 'Worker: running in this process.' : 'Worker: not in this process (RUN_WORKER=false).');
    if (runtime.localDatabase) {
      console.log(`${seeded ? 'Demo data loaded.' : 'Demo data already present.'} Demo accounts, password "${DEMO_PASSWORD}":`);
      for (const account of DEMO_ACCOUNTS) console.log(`  ${account.username.padEnd(12)} ${account.displayName}`);
      console.log(`Public boards: ${url}/board/450123100201 (青山村), 450123100202, 450123200201, 450123200202.`);
      if (config.DEMO_WINDOW_SECONDS) console.log(`Publicity windows of new cases last ${config.DEMO_WINDOW_SECONDS} seconds (DEMO_WINDOW_SECONDS).`);
    }
    console.log('Press Ctrl-C to stop.\n');

    // Stop taking work, let what is in flight finish, close queues, Redis and the pool; the
    // private servers are stopped after the app has closed, never from under it.
    const server: Server = app.getHttpServer();
    const shutdown = (signal: string) => {
      if (stopping) return;
      startDraining();
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      const overdue = setTimeout(() => {
        console.error(`Stop after ${signal} ran over ${config.SHUTDOWN_TIMEOUT_MS} ms; still open: ${requestsInFlight()} requests in flight`);
        server.closeAllConnections();
        void stop(1);
      }, config.SHUTDOWN_TIMEOUT_MS);
      void app
        .close()
        .then(
          () => stop(0),
          (error: unknown) => {
            console.error(error);
            return stop(1);
          },
        )
        .finally(() => {
          clearInterval(idle);
          clearTimeout(overdue);
        });
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => shutdown(signal));
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  // Problems a person can fix are said in one message; anything else keeps its stack.
  console.error(error instanceof ConfigError || error instanceof LocalServerError ? error.message : error);
  process.exit(1);
});
