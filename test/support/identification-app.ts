import { FakeClock } from './fake-clock';
import { createAccount, PASSWORD, seedRegionTree, type RegionTree } from './fixtures';
import type { Tokens } from './identification-driver';
import { startTestApp, type TestApp } from './test-app';

export interface IdentificationApp {
  sut: TestApp;
  tree: RegionTree;
  /** Staff of village A1, township A and the county. */
  tokens: Tokens;
  clock: FakeClock;
}

/** The app on a hand-moved clock, the region tree, and one clerk per level over village A1. */
export async function startIdentificationApp(): Promise<IdentificationApp> {
  const clock = new FakeClock(new Date('2026-03-02T02:00:00Z'));
  const sut = await startTestApp({ clock });
  const tree = await seedRegionTree(sut.dataSource);
  await createAccount(sut.dataSource, 'v', 'village', tree.villageA1);
  await createAccount(sut.dataSource, 't', 'township', tree.townshipA);
  await createAccount(sut.dataSource, 'c', 'county', tree.county);
  const tokens = { village: await sut.login('v', PASSWORD), township: await sut.login('t', PASSWORD), county: await sut.login('c', PASSWORD) };
  return { sut, tree, tokens, clock };
}
