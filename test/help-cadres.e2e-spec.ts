import { addDays, addMonths } from '../workflows/policy';
import { chinaDate } from '../src/common/clock';
import { DeadlineFiringService } from '../src/worker/deadline-firing.service';
import type { Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { aMember, createAccount, PASSWORD, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

interface Help {
  current: { cadreId: string; cadreName: string; startsOn: string } | null;
  pairings: { cadreName: string; startsOn: string; endsOn: string | null; endReason: string | null }[];
  visits: { cadreName: string; visitedOn: string; findings: string }[];
  nextDueOn: string | null;
  state: string;
}

/** 结对帮扶 on a clock the test moves (Monday 2 March 2026): pairing with history, visits on the county's rhythm, reminders. */
describe('Help cadres and their visits (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;
  let cadres: { a: string; b: string };
  let cadreToken: string;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ start: '2026-03-02T02:00:00Z', runWorker: true, reconcileIntervalMs: 3_600_000 }));
    const account = await createAccount(sut.dataSource, 'cadre-li', 'village', tree.villageA1);
    cadreToken = await sut.login('cadre-li', PASSWORD);
    const a = await sut.as(tokens.county).post('/help-cadres').send({ name: '李明', unit: '县农业农村局', phone: '13912345678', accountId: account.id });
    expect(a.status).toBe(201);
    const b = await sut.as(tokens.county).post('/help-cadres').send({ name: '王芳', unit: '县教育局', phone: '13987654321' });
    cadres = { a: (a.body as { id: string }).id, b: (b.body as { id: string }).id };
  });

  afterAll(() => sut.close());

  const today = () => chinaDate(clock.now());
  const household = async (status: string) => {
    const created = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: `帮扶${status}` })] });
    const id = (created.body as { id: string }).id;
    await sut.dataSource.query(`UPDATE household SET status = $2, status_since = '2025-06-01' WHERE id = $1`, [id, status]);
    return id;
  };
  const help = async (id: string) => (await sut.as(tokens.township).get(`/households/${id}/help`)).body as Help;
  const deadlines = (id: string) =>
    sut.dataSource.query<{ id: string; kind: string; due_at: Date; state: string }[]>(
      `SELECT d.id, d.kind, d.due_at, d.state FROM deadline d JOIN cadre_pairing p ON p.id = (d.payload ->> 'pairingId')::uuid WHERE p.household_id = $1 ORDER BY d.due_at`,
      [id],
    );

  it('pairs a household with a cadre and reassigns it with the reason, keeping the history', async () => {
    const id = await household('registered');
    expect((await sut.as(tokens.village).post(`/households/${id}/pairing`).send({ cadreId: cadres.a })).status).toBe(201);
    expect((await sut.as(tokens.village).post(`/households/${id}/pairing`).send({ cadreId: cadres.a })).status).toBe(409);
    expect((await sut.as(tokens.village).post(`/households/${id}/pairing`).send({ cadreId: cadres.b })).body).toMatchObject({ errors: [{ field: 'reason', reason: '调整结对须写明理由' }] });
    const before = await deadlines(id);
    clock.set(new Date(clock.now().getTime() + 86_400_000));
    const moved = await sut.as(tokens.village).post(`/households/${id}/pairing`).send({ cadreId: cadres.b, reason: '原帮扶责任人工作调动' });
    expect(moved.status).toBe(201);
    const view = moved.body as Help;
    expect(view.current).toMatchObject({ cadreId: cadres.b, cadreName: '王芳', startsOn: today() });
    expect(view.pairings.map((pairing) => [pairing.cadreName, pairing.endsOn, pairing.endReason])).toEqual([
      ['王芳', null, null],
      ['李明', today(), '原帮扶责任人工作调动'],
    ]);
    const history = (await sut.as(tokens.village).get(`/households/${id}/history`)).body as { action: string; changes: Record<string, unknown> }[];
    expect(history.filter((entry) => entry.action === 'cadre_paired').map((entry) => entry.changes.helpCadre)).toEqual([
      [null, '李明 (县农业农村局)'],
      ['李明 (县农业农村局)', '王芳 (县教育局)'],
    ]);
    // The first pairing's reminders are cancelled; the new one has its own.
    const after = await deadlines(id);
    expect(after.filter((row) => before.some((old) => old.id === row.id)).map((row) => row.state)).toEqual(['cancelled', 'cancelled']);
    expect(after.filter((row) => row.state === 'pending').map((row) => row.kind)).toEqual(['help_visit_due', 'help_visit_overdue']);
    expect((await sut.as(tokens.village).post(`/households/${id}/pairing`).send({ cadreId: '00000000-0000-4000-8000-000000000000' })).body).toMatchObject({ errors: [{ field: 'cadreId' }] });
  });

  it('falls due by the county\u2019s rhythm (monthly for monitored, quarterly for exited), is reminded, listed overdue, and moves with each visit', async () => {
    const monitored = await household('monitored');
    const exited = await household('exited');
    for (const id of [monitored, exited]) await sut.as(tokens.village).post(`/households/${id}/pairing`).send({ cadreId: cadres.a });
    const pairedOn = today();
    expect((await help(monitored)).nextDueOn).toBe(addMonths(pairedOn, 1));
    expect((await help(exited)).nextDueOn).toBe(addMonths(pairedOn, 3));

    // A week before, it falls due; the day it is due the village is reminded.
    const dueOn = addMonths(pairedOn, 1);
    clock.set(`${addDays(dueOn, -7)}T02:00:00Z`);
    const falling = (await sut.as(tokens.village).get('/help-visits/due')).body as { items: { householdId: string; state: string; cadreName: string }[] };
    expect(falling.items.find((item) => item.householdId === monitored)).toMatchObject({ state: 'falling_due', cadreName: '李明' });
    expect(falling.items.some((item) => item.householdId === exited)).toBe(false);
    const firing = sut.app.get(DeadlineFiringService);
    const [due, overdue] = (await deadlines(monitored)).filter((row) => row.state === 'pending');
    clock.set(due?.due_at ?? new Date());
    expect(await firing.fire(due?.id ?? '')).toEqual({ result: 'fired' });
    clock.set(overdue?.due_at ?? new Date());
    expect(await firing.fire(overdue?.id ?? '')).toEqual({ result: 'fired' });
    const told = await sut.dataSource.query<{ recipient: string; template: string }[]>(`SELECT payload ->> 'recipient' AS recipient, payload ->> 'template' AS template FROM outbox WHERE payload ->> 'householdId' = $1 AND kind = 'notify' ORDER BY id`, [monitored]);
    expect(told).toEqual([
      { recipient: 'village', template: 'help_visit_due' },
      { recipient: 'village', template: 'help_visit_overdue' },
      { recipient: 'township', template: 'help_visit_overdue' },
    ]);
    const late = (await sut.as(tokens.township).get('/help-visits/due').query({ state: 'overdue' })).body as { items: { householdId: string; state: string }[] };
    expect(late.items.find((item) => item.householdId === monitored)).toMatchObject({ state: 'overdue' });
    expect((await help(monitored)).state).toBe('overdue');

    // The cadre records the visit with the own account: the next is a month later, no longer overdue.
    const future = await sut.as(cadreToken).post(`/households/${monitored}/help-visits`).send({ visitedOn: addDays(today(), 1), findings: '家中正常' });
    expect(future.body).toMatchObject({ errors: [{ field: 'visitedOn' }] });
    const early = await sut.as(cadreToken).post(`/households/${monitored}/help-visits`).send({ visitedOn: addDays(pairedOn, -1), findings: '家中正常' });
    expect(early.body).toMatchObject({ errors: [{ field: 'visitedOn', reason: `日期 ${addDays(pairedOn, -1)} 早于结对之日 (${pairedOn})` }] });
    const visited = await sut.as(cadreToken).post(`/households/${monitored}/help-visits`).send({ visitedOn: today(), findings: '家中生产生活正常，商议申请公益岗位', measuresDiscussed: '公益岗位' });
    expect(visited.status).toBe(201);
    expect(visited.body).toMatchObject({ nextDueOn: addMonths(today(), 1), state: 'not_due', visits: [{ cadreName: '李明', visitedOn: today() }] });
    const pending = (await deadlines(monitored)).filter((row) => row.state === 'pending');
    expect(pending.map((row) => chinaDate(row.due_at))).toEqual([addMonths(today(), 1), addDays(addMonths(today(), 1), 1)]);
    const after = (await sut.as(tokens.township).get('/help-visits/due').query({ state: 'overdue' })).body as { items: { householdId: string }[] };
    expect(after.items.some((item) => item.householdId === monitored)).toBe(false);
  });

  it('takes a visit only for a paired household, from the village or the cadre', async () => {
    const id = await household('registered');
    expect((await sut.as(tokens.village).post(`/households/${id}/help-visits`).send({ visitedOn: today(), findings: '走访' })).status).toBe(409);
    expect((await sut.as(tokens.township).post(`/households/${id}/help-visits`).send({ visitedOn: today(), findings: '走访' })).status).toBe(403);
  });
});
