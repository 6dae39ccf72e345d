import { JOURNAL_HEADS } from '../migrations/1796151136731-KeepJournalHeadOnCase';
import { CaseCommandService } from '../src/cases/case-command.service';
import { sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import type { RegionTree } from './support/fixtures';
import { startIdentificationApp, villageActor } from './support/identification-app';
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

  /**
   * A single command reads its case without a lock and writes in one statement. Here another
   * command (SUBMIT, in a transaction held open) writes the case after the single command (a
   * withdrawal) read it and before its write lands.
   */
  async function raceAfterRead(caseId: string, send: () => Promise<{ status: number; body: unknown }>): Promise<{ status: number; body: unknown }> {
    const actor = await villageActor(sut, tree);
    const other = sut.dataSource.createQueryRunner();
    await other.startTransaction();
    try {
      await sut.app.get(CaseCommandService, { strict: false }).applyEach(other.manager, actor, [{ caseId, event: { type: 'SUBMIT' } }]);
      const single = send();
      // Its write waits on the row the other command holds: it has read the case as it was.
      for (let waited = 0; ; waited += 1) {
        const [{ waiting } = { waiting: 0 }] = await sut.dataSource.query<{ waiting: number }[]>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'WITH%'`,
        );
        if (waiting > 0) break;
        if (waited > 200) throw new Error('the single command never reached its write');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await other.commitTransaction();
      return await single;
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
  }

  it('computes a single command again from the case as it stands when another wrote it meanwhile', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const withdrawn = await raceAfterRead(driver.caseId, () => driver.send(sample.withdraw()));
    expect(withdrawn.status).toBe(201);
    expect(withdrawn.body).toMatchObject({ version: 3, stage: { code: 'withdrawn' } });
    const journal = await sut.dataSource.query<{ event_type: string; stage_before: string | null; stage_after: string }[]>(
      `SELECT event_type, stage_before, stage_after FROM case_event WHERE case_id = $1 ORDER BY sequence`,
      [driver.caseId],
    );
    // The withdrawal follows the submission it did not see when it first read the case.
    expect(journal.map((entry) => entry.event_type)).toEqual(['CASE_OPENED', 'SUBMIT', 'WITHDRAW']);
    expect(journal[1]?.stage_before).toBe('application');
    expect(journal[2]?.stage_before).toBe(journal[1]?.stage_after);
    expect((await sut.as(tokens.county).get('/audit/journal/verify')).body).toMatchObject({ intact: true });
  });

  it('refuses a single command the case no longer takes once another wrote it meanwhile, and writes nothing', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const again = await raceAfterRead(driver.caseId, () => driver.send(sample.submit()));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
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
