import { chinaDate } from '../src/common/clock';
import type { CaseView } from '../src/cases/case.view';
import { ALL_SECURE, SAMPLE_VISITORS } from '../workflows/identification/identification.fixtures';
import { BASE_MEASURE_TYPES } from '../workflows/monitoring/measure-types';
import { addMonths, DEFAULT_POLICY } from '../workflows/policy';
import type { Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { aMember, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

interface Plan {
  measures: { id: string; kind: string; kindLabel: string; department: string; amount: number | null; startsOn: string | null; status: string }[];
  measureTypes: { code: string; label: string; department: string }[];
}

/** The measure ledger (帮扶措施): typed measures with their departments and amounts, and the elimination guard reading it. */
describe('Assistance measures as a ledger (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ start: '2026-03-02T02:00:00Z' }));
  });

  afterAll(() => sut.close());

  const today = () => chinaDate(clock.now());
  const household = async (status: string, statusSince: string | null = null) => {
    const created = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ labourCapacity: 'ordinary' })] });
    const id = (created.body as { id: string }).id;
    await sut.dataSource.query(`UPDATE household SET status = $2, status_since = $3 WHERE id = $1`, [id, status, statusSince]);
    return id;
  };
  const add = (householdId: string, body: object) => sut.as(tokens.village).post(`/households/${householdId}/measures`).send({ description: '措施内容', ...body });
  const plan = async (householdId: string) => (await sut.as(tokens.village).get(`/households/${householdId}/plan`)).body as Plan;

  it('records a measure of every national type with its department and amount; the plan shows them in Chinese', async () => {
    const id = await household('registered', '2025-06-01');
    for (const [index, code] of Object.keys(BASE_MEASURE_TYPES).entries()) {
      const response = await add(id, { kind: code, ...(code === 'other' ? { department: '县妇联' } : {}), amount: 1000 * (index + 1), startsOn: '2026-03-01' });
      expect(response.status).toBe(201);
    }
    const { measures, measureTypes } = await plan(id);
    expect(measureTypes.map((type) => type.code)).toEqual(Object.keys(BASE_MEASURE_TYPES));
    expect(measures.map((measure) => [measure.kindLabel, measure.department, measure.amount])).toEqual([
      ['产业帮扶', '农业农村局', 1000],
      ['就业帮扶', '人社局', 2000],
      ['公益岗位', '人社局', 3000],
      ['低保', '民政局', 4000],
      ['医疗保障', '医保局', 5000],
      ['教育资助', '教育局', 6000],
      ['危房改造', '住建局', 7000],
      ['小额信贷', '乡村振兴局', 8000],
      ['到户奖补', '乡村振兴局', 9000],
      ['其他', '县妇联', 10000],
    ]);
    expect(measures.every((measure) => measure.startsOn === '2026-03-01' && measure.status === 'planned')).toBe(true);
    // The department stays as given when the clerk names one.
    expect(((await add(id, { kind: 'industry', department: '县农业农村局', amount: 20000 })).body as { department: string }).department).toBe('县农业农村局');
  });

  it('refuses a type the county does not have, and "other" without its department, in Chinese', async () => {
    const id = await household('monitored', '2026-01-10');
    expect((await add(id, { kind: 'lottery' })).body).toMatchObject({ errors: [{ field: 'kind', reason: '本县没有「lottery」这一措施类型' }] });
    expect((await add(id, { kind: 'other' })).body).toMatchObject({ errors: [{ field: 'department', reason: '请填写负责部门' }] });
    const none = await household('none');
    expect((await add(none, { kind: 'industry' })).status).toBe(409);
  });

  it('takes the county\u2019s own types from its policy, each code once', async () => {
    const own = { code: 'ecological_compensation', label: '生态补偿', department: '林业局' };
    const clash = await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...DEFAULT_POLICY, monitoring: { ...DEFAULT_POLICY.monitoring, extraMeasureTypes: [{ ...own, code: 'industry' }] } });
    expect(clash.body).toMatchObject({ errors: [{ field: 'monitoring.extraMeasureTypes[0].code', reason: '代码「industry」已被使用' }] });
    const badCode = await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...DEFAULT_POLICY, monitoring: { ...DEFAULT_POLICY.monitoring, extraMeasureTypes: [{ ...own, code: '生态' }] } });
    expect(badCode.status).toBe(400);
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...DEFAULT_POLICY, monitoring: { ...DEFAULT_POLICY.monitoring, extraMeasureTypes: [own] } })).status).toBe(200);
    const id = await household('exited', '2025-12-01');
    const added = await add(id, { kind: 'ecological_compensation', amount: 1500 });
    expect(added.status).toBe(201);
    expect((await plan(id)).measures[0]).toMatchObject({ kindLabel: '生态补偿', department: '林业局', amount: 1500 });
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY)).status).toBe(200);
    // A type the county dropped since reads as its code on the plans that have it.
    expect((await plan(id)).measures[0]?.kindLabel).toBe('ecological_compensation');
  });

  it('lets the risk elimination count only measures carried out since the enrolment: planned, or done before, do not', async () => {
    const enrolledOn = addMonths(today(), -7);
    const id = await household('monitored', enrolledOn);
    for (const months of [0, 1, 2, 3, 4, 5, 6]) await sut.dataSource.query(`INSERT INTO income_check (household_id, checked_on, per_capita_income, source, recorded_by) SELECT $1, $2, 8200, 'monitoring_visit', id FROM staff_account LIMIT 1`, [id, addMonths(enrolledOn, months)]);
    const planned = (await add(id, { kind: 'public_welfare_job', amount: 6000 })).body as { id: string };
    const earlier = (await add(id, { kind: 'industry' })).body as { id: string };
    await sut.dataSource.query(`UPDATE assistance_measure SET status = 'done', done_on = $2 WHERE id = $1`, [earlier.id, addMonths(enrolledOn, -2)]);
    const homeCheck = async () => {
      const opened = (await sut.as(tokens.village).post('/cases').send({ householdId: id, procedure: 'risk_elimination', application: { reasons: '收入稳定' } })).body as CaseView;
      return sut.as(tokens.village).post(`/cases/${opened.id}/home-check`).send({ visitedOn: today(), visitors: SAMPLE_VISITORS, consentSigned: true, incomeFound: 8300, incomeYear: 2026, livingConditions: ALL_SECURE });
    };
    const refused = await homeCheck();
    expect(JSON.stringify(refused.body)).toContain('尚无已落实的帮扶措施');
    await sut.dataSource.query(`UPDATE procedure_case SET final = true WHERE household_id = $1 AND procedure = 'risk_elimination'`, [id]);
    expect((await sut.as(tokens.village).patch(`/measures/${planned.id}`).send({ status: 'done', doneOn: addMonths(enrolledOn, 1) })).status).toBe(200);
    const passed = await homeCheck();
    expect(passed.status).toBe(201);
    expect(passed.body).toMatchObject({ stage: { code: 'cross_check' } });
  });
});
