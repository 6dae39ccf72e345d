/** Where global-setup left the run's servers; read by every test file. */
export const TEMPLATE_DATABASE = 'jingzhun_template';

export interface TestServerUrls {
  adminUrl: string;
  databaseUrl(database: string): string;
  redisUrl: string;
}

export function testServerUrls(): TestServerUrls {
  const base = process.env.JINGZHUN_TEST_POSTGRES;
  const redisUrl = process.env.JINGZHUN_TEST_REDIS;
  if (!base || !redisUrl) throw new Error('The test servers are not running: run the tests with `npm test`.');
  return { adminUrl: `${base}/postgres`, databaseUrl: (database) => `${base}/${database}`, redisUrl };
}
