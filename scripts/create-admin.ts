/**
 * The first administrator of an installation on real servers (the local demo seeds its own).
 * Usage: ADMIN_PASSWORD='…' DATABASE_URL=… npm run admin:create -- <username>
 */
import { DataSource } from 'typeorm';
import { StaffAccountEntity } from '../src/accounts/staff-account.entity';
import { hashPassword } from '../src/auth/password';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/migrate';

async function main(): Promise<void> {
  const [username] = process.argv.slice(2);
  const password = process.env.ADMIN_PASSWORD ?? '';
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the installation\'s database.');
  if (!username || !/^[a-z0-9][a-z0-9._-]{2,63}$/.test(username)) throw new Error('Give a user name: lower-case letters, digits, . _ -, 3 to 64 characters.');
  if (password.length < 10) throw new Error('Set ADMIN_PASSWORD to a password of at least 10 characters.');
  await runMigrations(url);
  const dataSource = new DataSource(dataSourceOptions(url, 1));
  await dataSource.initialize();
  try {
    const accounts = dataSource.getRepository(StaffAccountEntity);
    await accounts.save(accounts.create({ username, displayName: '系统管理员', role: 'admin', regionId: null, passwordHash: await hashPassword(password) }));
    console.log(`Administrator ${username} created.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
