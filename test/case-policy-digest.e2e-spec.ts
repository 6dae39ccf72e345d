import type { EntityManager } from 'typeorm';
import { KeepCasePolicyDigest1796161100000 } from '../migrations/1796161100000-KeepCasePolicyDigest';
import { CaseCommandService } from '../src/cases/case-command.service';
import type { CaseEntity } from '../src/cases/case.entity';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import type { RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

/**
 * A case row's policy on the command path (src/cases/case-rows.ts): read by its digest, which a
 * trigger keeps, and parsed once for every row that has the same policy.
 */
describe('Case policies by digest (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;
  let commands: CaseCommandService;
  let caseIds: string[];

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
    commands = sut.app.get(CaseCommandService, { strict: false });
    caseIds = [(await CaseDriver.openCase(sut, tokens, tree, clock)).caseId, (await CaseDriver.openCase(sut, tokens, tree, clock)).caseId];
  });

  afterAll(() => sut.close());

  /** The cases locked in a transaction, and the statements that read a policy's text meanwhile. */
  async function locked(): Promise<{ rows: CaseEntity[]; policyReads: number }> {
    return sut.dataSource.transaction(async (tx: EntityManager) => {
      const query = jest.spyOn(tx, 'query');
      const byId = await commands.lock(tx, caseIds);
      const policyReads = query.mock.calls.filter(([sql]) => String(sql).includes('policy::text')).length;
      query.mockRestore();
      return { rows: caseIds.map((id) => byId.get(id) as CaseEntity), policyReads };
    });
  }

  it('keeps the digest of the stored policy on every row, through inserts and changes', async () => {
    const check = `SELECT bool_and(policy_digest = sha256(jsonb_send(policy))) AS kept FROM procedure_case`;
    expect((await sut.dataSource.query<{ kept: boolean }[]>(check))[0]?.kept).toBe(true);
    await sut.dataSource.query(`UPDATE procedure_case SET policy = jsonb_set(policy, '{reviewReminderDays}', '97') WHERE id = $1`, [caseIds[1]]);
    expect((await sut.dataSource.query<{ kept: boolean }[]>(check))[0]?.kept).toBe(true);
    const digests = await sut.dataSource.query<{ digest: string }[]>(`SELECT encode(policy_digest, 'hex') AS digest FROM procedure_case WHERE id = ANY($1) ORDER BY id`, [caseIds]);
    expect(new Set(digests.map((row) => row.digest)).size).toBe(2);
    await sut.dataSource.query(`UPDATE procedure_case SET policy = (SELECT policy FROM procedure_case WHERE id = $2) WHERE id = $1`, [caseIds[1], caseIds[0]]);
  });

  it('gives the rows of one policy one frozen object, equal to what is stored', async () => {
    const { rows } = await locked();
    const [first, second] = rows as [CaseEntity, CaseEntity];
    expect(second.policy).toBe(first.policy);
    const [stored] = await sut.dataSource.query<{ policy: unknown }[]>(`SELECT policy FROM procedure_case WHERE id = $1`, [first.id]);
    expect(first.policy).toEqual(stored?.policy);
    expect(Object.isFrozen(first.policy)).toBe(true);
    expect(() => {
      (first.policy.identification as unknown as Record<string, unknown>).incomeMarginAboveLine = 1;
    }).toThrow(TypeError);
  });

  it("reads a policy not parsed yet once, for one row, and another policy's rows get their own object", async () => {
    await sut.dataSource.query(`UPDATE procedure_case SET policy = jsonb_set(policy, '{identification,incomeMarginAboveLine}', '345') WHERE id = $1`, [caseIds[1]]);
    const fresh = await locked();
    expect(fresh.policyReads).toBe(1);
    const [first, second] = fresh.rows as [CaseEntity, CaseEntity];
    expect(second.policy).not.toBe(first.policy);
    expect(second.policy.identification.incomeMarginAboveLine).toBe(345);
    expect(first.policy.identification.incomeMarginAboveLine).not.toBe(345);
    // Parsed now: the next read of the same rows reads no policy at all.
    const again = await locked();
    expect(again.policyReads).toBe(0);
    expect(again.rows[1]?.policy).toBe(second.policy);
  });

  it('fills in the digest of cases that existed before the migration, and commands go on', async () => {
    const runner = sut.dataSource.createQueryRunner();
    const migration = new KeepCasePolicyDigest1796161100000();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const [kept] = await sut.dataSource.query<{ kept: boolean; rows: string }[]>(`SELECT bool_and(policy_digest = sha256(jsonb_send(policy))) AS kept, count(*) AS rows FROM procedure_case`);
    expect(kept).toEqual({ kept: true, rows: expect.any(String) as string });
    expect(Number(kept?.rows)).toBeGreaterThanOrEqual(2);
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const [fresh] = await sut.dataSource.query<{ kept: boolean }[]>(`SELECT policy_digest = sha256(jsonb_send(policy)) AS kept FROM procedure_case WHERE id = $1`, [driver.caseId]);
    expect(fresh?.kept).toBe(true);
  });
});
