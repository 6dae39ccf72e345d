import type { Actor } from '../../src/common/actor';
import { jurisdictionPrefix } from '../../src/regions/region-code.util';
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

/** Village A1's clerk as the services see an actor, for tests that call them directly. */
export async function villageActor(sut: TestApp, tree: RegionTree): Promise<Actor> {
  const [account] = await sut.dataSource.query<{ id: string }[]>(`SELECT id FROM staff_account WHERE username = 'v'`);
  return { accountId: account?.id ?? '', username: 'v', role: 'village', scopePrefix: jurisdictionPrefix('village', tree.villageA1.code), action: 'POST /test', requestId: 'test' };
}
