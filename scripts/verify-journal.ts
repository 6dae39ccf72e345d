/**
 * npm run audit:verify: walks every case's journal chain and checks it against the signed
 * checkpoints outside the database. Needs only the database (DATABASE_URL, or the local demo
 * database under DATA_DIR) and the checkpoint key (JOURNAL_ANCHOR_KEY, or the demo's under
 * DATA_DIR). Exit 0 when intact, 1 listing every broken case.
 */
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { readAnchors } from '../src/audit/journal-anchors';
import { verifyJournal } from '../src/audit/journal-verification';
import { dataSourceOptions } from '../src/database/data-source-options';
import { journalAnchorSettings } from '../src/local-servers/local-servers';
import { runningLocalPostgresUrl, startLocalPostgres, type LocalPostgres } from '../src/local-servers/postgres-server';

const given = (name: string): string | undefined => (process.env[name] ? process.env[name] : undefined);

async function main(): Promise<void> {
  const dataDir = resolve(given('DATA_DIR') ?? '.data');
  const postgresDir = join(dataDir, 'postgres');
  const configuredUrl = given('DATABASE_URL');
  // Use the service's running local server if there is one; start it only when there is none.
  let url = configuredUrl ?? runningLocalPostgresUrl(postgresDir, 'jingzhun');
  let local: LocalPostgres | null = null;
  if (url === null) {
    local = await startLocalPostgres({ dataDir: postgresDir, database: 'jingzhun', durable: true });
    url = local.url('jingzhun');
  }
  const anchor = journalAnchorSettings({ JOURNAL_ANCHOR_KEY: given('JOURNAL_ANCHOR_KEY'), JOURNAL_ANCHOR_FILE: given('JOURNAL_ANCHOR_FILE'), JOURNAL_ANCHOR_INTERVAL_MS: 0 }, dataDir, configuredUrl === undefined);
  const anchors = anchor ? readAnchors(anchor.file, anchor.key) : null;
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  try {
    await dataSource.initialize();
    const report = await verifyJournal(dataSource, null, anchors);
    const anchored = report.anchors ? `checked against ${report.anchors.casesAnchored} anchored heads (${report.anchors.lines} checkpoints, last ${report.anchors.lastAt ?? 'none'})` : 'no checkpoints (JOURNAL_ANCHOR_KEY not set)';
    if (report.intact) {
      console.log(`Journal intact: ${report.entriesChecked} entries in ${report.casesChecked} cases, ${anchored}.`);
      return;
    }
    console.error(`Journal BROKEN: ${report.brokenCases} of ${report.casesChecked} cases${report.anchors?.forged ? `, ${report.anchors.forged} forged checkpoint lines` : ''}; ${anchored}.`);
    for (const broken of report.broken) console.error(`  case ${broken.caseId}, entry ${broken.sequence}: ${broken.reason}`);
    process.exitCode = 1;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await local?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
