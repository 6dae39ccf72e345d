import type { CaseView } from '../src/cases/case.view';
import { DeadlineEntity } from '../src/deadlines/deadline.entity';
import { DeadlineFiringService } from '../src/worker/deadline-firing.service';
import type { Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { aMember, type RegionTree } from './support/fixtures';
import { fileAt } from './support/files';
import { startIdentificationApp } from './support/identification-app';
import { sheetRows } from './support/roster-files';
import type { TestApp } from './support/test-app';

/**
 * Risk leads (风险线索) before a monitoring enrolment, on a clock the test moves: Monday
 * 2 March 2026, 10:00 in Beijing. The test fires the deadlines itself.
 */
describe('Risk leads (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ start: '2026-03-02T02:00:00Z', runWorker: true, reconcileIntervalMs: 3_600_000 }));
  });

  afterAll(() => sut.close());

  const household = async () => {
    const created = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ phone: '13800000000' })] });
    return (created.body as { id: string }).id;
  };
  const report = async (householdId: string, application: object = {}) =>
    sut
      .as(tokens.village)
      .post('/cases')
      .send({ householdId, procedure: 'risk_lead', application: { reasons: '户主住院，自付医疗费用约 3 万元', channel: 'cadre_sweep', riskType: 'illness', reporter: { name: '韦组长', phone: '13912345678' }, ...application } });
  const outbox = async (caseId: string) =>
    sut.dataSource.query<{ recipient: string; template: string }[]>(`SELECT payload->>'recipient' AS recipient, payload->>'template' AS template FROM outbox WHERE case_id = $1 AND kind = 'notify' ORDER BY id`, [caseId]);

  it('opens a lead for the village to accept within two working days from the next, and tells the village', async () => {
    const opened = await report(await household());
    expect(opened.status).toBe(201);
    const lead = opened.body as CaseView;
    expect(lead).toMatchObject({ procedure: 'risk_lead', stage: { code: 'received', label: '待受理' }, awaitingRole: 'village' });
    // Received on Monday, which is not counted: Tuesday and Wednesday, until 24:00 Beijing.
    expect(lead.stageDueAt).toBe('2026-03-04T16:00:00.000Z');
    expect(lead.allowedActions.map((action) => action.event)).toEqual(['LEAD_ACCEPTED', 'LEAD_DISMISSED']);
    expect(await outbox(lead.id)).toEqual([{ recipient: 'village', template: 'lead_received' }]);
  });

  it('refuses a lead without a known channel or risk type, with the field in Chinese', async () => {
    const refused = await report(await household(), { channel: 'rumour' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('application.channel');
  });

  it('refuses a step the stage does not take (409, listing what it takes) and another office (403)', async () => {
    const lead = (await report(await household())).body as CaseView;
    const early = await sut.as(tokens.village).post(`/cases/${lead.id}/lead-clearance`).send({ checkedOn: '2026-03-02', facts: '无' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ allowedEvents: ['LEAD_ACCEPTED', 'LEAD_DISMISSED'] });
    expect((await sut.as(tokens.township).post(`/cases/${lead.id}/lead-acceptance`)).status).toBe(403);
  });

  it('closes a duplicate with the reason, and tells the reporter', async () => {
    const lead = (await report(await household())).body as CaseView;
    const refused = await sut.as(tokens.village).post(`/cases/${lead.id}/lead-dismissal`).send({ reason: 'duplicate', explanation: '' });
    expect(refused.status).toBe(400);
    const closed = await sut.as(tokens.village).post(`/cases/${lead.id}/lead-dismissal`).send({ reason: 'duplicate', explanation: '同一情况已由村干部排查上报' });
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({ stage: { code: 'dismissed', final: true }, awaitingRole: null });
    expect((await outbox(lead.id)).map((row) => `${row.recipient}:${row.template}`)).toEqual(['village:lead_received', 'reporter:lead_closed']);
    // Closing ends the acceptance limit: nothing left to fire.
    expect(await sut.dataSource.getRepository(DeadlineEntity).countBy({ caseId: lead.id, state: 'pending' })).toBe(0);
  });

  it('reminds the village the working day before (orange), then tells the township (red), as the lists by channel show', async () => {
    const lead = (await report(await household())).body as CaseView;
    const deadlines = await sut.dataSource.getRepository(DeadlineEntity).find({ where: { caseId: lead.id }, order: { dueAt: 'ASC' } });
    expect(deadlines.map((deadline) => [deadline.kind, deadline.dueAt.toISOString()])).toEqual([
      ['time_limit_reminder', '2026-03-03T01:00:00.000Z'], // Tuesday 09:00
      ['time_limit_overdue', '2026-03-04T16:00:00.000Z'],
    ]);
    const firing = sut.app.get(DeadlineFiringService);
    const start = clock.now();
    const listed = async (query: object) =>
      ((await sut.as(tokens.village).get('/cases').query({ procedure: 'risk_lead', final: 'false', ...query })).body as { items: { id: string; channel: string; riskType: string; stageLimit: string | null }[] }).items;
    expect((await listed({ channel: 'cadre_sweep' })).find((item) => item.id === lead.id)).toMatchObject({ channel: 'cadre_sweep', riskType: 'illness', stageLimit: 'running' });
    expect((await listed({ channel: 'self_report' })).map((item) => item.id)).not.toContain(lead.id);
    clock.set('2026-03-03T01:30:00Z');
    expect(await firing.fire(deadlines[0]?.id ?? '')).toEqual({ result: 'fired' });
    expect((await listed({ channel: 'cadre_sweep' })).find((item) => item.id === lead.id)?.stageLimit).toBe('reminded');
    clock.set('2026-03-05T01:00:00Z');
    expect(await firing.fire(deadlines[1]?.id ?? '')).toEqual({ result: 'fired' });
    expect((await listed({ channel: 'cadre_sweep' })).find((item) => item.id === lead.id)?.stageLimit).toBe('overdue');
    expect((await outbox(lead.id)).map((row) => `${row.recipient}:${row.template}`)).toEqual(['village:lead_received', 'village:lead_acceptance_reminder', 'township:lead_acceptance_overdue']);
    const overdue = (await sut.as(tokens.township).get('/cases').query({ procedure: 'risk_lead', overdue: 'true' })).body as { items: { id: string }[] };
    expect(overdue.items.map((item) => item.id)).toContain(lead.id);
    clock.set(start);
  });

  it('turns an accepted lead into an enrolment whose 15 days count from the lead', async () => {
    const householdId = await household();
    const lead = (await report(householdId, { channel: 'self_report' })).body as CaseView;
    expect((await sut.as(tokens.village).post(`/cases/${lead.id}/lead-acceptance`)).status).toBe(201);
    // Three days later the home check finds the risk.
    const start = clock.now();
    clock.set(new Date(start.getTime() + 3 * 86_400_000));
    const enrolment = await sut.as(tokens.village).post(`/cases/${lead.id}/enrolment`);
    expect(enrolment.status).toBe(201);
    const opened = enrolment.body as CaseView & { application: Record<string, unknown> };
    expect(opened).toMatchObject({ procedure: 'monitoring', stage: { code: 'home_check' } });
    // 15 calendar days from Monday 2 March: 24:00 on 16 March, not 19 March.
    expect(opened.dueAt).toBe('2026-03-16T16:00:00.000Z');
    const after = (await sut.as(tokens.village).get(`/cases/${lead.id}`)).body as CaseView;
    expect(after.stage).toMatchObject({ code: 'enrolled', final: true });
    // Each names the other.
    expect(after.linkedCases).toEqual([{ caseId: opened.id, label: '由此线索发起的纳入监测案件' }]);
    expect(opened.linkedCases).toEqual([{ caseId: lead.id, label: '来源风险线索' }]);
    const history = (await sut.as(tokens.village).get(`/cases/${lead.id}/history`)).body as { eventType: string; payload: { caseId?: string } }[];
    expect(history.map((entry) => entry.eventType)).toEqual(['CASE_OPENED', 'LEAD_ACCEPTED', 'ENROLMENT_OPENED']);
    expect(history[2]?.payload.caseId).toBe(opened.id);
    // A lead already turned into an enrolment takes no second one.
    expect((await sut.as(tokens.village).post(`/cases/${lead.id}/enrolment`)).status).toBe(409);
    clock.set(start);
  });

  it('opens no enrolment from a lead not yet accepted, and leaves nothing behind', async () => {
    const householdId = await household();
    const lead = (await report(householdId)).body as CaseView;
    expect((await sut.as(tokens.village).post(`/cases/${lead.id}/enrolment`)).status).toBe(409);
    expect((await sut.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM procedure_case WHERE household_id = $1 AND procedure = 'monitoring'`, [householdId]))[0]?.n).toBe('0');
  });

  it('closes an accepted lead with the facts the home check found, dated between the lead and today', async () => {
    const lead = (await report(await household())).body as CaseView;
    await sut.as(tokens.village).post(`/cases/${lead.id}/lead-acceptance`);
    const before = await sut.as(tokens.village).post(`/cases/${lead.id}/lead-clearance`).send({ checkedOn: '2026-03-01', facts: '医保已报销九成' });
    expect(before.status).toBe(400);
    expect(JSON.stringify(before.body)).toContain('早于线索受理日期');
    const cleared = await sut.as(tokens.village).post(`/cases/${lead.id}/lead-clearance`).send({ checkedOn: '2026-03-02', facts: '医保已报销九成，收入未明显下降' });
    expect(cleared.status).toBe(201);
    expect(cleared.body).toMatchObject({ stage: { code: 'cleared', final: true } });
    expect((await outbox(lead.id)).map((row) => `${row.recipient}:${row.template}`)).toContain('reporter:lead_closed');
  });

  it('counts the month\u2019s leads per channel in the statistics, and in its download', async () => {
    const recorded = await sut.dataSource.query<{ channel: string; n: number }[]>(
      `SELECT application ->> 'channel' AS channel, count(*)::int AS n FROM procedure_case WHERE procedure = 'risk_lead' GROUP BY 1 ORDER BY 1`,
    );
    expect(recorded.map((row) => row.channel)).toEqual(['cadre_sweep', 'self_report']);
    const statistics = (await sut.as(tokens.township).get(`/statistics/regions/${tree.townshipA.id}`)).body as { leadsByMonth: { month: string; channel: string; channelLabel: string; received: number }[] };
    expect(statistics.leadsByMonth).toEqual(recorded.map((row) => ({ month: '2026-03', channel: row.channel, channelLabel: row.channel === 'self_report' ? '农户自主申报' : '基层干部排查', received: row.n })));
    const [, ...rows] = await sheetRows((await fileAt(sut, tokens.township, `/statistics/regions/${tree.townshipA.id}/export`)).body, 1);
    expect(rows).toEqual(recorded.map((row) => ['2026-03', row.channel === 'self_report' ? '农户自主申报' : '基层干部排查', String(row.n)]));
  });
});
