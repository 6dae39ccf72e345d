import { FakeClock } from './fake-clock';
import { createAccount, PASSWORD, seedRegionTree, type RegionTree } from './fixtures';
import type { Tokens } from './case-driver';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app';

export interface IdentificationApp {
  sut: TestApp;
  tree: RegionTree;
  /** Staff of village A1, township A and the county. */
  tokens: Tokens;
  clock: FakeClock;
}

/**
 * The app, the region tree, and one clerk per level over village A1. By default on a clock the
 * test moves by hand; `realClock` runs the app on the system clock (the returned clock then
 * only dates what the tests write, like meeting days).
 */
export async function startIdentificationApp(options: Omit<TestAppOptions, 'clock'> & { realClock?: boolean; start?: string } = {}): Promise<IdentificationApp> {
  const clock = new FakeClock(options.realClock ? new Date() : new Date(options.start ?? '2026-03-02T02:00:00Z'));
  const sut = await startTestApp({ ...options, ...(options.realClock ? {} : { clock }) });
  const tree = await seedRegionTree(sut.dataSource);
  await createAccount(sut.dataSource, 'v', 'village', tree.villageA1);
  await createAccount(sut.dataSource, 't', 'township', tree.townshipA);
  await createAccount(sut.dataSource, 'c', 'county', tree.county);
  const tokens = { village: await sut.login('v', PASSWORD), township: await sut.login('t', PASSWORD), county: await sut.login('c', PASSWORD) };
  return { sut, tree, tokens, clock };
}
