import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { SystemClock } from './common/clock';
import { ConfigError, loadConfig } from './config/app-config';
import { runMigrations } from './database/migrate';
import { resolveRuntime } from './local-servers/local-servers';
import { LocalServerError } from './local-servers/supervised-process';

/**
 * `npm run start:worker`: the outbox relay, deadline reconciliation and queue workers, no HTTP.
 * For deployments on real servers, as many as needed; `npm start` already runs one in-process.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.DATABASE_URL === undefined || config.REDIS_URL === undefined) {
    throw new ConfigError('start:worker needs DATABASE_URL and REDIS_URL (and JWT_SECRET); `npm start` runs a worker in-process for the local demo.');
  }
  const runtime = await resolveRuntime(config);
  await runMigrations(runtime.settings.databaseUrl);
  const app = await NestFactory.createApplicationContext(AppModule.register(runtime.settings, new SystemClock(), { api: false, worker: true }), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  console.log('jingzhun worker running. Press Ctrl-C to stop.');
  // Running jobs finish (or are left to be retried: a job is applied whole or not at all).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      const overdue = setTimeout(() => {
        console.error(`Stop after ${signal} ran over ${config.SHUTDOWN_TIMEOUT_MS} ms; jobs still running are retried by another worker`);
        process.exit(1);
      }, config.SHUTDOWN_TIMEOUT_MS);
      void app.close().then(
        () => {
          clearTimeout(overdue);
          process.exit(0);
        },
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof LocalServerError ? error.message : error);
  process.exit(1);
});
