import { JOURNAL_HEADS } from '../migrations/1796151136731-KeepJournalHeadOnCase';
import { sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import type { RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

/** A case names its journal's newest entry, and each command chains to it from the row it locks. */
describe('The journal head on the case row (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
  });

  afterAll(() => sut.close());

  const heads = (caseIds: string[]) =>
    sut.dataSource.query<{ id: string; journal_sequence: number; journal_hash: string; sequence: number; hash: string }[]>(
      `SELECT c.id, c.journal_sequence, c.journal_hash, e.sequence, e.hash FROM procedure_case c
         JOIN LATERAL (SELECT sequence, hash FROM case_event WHERE case_id = c.id ORDER BY sequence DESC LIMIT 1) e ON true
        WHERE c.id = ANY($1::uuid[]) ORDER BY c.id`,
      [caseIds],
    );

  it('keeps the newest entry on the case through every command, and the journal verifies', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal());
    const [head] = await heads([driver.caseId]);
    expect(head).toMatchObject({ journal_sequence: 4, sequence: 4 });
    expect(head?.journal_hash).toBe(head?.hash);
    expect((await sut.as(tokens.county).get('/audit/journal/verify')).body).toMatchObject({ intact: true });
  });

  it('chains two commands sent at once on one case: one applies, the other is refused, nothing breaks', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const [first, second] = await Promise.all([driver.send(sample.submit()), driver.send(sample.submit())]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const [head] = await heads([driver.caseId]);
    expect(head).toMatchObject({ journal_sequence: 2, sequence: 2 });
    expect((await sut.as(tokens.county).get('/audit/journal/verify')).body).toMatchObject({ intact: true });
  });

  it('is rebuilt from the journal by the migration for cases that ran before it', async () => {
    const drivers = [await CaseDriver.openCase(sut, tokens, tree, clock), await CaseDriver.openCase(sut, tokens, tree, clock)];
    await drivers[0]?.run(sample.submit(), sample.groupReview(true));
    const ids = drivers.map((driver) => driver.caseId);
    const before = await heads(ids);
    await sut.dataSource.query(`UPDATE procedure_case SET journal_sequence = 0, journal_hash = repeat('0', 64) WHERE id = ANY($1::uuid[])`, [ids]);
    await sut.dataSource.query(JOURNAL_HEADS);
    expect(await heads(ids)).toEqual(before);
    // And commands go on chaining after the rebuild.
    expect((await drivers[1]?.send(sample.submit()))?.status).toBe(201);
    expect((await sut.as(tokens.county).get('/audit/journal/verify')).body).toMatchObject({ intact: true });
  });
});
