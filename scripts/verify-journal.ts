/**
 * npm run audit:verify: walks every case's journal chain. Uses DATABASE_URL, or the local
 * demo database under DATA_DIR. Exit 0 when every chain is intact, 1 naming the first break.
 */
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { verifyJournal } from '../src/audit/journal-verification';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runningLocalPostgresUrl, startLocalPostgres, type LocalPostgres } from '../src/local-servers/postgres-server';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const dataDir = join(resolve(config.DATA_DIR), 'postgres');
  // Use the service's running local server if there is one; start it only when there is none.
  let url = config.DATABASE_URL ?? runningLocalPostgresUrl(dataDir, 'jingzhun');
  let local: LocalPostgres | null = null;
  if (url === null) {
    local = await startLocalPostgres({ dataDir, database: 'jingzhun', durable: true });
    url = local.url('jingzhun');
  }
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  try {
    await dataSource.initialize();
    const report = await verifyJournal(dataSource, null);
    if (report.intact) {
      console.log(`Journal intact: ${report.entriesChecked} entries in ${report.casesChecked} cases.`);
    } else {
      const broken = report.firstBroken;
      console.error(`Journal BROKEN at case ${broken?.caseId ?? '?'}, entry ${broken?.sequence ?? '?'}: ${broken?.reason ?? ''}`);
      process.exitCode = 1;
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await local?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
