/**
 * Writes migrations/<timestamp>-<name>.ts with the SQL that brings a database migrated so
 * far up to the entities. Read the result before committing it, and add it to
 * migrations/index.ts. Usage: npm run migration:generate -- AddHouseholdRegistry
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/migrate';
import { startThrowawayServers } from '../src/local-servers/throwaway-servers';

function statement(query: string, parameters: unknown[] | undefined): string {
  const args = parameters && parameters.length > 0 ? `, ${JSON.stringify(parameters)}` : '';
  const text = query.includes('`') || query.includes('${') ? JSON.stringify(query) : `\`${query}\``;
  return `    await queryRunner.query(${text}${args});`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name that says what it does, e.g. AddHouseholdRegistry');
  }
  const servers = await startThrowawayServers('migration_source');
  try {
    const url = servers.postgres.url('migration_source');
    await runMigrations(url);
    const dataSource = new DataSource(dataSourceOptions(url, 1));
    await dataSource.initialize();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The entities and the migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const up = sql.upQueries.map((query) => statement(query.query, query.parameters)).join('\n');
    const down = [...sql.downQueries].reverse().map((query) => statement(query.query, query.parameters)).join('\n');
    const file = join(process.cwd(), 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
    );
    console.log(`Wrote ${file}; add ${className} to migrations/index.ts.`);
  } finally {
    await servers.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
