/** Fails when the entities need SQL that the migrations do not contain (style.md habit 8). */
import { pendingSchemaChanges, runMigrations } from '../src/database/migrate';
import { startThrowawayServers } from '../src/local-servers/throwaway-servers';

async function main(): Promise<void> {
  const servers = await startThrowawayServers('schema_check');
  try {
    const url = servers.postgres.url('schema_check');
    const applied = await runMigrations(url);
    const pending = await pendingSchemaChanges(url);
    if (pending.length > 0) {
      console.error('The entities and the migrations disagree. Missing from the migrations:');
      for (const query of pending) console.error(`  ${query}`);
      console.error('Run `npm run migration:generate -- <Name>` and review the result.');
      process.exitCode = 1;
      return;
    }
    console.log(`Schema check: ${applied.length} migrations applied, entities and migrations agree.`);
  } finally {
    await servers.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
