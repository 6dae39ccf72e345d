import type { CaseView } from '../src/cases/case.view';
import type { Tokens } from './support/case-driver';
import { aMember, createAccount, PASSWORD, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

interface SweepView {
  id: string;
  name: string;
  period: string;
  households: number;
  assigned: number;
  visited: number;
  risks: number;
  coverage: number;
}
interface Coverage {
  sweep: SweepView;
  villages: { villageId: string; villageName: string; households: number; assigned: number; visited: number; risks: number; coverage: number }[];
  visitors: { visitorId: string; visitorName: string; assigned: number; visited: number; risks: number }[];
}
interface SweepHousehold {
  householdId: string;
  headName: string | null;
  visitorId: string | null;
  visitedOn: string | null;
  riskSeen: boolean;
  leadCaseId: string | null;
}

const SECURE = { food: true, clothing: true, education: true, medical: true, housing: true, drinkingWater: true };

/**
 * Sweeps (集中排查) on a clock the test moves (Monday 2 November 2026): the county launches one
 * over a village, every household gets a visitor, each visit records its checklist, a risk the
 * facts show becomes a lead, and coverage reaches 100 %.
 */
describe('Sweeps (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let second: { id: string; token: string };
  let otherVillage: string;

  beforeAll(async () => {
    ({ sut, tree, tokens } = await startIdentificationApp({ start: '2026-11-02T02:00:00Z' }));
    const account = await createAccount(sut.dataSource, 'v2', 'village', tree.villageA1);
    second = { id: account.id, token: await sut.login('v2', PASSWORD) };
    await createAccount(sut.dataSource, 'vb', 'village', tree.villageB1);
    otherVillage = await sut.login('vb', PASSWORD);
  });

  afterAll(() => sut.close());

  const household = async (name: string) => {
    const created = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name })] });
    return (created.body as { id: string }).id;
  };
  const launch = (body: object) => sut.as(tokens.county).post('/sweeps').send({ name: '2026年冬季集中排查', startsOn: '2026-11-01', endsOn: '2026-11-30', villageIds: [tree.villageA1.id], ...body });
  const visit = (token: string, sweepId: string, householdId: string, body: object = {}) =>
    sut.as(token).post(`/sweeps/${sweepId}/households/${householdId}/visit`).send({ visitedOn: '2026-11-02', incomeChange: 'stable', livingConditions: SECURE, ...body });
  const coverage = async (token: string, sweepId: string) => (await sut.as(token).get(`/sweeps/${sweepId}`)).body as Coverage;
  const me = async (token: string) => ((await sut.as(token).get('/me')).body as { id: string }).id;

  it('covers every household of the village: assigned to visitors, visited, a risk seen becoming a lead, coverage at 100 %', async () => {
    const ids = [await household('走访甲'), await household('走访乙'), await household('走访丙')];
    const before = await sut.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM household WHERE village_id = $1`, [tree.villageA1.id]);
    const launched = await launch({});
    expect(launched.status).toBe(201);
    const sweep = launched.body as SweepView;
    const total = before[0]?.n ?? 0;
    expect(sweep).toMatchObject({ period: 'running', households: total, assigned: 0, visited: 0, coverage: 0 });

    // The village gives its households to its two clerks: two named ones to the second, the rest to the first.
    const clerk = await me(tokens.village);
    const choices = ((await sut.as(tokens.village).get(`/sweeps/${sweep.id}/visitors`)).body as { items: { visitorId: string; villageId: string }[] }).items;
    expect(choices.map((choice) => choice.visitorId).sort()).toEqual([clerk, second.id].sort());
    expect(choices.every((choice) => choice.villageId === tree.villageA1.id)).toBe(true);
    expect((await sut.as(tokens.village).post(`/sweeps/${sweep.id}/assignments`).send({ visitorId: second.id, householdIds: ids.slice(0, 2) })).body).toEqual({ assigned: 2 });
    const rest = await sut.as(tokens.village).post(`/sweeps/${sweep.id}/assignments`).send({ visitorId: clerk, villageId: tree.villageA1.id });
    expect(rest.status).toBe(200);
    // A village's whole list: every household not visited yet, the second clerk's two given again to the first.
    expect((rest.body as { assigned: number }).assigned).toBe(total);
    expect((await sut.as(tokens.village).post(`/sweeps/${sweep.id}/assignments`).send({ visitorId: second.id, householdIds: ids.slice(0, 2) })).body).toEqual({ assigned: 2 });

    // The second clerk finds a hardship at the first household: a lead on the sweep's channel.
    const refused = await visit(second.token, sweep.id, ids[0] ?? '', { hardship: 'illness' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: [{ field: 'note', reason: '遇到困难时须写明具体情况' }] });
    const risky = await visit(second.token, sweep.id, ids[0] ?? '', { hardship: 'illness', incomeChange: 'fell_sharply', note: '户主患尿毒症，每周透析' });
    expect(risky.status).toBe(201);
    const found = risky.body as SweepHousehold;
    expect(found).toMatchObject({ headName: '走访甲', visitorId: second.id, visitedOn: '2026-11-02', riskSeen: true });
    const lead = (await sut.as(tokens.village).get(`/cases/${found.leadCaseId ?? ''}`)).body as CaseView & { application: Record<string, unknown> };
    expect(lead).toMatchObject({ procedure: 'risk_lead', stage: { code: 'received' }, household: { id: ids[0] } });
    const [application] = await sut.dataSource.query<{ application: Record<string, unknown> }[]>(`SELECT application FROM procedure_case WHERE id = $1`, [found.leadCaseId]);
    expect(application?.application).toMatchObject({ channel: 'cadre_sweep', riskType: 'illness', sweepId: sweep.id, reasons: '集中排查「2026年冬季集中排查」2026-11-02 走访发现: 遇到困难: 因病；收入明显减少。户主患尿毒症，每周透析' });

    // Only the household's visitor records it, once.
    expect((await visit(tokens.village, sweep.id, ids[1] ?? '')).status).toBe(403);
    expect((await visit(second.token, sweep.id, ids[0] ?? '')).status).toBe(409);
    expect((await visit(second.token, sweep.id, ids[1] ?? '', { visitedOn: '2026-10-30' })).body).toMatchObject({ errors: [{ field: 'visitedOn', reason: '走访日期须在本次排查期间 (2026-11-01 至 2026-11-30)' }] });
    expect((await visit(second.token, sweep.id, ids[1] ?? '', { visitedOn: '2026-11-03' })).body).toMatchObject({ errors: [{ field: 'visitedOn', reason: '日期 2026-11-03 晚于今天 (2026-11-02)' }] });
    expect((await visit(second.token, sweep.id, ids[1] ?? '')).body).toMatchObject({ riskSeen: false, leadCaseId: null });

    // Halfway: coverage per village and per visitor.
    const half = await coverage(tokens.township, sweep.id);
    expect(half.villages).toEqual([{ villageId: tree.villageA1.id, villageName: tree.villageA1.name, households: total, assigned: total, visited: 2, risks: 1, coverage: Math.floor((2 / total) * 1000) / 10 }]);
    expect(half.visitors.find((visitor) => visitor.visitorId === second.id)).toEqual({ visitorId: second.id, visitorName: 'v2', assigned: 2, visited: 2, risks: 1 });

    // The first clerk visits the rest of the list; an unsafe house is a risk too.
    let next: string | null = null;
    const mine: SweepHousehold[] = [];
    do {
      const page = (await sut.as(tokens.village).get(`/sweeps/${sweep.id}/households`).query({ mine: true, visited: false, ...(next ? { cursor: next } : {}) })).body as { items: SweepHousehold[]; nextCursor: string | null; total: number };
      mine.push(...page.items);
      next = page.nextCursor;
    } while (next);
    expect(mine).toHaveLength(total - 2);
    for (const item of mine) {
      const conditions = item.householdId === ids[2] ? { ...SECURE, housing: false } : SECURE;
      expect((await visit(tokens.village, sweep.id, item.householdId, { livingConditions: conditions })).status).toBe(201);
    }
    const done = await coverage(tokens.county, sweep.id);
    expect(done.sweep).toMatchObject({ households: total, visited: total, risks: 2, coverage: 100 });
    expect(done.villages[0]).toMatchObject({ visited: total, coverage: 100 });
    const [unsafe] = await sut.dataSource.query<{ risk_type: string }[]>(`SELECT application ->> 'riskType' AS risk_type FROM procedure_case WHERE household_id = $1 AND procedure = 'risk_lead'`, [ids[2]]);
    expect(unsafe?.risk_type).toBe('other');
    // The county's list shows the same figures.
    const listed = ((await sut.as(tokens.county).get('/sweeps')).body as { items: SweepView[] }).items.find((item) => item.id === sweep.id);
    expect(listed).toMatchObject({ visited: total, coverage: 100 });
  });

  it('joins a risk to the household\u2019s lead already open instead of opening another', async () => {
    const id = await household('已有线索');
    const open = await sut.as(tokens.village).post('/cases').send({ householdId: id, procedure: 'risk_lead', application: { reasons: '自报', channel: 'self_report', riskType: 'illness', reporter: { name: '本人', phone: '13800000000' } } });
    const sweep = (await launch({ name: '补充排查' })).body as SweepView;
    const visited = (await visit(tokens.village, sweep.id, id, { incomeChange: 'fell_sharply' })).body as SweepHousehold;
    expect(visited).toMatchObject({ riskSeen: true, leadCaseId: (open.body as CaseView).id });
    const [{ n }] = await sut.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM procedure_case WHERE household_id = $1 AND procedure = 'risk_lead'`, [id]);
    expect(n).toBe(1);
  });

  it('refuses what the rules do not allow: a period that ended, a village of another county, a visitor of another village, another village\u2019s clerk', async () => {
    expect((await launch({ startsOn: '2026-10-01', endsOn: '2026-10-31' })).body).toMatchObject({ errors: [{ field: 'endsOn', reason: '截止日期不能早于今天 (2026-11-02)' }] });
    expect((await launch({ endsOn: '2027-12-31' })).body).toMatchObject({ errors: [{ field: 'endsOn', reason: '一次排查不超过 366 天' }] });
    expect((await launch({ villageIds: [tree.villageOtherCounty.id] })).status).toBe(403);
    expect((await sut.as(tokens.township).post('/sweeps').send({ name: '乡镇排查', startsOn: '2026-11-01', endsOn: '2026-11-30', villageIds: [tree.villageA1.id] })).status).toBe(403);
    const inB = ((await sut.as(otherVillage).post('/households').send({ groupId: tree.groupB1.id, members: [aMember({ name: '乙村农户' })] })).body as { id: string }).id;
    const sweep = (await launch({ name: '两村排查', villageIds: [tree.villageA1.id, tree.villageB1.id] })).body as SweepView;
    const wrongVisitor = await sut.as(tokens.county).post(`/sweeps/${sweep.id}/assignments`).send({ visitorId: second.id, householdIds: [inB] });
    expect(wrongVisitor.body).toMatchObject({ errors: [{ field: 'householdIds[0]', reason: '走访人不负责该户所在村' }] });
    const id = await household('外村不可登记');
    // Registered after the launch: not on this sweep's list.
    expect((await visit(otherVillage, sweep.id, id)).status).toBe(404);
    const [inA] = await sut.dataSource.query<{ id: string }[]>(`SELECT household_id AS id FROM sweep_household WHERE sweep_id = $1 AND village_code = $2 AND visitor_id IS NULL LIMIT 1`, [sweep.id, tree.villageA1.code]);
    expect((await visit(otherVillage, sweep.id, inA?.id ?? '')).status).toBe(403);
    // A township sees only its own villages' part.
    const township = await coverage(tokens.township, sweep.id);
    expect(township.villages.map((village) => village.villageId)).toEqual([tree.villageA1.id]);
  });
});
