import { ensureDatabase } from '../../src/local-servers/postgres-server';
import { startThrowawayServers, type ThrowawayServers } from '../../src/local-servers/throwaway-servers';
import { runMigrations } from '../../src/database/migrate';
import { TEMPLATE_DATABASE } from './test-servers';

declare global {
  var jingzhunTestServers: ThrowawayServers | undefined;
}

/**
 * One PostgreSQL and one Redis for the run. Migrations run once into a template database;
 * each test file copies it into a database of its own (CREATE DATABASE … TEMPLATE).
 */
export default async function globalSetup(): Promise<void> {
  const servers = await startThrowawayServers(TEMPLATE_DATABASE);
  globalThis.jingzhunTestServers = servers;
  const templateUrl = servers.postgres.url(TEMPLATE_DATABASE);
  await ensureDatabase(servers.postgres.url('postgres'), TEMPLATE_DATABASE);
  await runMigrations(templateUrl);
  // Workers inherit the environment of the process that runs this setup.
  process.env.JINGZHUN_TEST_POSTGRES = servers.postgres.url('').replace(/\/$/, '');
  process.env.JINGZHUN_TEST_REDIS = servers.redis.url;
}
