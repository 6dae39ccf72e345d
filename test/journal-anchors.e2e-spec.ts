import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rowHash, verifyJournal, type EntryRow } from '../src/audit/journal-verification';
import { GENESIS_HASH } from '../src/cases/journal-hash';
import { sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { createAccount, PASSWORD, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

/** The journal against its own administrator: an edit with every hash recomputed is caught by the checkpoints outside the database. */
describe('Journal checkpoints outside the database (e2e)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jingzhun-anchor-'));
  const file = join(dir, 'journal-anchors.jsonl');
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;
  let admin = '';

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ journalAnchorFile: file }));
    await createAccount(sut.dataSource, 'anchor-admin', 'admin', null);
    admin = await sut.login('anchor-admin', PASSWORD);
  });

  afterAll(async () => {
    await sut.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What a superuser can do: triggers off, an entry edited, every hash after it recomputed. */
  async function rewrite(caseId: string, sequence: number, payload: Record<string, unknown>): Promise<void> {
    await sut.dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL session_replication_role = replica`);
      await tx.query('UPDATE case_event SET payload = $3 WHERE case_id = $1 AND sequence = $2', [caseId, sequence, payload]);
      const entries = await tx.query<EntryRow[]>('SELECT * FROM case_event WHERE case_id = $1 ORDER BY sequence', [caseId]);
      let previous = GENESIS_HASH;
      for (const entry of entries) {
        const hash = rowHash(previous, caseId, entry);
        await tx.query('UPDATE case_event SET previous_hash = $3, hash = $4 WHERE case_id = $1 AND sequence = $2', [caseId, entry.sequence, previous, hash]);
        previous = hash;
      }
    });
  }

  it('reports every case rewritten after a checkpoint, with its entry, where the chains alone say intact', async () => {
    const drivers = [await CaseDriver.openCase(sut, tokens, tree, clock), await CaseDriver.openCase(sut, tokens, tree, clock), await CaseDriver.openCase(sut, tokens, tree, clock)];
    for (const driver of drivers) await driver.run(sample.submit(), sample.groupReview(true));
    const checkpoint = await sut.as(admin).post('/audit/journal/anchor');
    expect(checkpoint.status).toBe(200);
    expect((checkpoint.body as { heads: number }).heads).toBeGreaterThanOrEqual(3);

    const [first, second, untouched] = drivers as [CaseDriver, CaseDriver, CaseDriver];
    await rewrite(first.caseId, 3, { meetingId: 'm', groupId: null, recommended: true, reason: '改写' });
    await rewrite(second.caseId, 2, { note: '补记' });
    // The chains verify by themselves: this is what the checkpoints are for.
    expect(await verifyJournal(sut.dataSource, null)).toMatchObject({ intact: true, brokenCases: 0 });

    const report = (await sut.as(admin).get('/audit/journal/verify')).body as { intact: boolean; brokenCases: number; broken: { caseId: string; sequence: number; reason: string }[]; anchors: { lines: number; forged: number } };
    expect(report).toMatchObject({ intact: false, brokenCases: 2, anchors: { lines: 1, forged: 0 } });
    expect(report.broken.map((entry) => entry.caseId).sort()).toEqual([first.caseId, second.caseId].sort());
    expect(report.broken.every((entry) => entry.reason.includes('checkpoint'))).toBe(true);
    expect(report.broken.map((entry) => entry.caseId)).not.toContain(untouched.caseId);

    // Needs only the database and the key (no JWT_SECRET); lists both cases.
    let output = '';
    let code = 0;
    try {
      execFileSync(process.execPath, [join(__dirname, '..', 'dist', 'scripts', 'verify-journal.js')], {
        env: { PATH: process.env.PATH, DATABASE_URL: sut.settings.databaseUrl, JOURNAL_ANCHOR_KEY: sut.settings.journalAnchor?.key, JOURNAL_ANCHOR_FILE: file },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      code = (error as { status: number }).status;
      output = String((error as { stderr: string }).stderr);
    }
    expect(code).toBe(1);
    expect(output).toContain('Journal BROKEN: 2 of');
    expect(output).toContain(first.caseId);
    expect(output).toContain(second.caseId);
  });

  it('takes a forged checkpoint line for what it is', async () => {
    appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), heads: [], previous: '', signature: 'f'.repeat(64) })}\n`);
    const report = (await sut.as(admin).get('/audit/journal/verify')).body as { intact: boolean; anchors: { forged: number } };
    expect(report).toMatchObject({ intact: false, anchors: { forged: 1 } });
  });
});
