import type { Pool, PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';
import { CaseCommandService, SYSTEM_ACTOR, type CaseCommand, type CommandActor } from '../src/cases/case-command.service';
import { POLICY_IN_ROW } from '../src/cases/case-snapshot';
import { KeepPolicyOutOfSnapshots1796160700000 } from '../migrations/1796160700000-KeepPolicyOutOfSnapshots';
import { CasesService } from '../src/cases/cases.service';
import type { CaseView } from '../src/cases/case.view';
import { requireProcedure } from '../src/cases/procedures';
import { HouseholdEntity } from '../src/households/household.entity';
import { inLockOrder } from '../src/cases/lock-order';
import { sample, TO_CONFIRMED } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { aMember, type RegionTree } from './support/fixtures';
import { startIdentificationApp, villageActor } from './support/identification-app';
import type { TestApp } from './support/test-app';

/** Thrown to roll a transaction back with what it read. */
class Rollback extends Error {
  constructor(readonly state: unknown) {
    super('rolled back');
  }
}

/**
 * Issue 18: a batch is computed in memory and written with a constant number of statements. The
 * same commands applied one by one and as one batch to the same cases (each in a transaction
 * rolled back afterwards) leave the same cases, journal, outbox, deadlines, households and
 * visits, hashes included; only generated ids and the database's own times differ.
 */
describe('Set-based apply (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;
  let commands: CaseCommandService;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
    commands = sut.app.get(CaseCommandService, { strict: false });
  });

  afterAll(() => sut.close());

  /** Everything the commands write about `caseIds`, without generated ids and database times. */
  async function stateOf(tx: EntityManager, caseIds: string[]): Promise<unknown> {
    const read = (sql: string) => tx.query<unknown[]>(sql, [caseIds]);
    return {
      cases: await read(
        `SELECT id, snapshot, stage, phase, final, awaiting_role, stage_due_at, due_at, version, journal_sequence, journal_hash FROM procedure_case WHERE id = ANY($1) ORDER BY id`,
      ),
      journal: await read(
        `SELECT case_id, sequence, occurred_at, account_id, role, event_type, payload, stage_before, stage_after, machine_version, policy_version, previous_hash, hash FROM case_event WHERE case_id = ANY($1) ORDER BY id`,
      ),
      outbox: await read(`SELECT case_id, kind, payload - 'deadlineId' AS payload FROM outbox WHERE case_id = ANY($1) ORDER BY kind, case_id, payload::text`),
      deadlines: await read(`SELECT key, kind, due_at, case_id, notice_id, state, payload - 'visitId' AS payload FROM deadline WHERE case_id = ANY($1) ORDER BY key`),
      households: await read(
        `SELECT h.id, h.status, h.status_since, h.exit_year, h.monitoring_object_type, h.version FROM household h JOIN procedure_case c ON c.household_id = h.id WHERE c.id = ANY($1) ORDER BY h.id`,
      ),
      history: await read(
        `SELECT g.household_id, g.account_id, g.action, g.changes FROM household_change g JOIN procedure_case c ON c.household_id = g.household_id WHERE c.id = ANY($1) ORDER BY g.id`,
      ),
      visits: await read(`SELECT household_id, exit_case_id, due_on FROM follow_up_visit WHERE exit_case_id = ANY($1) ORDER BY exit_case_id, due_on`),
    };
  }

  /** The state after `work`, read in its transaction, which is then rolled back. */
  async function afterRolledBack(caseIds: string[], work: (tx: EntityManager) => Promise<void>): Promise<unknown> {
    try {
      await sut.dataSource.transaction(async (tx) => {
        await work(tx);
        throw new Rollback(await stateOf(tx, caseIds));
      });
    } catch (error) {
      if (error instanceof Rollback) return error.state;
      throw error;
    }
    throw new Error('not rolled back');
  }

  /** The commands one by one (each a batch of one, in the order a batch takes them), then as one batch. */
  async function bothWays(actor: CommandActor, batch: CaseCommand[]): Promise<{ oneByOne: unknown; together: unknown; statements: number }> {
    const caseIds = [...new Set(batch.map((command) => command.caseId))];
    const oneByOne = await afterRolledBack(caseIds, async (tx) => {
      for (const { item } of inLockOrder(batch, (command) => command.caseId)) await commands.apply(tx, actor, item.caseId, item.event);
    });
    let statements = 0;
    const together = await afterRolledBack(caseIds, async (tx) => {
      statements = await counted(tx, () => commands.applyEach(tx, actor, batch));
    });
    return { oneByOne, together, statements };
  }

  /** How many statements `work` sends on the transaction's connection (prepared or not: counted at pg's client). */
  async function counted(tx: EntityManager, work: () => Promise<unknown>): Promise<number> {
    const runner = tx.queryRunner;
    if (!runner) throw new Error('no query runner');
    const client = (await runner.connect()) as { query: (...args: unknown[]) => unknown };
    const query = client.query.bind(client);
    let statements = 0;
    client.query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
    try {
      await work();
    } finally {
      client.query = query;
    }
    return statements;
  }

  it('records group reviews and appraisals (two commands on one case, a rejection, new time limits) alike both ways', async () => {
    const drivers = await Promise.all([0, 1, 2, 3].map(() => CaseDriver.openCase(sut, tokens, tree, clock)));
    for (const driver of drivers) await driver.run(sample.submit());
    const [recommended, rejected, ...more] = drivers.map((driver) => driver.caseId) as [string, string, ...string[]];
    const event = ({ occurredAt: _time, ...rest }: { occurredAt: string; type: string }) => rest;
    const batch: CaseCommand[] = [
      { caseId: recommended, event: event(sample.groupReview(true)) },
      { caseId: rejected, event: event(sample.groupReview(false)) },
      ...more.map((caseId) => ({ caseId, event: event(sample.groupReview(true)) })),
      { caseId: recommended, event: event(sample.appraisal()) },
    ];
    const { oneByOne, together, statements } = await bothWays(await villageActor(sut, tree), batch);
    expect(together).toEqual(oneByOne);
    const state = together as { cases: { stage: string; final: boolean }[]; journal: unknown[]; deadlines: unknown[]; outbox: unknown[] };
    expect(state.journal).toHaveLength(4 * 2 + 5);
    expect(state.cases.map((row) => row.stage).sort()).toEqual(['democratic_appraisal', 'democratic_appraisal', 'rejected', 'verification']);
    expect(state.outbox.length).toBeGreaterThan(0);
    // The cases locked in one statement, the batch written in one.
    expect(statements).toBe(2);
  });

  it('ends county announcements (households registered, limits cancelled) alike both ways', async () => {
    const drivers = await Promise.all([0, 1, 2, 3].map(() => CaseDriver.openCase(sut, tokens, tree, clock)));
    for (const driver of drivers.slice(0, 3)) await driver.run(...TO_CONFIRMED.slice(0, -1));
    // One more at the township's publicity: its end starts the county review's time limit.
    await drivers[3]?.run(...TO_CONFIRMED.slice(0, 8));
    clock.advance(30 * 24 * 3600 * 1000);
    const batch = drivers.map((driver) => ({ caseId: driver.caseId, event: { type: 'PUBLICITY_WINDOW_ENDED' } }));
    const { oneByOne, together, statements } = await bothWays(SYSTEM_ACTOR, batch);
    expect(together).toEqual(oneByOne);
    const state = together as { cases: { stage: string }[]; households: { status: string }[]; history: { action: string }[]; deadlines: { kind: string; state: string }[] };
    expect(state.cases.map((row) => row.stage).sort()).toEqual(['confirmed', 'confirmed', 'confirmed', 'county_review']);
    expect(state.households.map((household) => household.status).sort()).toEqual(['none', 'registered', 'registered', 'registered']);
    expect(state.deadlines).toContainEqual(expect.objectContaining({ kind: 'time_limit_overdue', state: 'pending' }));
    expect(state.history.filter((entry) => entry.action === 'status_changed')).toHaveLength(3);
    // Locked, the households read, then written: three statements for any number of cases.
    expect(statements).toBe(3);
  });

  it('opens many cases with a constant number of statements, passing over a household whose case opened meanwhile', async () => {
    const households: HouseholdEntity[] = [];
    for (let index = 0; index < 12; index += 1) {
      const created = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember()] });
      households.push(await sut.dataSource.getRepository(HouseholdEntity).findOneByOrFail({ id: (created.body as { id: string }).id }));
    }
    const lead = (reasons: string) => ({ reasons, channel: 'department_alert', riskType: 'illness', reporter: { name: '医保局', phone: null } });
    // A clerk opened the first household's lead already.
    const [first] = households as [HouseholdEntity];
    const earlier = await sut.as(tokens.village).post('/cases').send({ householdId: first.id, procedure: 'risk_lead', application: { reasons: '村里反映', channel: 'other', riskType: 'illness' } });
    expect(earlier.status).toBe(201);
    const cases = sut.app.get(CasesService, { strict: false });
    const actor = { ...SYSTEM_ACTOR, accountId: (await villageActor(sut, tree)).accountId };
    const { opened, statements, journal } = (await afterRolledBack([], async (tx) => {
      let outcomes: Awaited<ReturnType<CasesService['openMany']>> = [];
      const statements = await counted(tx, async () => {
        outcomes = await cases.openMany(tx, actor, requireProcedure('risk_lead'), households.map((household) => ({ household, application: lead('医保筛查预警') })));
      });
      const ids = outcomes.flatMap((outcome) => (outcome.row ? [outcome.row.id] : []));
      const journal = await tx.query<{ event_type: string; sequence: number }[]>(`SELECT event_type, sequence FROM case_event WHERE case_id = ANY($1) ORDER BY id`, [ids]);
      throw new Rollback({ opened: outcomes.map((outcome) => (outcome.row ? outcome.row.caseNumber : outcome.error.code)), statements, journal });
    })) as { opened: string[]; statements: number; journal: { event_type: string; sequence: number }[] };
    expect(opened[0]).toBe('CASE_ALREADY_OPEN');
    expect(opened.slice(1).every((number) => /^[A-Z]+-\d{4}-\d{6}$/.test(number))).toBe(true);
    expect(new Set(opened.slice(1)).size).toBe(11);
    expect(journal).toEqual(Array.from({ length: 11 }, () => ({ event_type: 'CASE_OPENED', sequence: 1 })));
    // The cases inserted, the case opened meanwhile, the journal and effects (the county's policy is in memory since the clerk's case).
    expect(statements).toBe(3);
  });

  it('reads the cases of one policy with one policy object among them, which nothing can change', async () => {
    const drivers = await Promise.all(Array.from({ length: 3 }, () => CaseDriver.openCase(sut, tokens, tree, clock)));
    const policies = (await afterRolledBack([], async (tx) => {
      const rows = await commands.lock(tx, drivers.map((driver) => driver.caseId));
      throw new Rollback([...rows.values()].map((row) => row.policy));
    })) as object[];
    expect(policies).toHaveLength(3);
    expect(new Set(policies).size).toBe(1);
    expect(policies[0]).toEqual((await sut.dataSource.query<{ policy: object }[]>('SELECT policy FROM procedure_case WHERE id = $1', [drivers[0]?.caseId]))[0]?.policy);
    expect(Object.isFrozen(policies[0])).toBe(true);
  });

  it("plans a single command's statements once per connection, not at every command", async () => {
    const drivers = await Promise.all(Array.from({ length: 8 }, () => CaseDriver.openCase(sut, tokens, tree, clock)));
    for (const driver of drivers) await driver.run(sample.submit());
    const actor = await villageActor(sut, tree);
    const { occurredAt: _time, ...event } = sample.groupReview(true);
    const plans = (await afterRolledBack([], async (tx) => {
      for (const driver of drivers) await commands.apply(tx, actor, driver.caseId, event);
      throw new Rollback(await tx.query(`SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements WHERE left(name, 3) = 'jz_'`));
    })) as { statement: string; generic_plans: string; custom_plans: string }[];
    const often = plans.filter((plan) => Number(plan.generic_plans) + Number(plan.custom_plans) >= drivers.length);
    // The case locked, the batch of one written and the answer read: prepared on the connection, and after PostgreSQL's five custom plans, planned no more.
    // (In this small database even an array's generic plan wins; in the bench's, only the single row's ARRAY[$n] does: BENCHMARKS.md.)
    expect(often.map((plan) => plan.statement)).toEqual(
      expect.arrayContaining([expect.stringMatching(/ FROM procedure_case c WHERE c\.id = \$1 FOR UPDATE$/), expect.stringMatching(/^SELECT json_build_object\('id', h\./), expect.stringMatching(/^WITH /)]),
    );
    for (const plan of often) expect(Number(plan.generic_plans)).toBeGreaterThan(0);
  });

  it("sends two statements for a person's command, and answers with the case's view", async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    // Every statement of the request, on whichever pooled connection it takes: counted at pg's client.
    const pool = (sut.dataSource.driver as unknown as { master: Pool }).master;
    const wrapped = new Map<PoolClient, PoolClient['query']>();
    let statements = 0;
    const count = (client: PoolClient) => {
      if (wrapped.has(client)) return;
      const query = client.query.bind(client);
      wrapped.set(client, client.query);
      client.query = ((...args: Parameters<typeof query>) => {
        statements += 1;
        return query(...args);
      }) as PoolClient['query'];
    };
    pool.on('acquire', count);
    const answer = await driver.send(sample.submit()).finally(() => {
      pool.off('acquire', count);
      for (const [client, query] of wrapped) client.query = query;
    });
    // The case read with what the answer shows around it (1), the batch written (1), with no transaction around them; the account comes from memory.
    expect({ status: answer.status, statements }).toEqual({ status: 201, statements: 2 });
    const { updatedAt: _answered, ...answered } = answer.body as CaseView;
    const { updatedAt: _read, ...read } = await driver.view();
    expect(answered).toEqual(read);
    expect(answered).toMatchObject({ stage: { code: 'group_review' }, household: { id: driver.householdId, size: 1, status: 'none' } });
  });

  it('keeps the county policy in the row, not in every snapshot; snapshots written before are rewritten to name it', async () => {
    const [named, differing] = await Promise.all([0, 1].map(() => CaseDriver.openCase(sut, tokens, tree, clock)));
    if (!named || !differing) throw new Error('two cases');
    await named.run(sample.submit());
    const policyOf = async (id: string) => (await sut.dataSource.query<{ policy: unknown }[]>(`SELECT snapshot #> '{context,policy}' AS policy FROM procedure_case WHERE id = $1`, [id]))[0]?.policy;
    expect(await policyOf(named.caseId)).toBe(POLICY_IN_ROW);
    // As written before: a copy of the row's policy in the snapshot, and one that differs from it (kept).
    await sut.dataSource.query(`UPDATE procedure_case SET snapshot = jsonb_set(snapshot, '{context,policy}', policy) WHERE id = $1`, [named.caseId]);
    await sut.dataSource.query(`UPDATE procedure_case SET snapshot = jsonb_set(snapshot, '{context,policy}', jsonb_set(policy, '{reviewReminderDays}', '5')) WHERE id = $1`, [differing.caseId]);
    const runner = sut.dataSource.createQueryRunner();
    await new KeepPolicyOutOfSnapshots1796160700000().up(runner).finally(() => runner.release());
    expect(await policyOf(named.caseId)).toBe(POLICY_IN_ROW);
    expect(await policyOf(differing.caseId)).toMatchObject({ reviewReminderDays: 5 });
    // Both go on, each from its own policy.
    expect((await named.run(sample.groupReview(true))).stage.code).toBe('democratic_appraisal');
    expect((await differing.run(sample.submit())).stage.code).toBe('group_review');
  });

  it('refuses the whole batch on its first refusal, in lock order, and writes nothing', async () => {
    const drivers = await Promise.all([0, 1].map(() => CaseDriver.openCase(sut, tokens, tree, clock)));
    await drivers[0]?.run(sample.submit());
    const ids = drivers.map((driver) => driver.caseId);
    const before = await sut.dataSource.query<unknown[]>(`SELECT id, version, journal_hash FROM procedure_case WHERE id = ANY($1) ORDER BY id`, [ids]);
    const actor = await villageActor(sut, tree);
    const attempt = sut.dataSource.transaction((tx) => commands.applyEach(tx, actor, ids.map((caseId) => ({ caseId, event: { type: 'SUBMIT' } }))));
    await expect(attempt).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    expect(await sut.dataSource.query(`SELECT id, version, journal_hash FROM procedure_case WHERE id = ANY($1) ORDER BY id`, [ids])).toEqual(before);
  });
});
