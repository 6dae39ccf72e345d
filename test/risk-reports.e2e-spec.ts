import type { CaseView } from '../src/cases/case.view';
import type { Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { aMember, anIdNumber, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/** Residents' own reports (农户自主申报) through the public pages' forms, on Monday 2 March 2026. */
describe('Residents\u2019 self-reports (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ start: '2026-03-02T02:00:00Z', runWorker: true, reconcileIntervalMs: 3_600_000 }));
  });

  afterAll(() => sut.close());

  const form = (fields: Record<string, string>) =>
    sut
      .http()
      .post(`/board/${tree.villageA1.code}/report`)
      .type('form')
      .send({ name: '韦美兰', phone: '13698765432', riskType: 'job_loss', details: '在外务工的工厂倒闭，全家没有收入', ...fields });
  const numberOf = (page: string) => /id="report-number">([^<]+)</.exec(page)?.[1] ?? '';

  it('refuses a form with a bad ID number or no difficulty chosen, in Chinese, and files nothing', async () => {
    const refused = await form({ idNumber: '450123199001011230', riskType: '' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('身份证号码校验码错误');
    expect(refused.text).toContain('请选择遇到的困难');
    expect((await sut.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM risk_report'))[0]?.n).toBe('0');
  });

  it('opens a lead for a person the registry knows, once per form, and the village hears of it', async () => {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '韦美兰' })] });
    const idNumber = (household.body as { members: { idNumber: string }[] }).members[0]?.idNumber ?? '';
    const key = '5f0c3e8a-1b2d-4c3e-9f10-123456789abc';
    const first = await form({ idNumber, submissionKey: key });
    expect(first.status).toBe(201);
    const again = await form({ idNumber, submissionKey: key });
    expect(numberOf(again.text)).toBe(numberOf(first.text));
    const leads = await sut.dataSource.query<{ id: string; application: { channel: string; reporter: { phone: string }; reportNumber: string }; created_by: string | null }[]>(
      `SELECT id, application, created_by FROM procedure_case WHERE household_id = $1 AND procedure = 'risk_lead'`,
      [(household.body as { id: string }).id],
    );
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ created_by: null, application: { channel: 'self_report', reporter: { phone: '13698765432' }, reportNumber: numberOf(first.text) } });
    const outbox = await sut.dataSource.query<{ template: string }[]>(`SELECT payload->>'template' AS template FROM outbox WHERE case_id = $1 AND kind = 'notify'`, [leads[0]?.id]);
    expect(outbox.map((row) => row.template)).toEqual(['lead_received']);
    const history = (await sut.as(tokens.village).get(`/cases/${leads[0]?.id ?? ''}/history`)).body as { eventType: string; role: string }[];
    expect(history).toMatchObject([{ eventType: 'CASE_OPENED', role: 'resident' }]);
  });

  it('keeps a report of someone not yet registered for the village, whose lead then counts from the report', async () => {
    const idNumber = anIdNumber({ birth: '19800512' });
    const filed = await form({ idNumber });
    expect(filed.status).toBe(201);
    const waiting = (await sut.as(tokens.village).get('/risk-reports')).body as { id: string; publicNumber: string; idNumber: string; riskTypeLabel: string }[];
    const report = waiting.find((item) => item.publicNumber === numberOf(filed.text));
    expect(report).toMatchObject({ idNumber, riskTypeLabel: '因失业' });
    // The village's inbox hears of it, by the report's number (there is no case yet).
    const [notice] = await sut.dataSource.query<{ id: string; case_id: string | null }[]>(`SELECT id, case_id FROM outbox WHERE kind = 'notify' AND payload ->> 'caseNumber' = $1`, [report?.publicNumber]);
    expect(notice?.case_id).toBeNull();
    let inbox: { title: string; body: string; caseId: string | null }[] = [];
    await waitFor('the village inbox', async () => {
      inbox = ((await sut.as(tokens.village).get('/me/notifications')).body as { items: typeof inbox }).items.filter((item) => item.title === '新的自主申报待匹配农户');
      return inbox.length > 0;
    });
    expect(inbox[0]).toMatchObject({ caseId: null });
    expect(inbox[0]?.body).toContain(report?.publicNumber ?? '?');
    // The lookup says the village is checking; the township sees the report too.
    const status = await sut.http().post('/board/report-status').type('form').send({ number: report?.publicNumber, phone4: '5432' });
    expect(status.text).toContain('村里正在核实您的家庭信息');
    expect(((await sut.as(tokens.township).get('/risk-reports')).body as { id: string }[]).map((item) => item.id)).toContain(report?.id);

    // Two days later the village registers the household and turns the report into a lead.
    clock.set(new Date(clock.now().getTime() + 2 * 86_400_000));
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '韦美兰', idNumber })] });
    expect((await sut.as(tokens.township).post(`/risk-reports/${report?.id ?? ''}/lead`).send({ householdId: (household.body as { id: string }).id })).status).toBe(403);
    const opened = await sut.as(tokens.village).post(`/risk-reports/${report?.id ?? ''}/lead`).send({ householdId: (household.body as { id: string }).id });
    expect(opened.status).toBe(201);
    // Reported on Monday: Tuesday and Wednesday to accept it, whenever the household was found.
    expect((opened.body as CaseView).stageDueAt).toBe('2026-03-04T16:00:00.000Z');
    expect((await sut.as(tokens.village).post(`/risk-reports/${report?.id ?? ''}/lead`).send({ householdId: (household.body as { id: string }).id })).status).toBe(409);
    expect(((await sut.as(tokens.village).get('/risk-reports')).body as { id: string }[]).map((item) => item.id)).not.toContain(report?.id);
  });

  it('finds nothing with the wrong phone digits', async () => {
    const [report] = await sut.dataSource.query<{ public_number: string }[]>('SELECT public_number FROM risk_report LIMIT 1');
    const wrong = await sut.http().post('/board/report-status').type('form').send({ number: report?.public_number, phone4: '0000' });
    expect(wrong.text).toContain('未找到与编号和电话后四位相符的申报');
  });
});
