import { sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { aMember, createAccount, PASSWORD, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

/** Finding things again: filters, totals and pages a screen lists with. */
describe('Lists and search (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
  });

  afterAll(() => sut.close());

  const households = async (query: Record<string, string | number>) => (await sut.as(tokens.village).get('/households').query(query)).body as Page<{ id: string; headName: string }>;
  const cases = async (query: Record<string, string | number | boolean>, token = tokens.village) => (await sut.as(token).get('/cases').query(query)).body as Page<{ id: string; caseNumber: string }>;

  it('finds households by an ID number (exact, either case of X), a member\'s name, and whether they have an open case', async () => {
    const idNumber = aMember().idNumber;
    const withX = idNumber.endsWith('X') ? idNumber : null;
    const spouse = aMember({ name: '覃秀兰', relation: 'spouse' });
    const registered = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '覃有福', idNumber }), spouse] });
    expect(registered.status).toBe(201);
    const householdId = (registered.body as { id: string }).id;

    expect((await households({ idNumber })).items.map((item) => item.id)).toEqual([householdId]);
    if (withX) expect((await households({ idNumber: withX.toLowerCase() })).items.map((item) => item.id)).toEqual([householdId]);
    expect((await households({ idNumber: spouse.idNumber })).items.map((item) => item.headName)).toEqual(['覃有福']);
    expect((await households({ idNumber: `${idNumber.slice(0, 17)}0` === idNumber ? `${idNumber.slice(0, 17)}1` : `${idNumber.slice(0, 17)}0` })).total).toBe(0);
    expect((await households({ memberName: '秀兰' })).items.map((item) => item.id)).toEqual([householdId]);

    expect((await households({ memberName: '秀兰', withoutOpenCase: 'identification' })).total).toBe(1);
    const opened = await sut.as(tokens.village).post('/cases').send({ householdId, procedure: 'identification', application: { reasons: '因病致贫', crossCheckConsent: true } });
    expect(opened.status).toBe(201);
    expect((await households({ memberName: '秀兰', withoutOpenCase: 'identification' })).total).toBe(0);
    expect((await households({ memberName: '秀兰', withOpenCase: 'identification' })).items.map((item) => item.id)).toEqual([householdId]);
    expect((await households({ memberName: '秀兰', withOpenCase: 'exit' })).total).toBe(0);
    expect((await sut.as(tokens.village).get('/households').query({ idNumber: '123' })).body).toMatchObject({ errors: [{ field: 'idNumber' }] });
  });

  it('counts the whole filtered list on every page', async () => {
    for (let index = 0; index < 3; index += 1) await CaseDriver.openCase(sut, tokens, tree, clock);
    const all = await cases({ procedure: 'identification' });
    expect(all.total).toBeGreaterThanOrEqual(3);
    const first = await cases({ procedure: 'identification', limit: 2 });
    const second = await cases({ procedure: 'identification', limit: 2, cursor: first.nextCursor ?? '' });
    expect([first.total, second.total]).toEqual([all.total, all.total]);
    expect(first.items.length + second.items.length).toBe(Math.min(4, all.total));
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(first.items.length + second.items.length);
  });

  it('finds a case by its number in any letter case, by household, head name and whether it is finished', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const view = await driver.view();
    expect((await cases({ caseNumber: view.caseNumber.toLowerCase() })).items.map((item) => item.id)).toEqual([driver.caseId]);
    expect((await cases({ householdId: view.household.id })).items.map((item) => item.id)).toEqual([driver.caseId]);
    expect((await cases({ headName: '韦建', householdId: view.household.id })).total).toBe(1);
    expect((await cases({ householdId: view.household.id, final: true })).total).toBe(0);
    await driver.run({ type: 'WITHDRAW', reason: '撤回', occurredAt: clock.now().toISOString() });
    expect((await cases({ householdId: view.household.id, final: true })).items.map((item) => item.id)).toEqual([driver.caseId]);
    // Another village's clerk finds nothing of it, even by number.
    await createAccount(sut.dataSource, 'v-a2', 'village', tree.villageA2);
    const other = await sut.login('v-a2', PASSWORD);
    expect((await cases({ caseNumber: view.caseNumber }, other)).total).toBe(0);
  });

  it('lists the cases waiting on my level, and tells which vocabulary it takes', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const mine = await cases({ waitingOnMe: true, householdId: (await driver.view()).household.id });
    expect(mine.items.map((item) => item.id)).toEqual([driver.caseId]);
    expect((await cases({ waitingOnMe: true }, tokens.township)).items.map((item) => item.id)).not.toContain(driver.caseId);
    const refused = await sut.as(tokens.village).get('/cases').query({ awaitingMe: true });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: [{ field: 'awaitingMe', reason: '不允许的字段' }] });
  });

  it('pages staff accounts with their total, filtered by role', async () => {
    await createAccount(sut.dataSource, 'admin-lists', 'admin', null);
    const admin = await sut.login('admin-lists', PASSWORD);
    const villages = (await sut.as(admin).get('/accounts').query({ role: 'village', limit: 1 })).body as Page<{ username: string; role: string }>;
    expect(villages.items).toHaveLength(1);
    expect(villages.items[0]?.role).toBe('village');
    const all = (await sut.as(admin).get('/accounts').query({ role: 'village' })).body as Page<{ username: string }>;
    expect(villages.total).toBe(all.items.length);
    expect(all.items.map((item) => item.username)).toEqual([...all.items.map((item) => item.username)].sort());
  });

  it('lists notices, meetings and objections with their filters, totals and Chinese labels, inside the jurisdiction only', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.objection());
    const noticeId = (await driver.view()).publicity?.noticeId ?? '';

    const open = (await sut.as(tokens.village).get('/publicity-notices').query({ state: 'open', procedure: 'identification' })).body as Page<{ id: string; title: string; caseCount: number; villageName: string; state: string }>;
    expect(open.items.find((notice) => notice.id === noticeId)).toMatchObject({ title: '贫困户识别 · 村级第一次公示', caseCount: 1, villageName: tree.villageA1.name, state: 'open' });
    expect(open.total).toBe(open.items.length);
    const ended = (await sut.as(tokens.village).get('/publicity-notices').query({ state: 'ended' })).body as Page<{ id: string }>;
    expect(ended.items.map((notice) => notice.id)).not.toContain(noticeId);
    const later = (await sut.as(tokens.township).get('/publicity-notices').query({ endsBefore: '2099-01-01', regionId: tree.villageA1.id })).body as Page<{ id: string }>;
    expect(later.items.map((notice) => notice.id)).toContain(noticeId);

    const meetings = (await sut.as(tokens.village).get('/meetings').query({ regionId: tree.groupA1.id, kind: 'group_review' })).body as Page<{ groupName: string; caseCount: number; kind: string }>;
    expect(meetings.total).toBeGreaterThanOrEqual(1);
    expect(meetings.items[0]).toMatchObject({ groupName: '一组', kind: 'group_review', caseCount: 1 });
    expect(((await sut.as(tokens.village).get('/meetings').query({ heldFrom: '2099-01-01' })).body as Page<unknown>).total).toBe(0);

    const objections = (await sut.as(tokens.village).get('/objections').query({ status: 'open', caseId: driver.caseId })).body as Page<{ publicNumber: string; stageLabel: string; caseNumber: string }>;
    expect(objections.total).toBe(1);
    expect(objections.items[0]).toMatchObject({ stageLabel: '村级第一次公示', caseNumber: (await driver.view()).caseNumber });
    expect(objections.items[0]?.publicNumber).toMatch(/^YY-2026-\d{6}$/);
    expect(JSON.stringify(objections.items[0])).not.toContain('13900000000');

    // Another village sees none of it; naming this village is refused.
    await createAccount(sut.dataSource, 'v-a2-lists', 'village', tree.villageA2);
    const other = await sut.login('v-a2-lists', PASSWORD);
    expect(((await sut.as(other).get('/objections').query({ caseId: driver.caseId })).body as Page<unknown>).total).toBe(0);
    expect(((await sut.as(other).get('/publicity-notices')).body as Page<{ id: string }>).items.map((notice) => notice.id)).not.toContain(noticeId);
    expect((await sut.as(other).get('/meetings').query({ regionId: tree.villageA1.id })).status).toBe(403);
  });
});
