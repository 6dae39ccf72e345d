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
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof LocalServerError ? error.message : error);
  process.exit(1);
});
