import { DEFAULT_POLICY } from '../workflows/policy';
import type { CaseView } from '../src/cases/case.view';
import { idNumberCheckCharacter } from '../src/households/id-number.util';
import { ImportRunner } from '../src/imports/import-runner.service';
import type { Tokens } from './support/case-driver';
import { fileAt } from './support/files';
import { aMember, anIdNumber, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import { HEADINGS as ROSTER_HEADINGS, importRoster, personRow, sheetRows, xlsxOf, XLSX, type ImportJob } from './support/roster-files';
import type { TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const HEADINGS = ['身份证号码', '姓名', '预警类型', '金额', '日期', '说明'];

type AlertJob = ImportJob & { kind: string; leadsOpened: number; leadsAttached: number; rowsBelowThreshold: number; rowsUnmatched: number; rowsRefused: number; feedbackUrl: string | null };

/** ID numbers of an area code of their own, so a large file never meets the fixtures' numbers: 500 men born each New Year's Day from 1960. */
function blockIdNumber(serial: number): string {
  const first17 = `450124${1960 + Math.floor(serial / 500)}0101${String((serial % 500) * 2 + 1).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

/**
 * Department screening alerts (部门筛查预警) on a clock the test moves (Monday 2 March 2026):
 * matched to members, judged by the county's rule for their type, one risk lead per household,
 * and the department's feedback for its file.
 */
describe('Department screening alerts (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;

  beforeAll(async () => {
    ({ sut, tree, tokens } = await startIdentificationApp({ start: '2026-03-02T02:00:00Z', runWorker: true, reconcileIntervalMs: 3_600_000 }));
  });

  afterAll(() => sut.close());

  async function importAlerts(rows: string[][], regionId = tree.county.id, fileName = '医保预警.xlsx'): Promise<AlertJob> {
    const response = await sut.as(tokens.county).post('/imports/risk-alerts').query({ regionId, source: '县医保局', fileName }).set('content-type', XLSX).send(await xlsxOf(HEADINGS, rows));
    if (response.status !== 202) throw new Error(`${response.status} ${response.text}`);
    let job = response.body as AlertJob;
    await waitFor(
      'the alert file',
      async () => {
        job = (await sut.as(tokens.county).get(`/imports/${job.id}`)).body as AlertJob;
        return job.state !== 'queued' && job.state !== 'running';
      },
      120_000,
    );
    return job;
  }
  const household = async (perCapitaIncome: number, people = 1) => {
    const members = Array.from({ length: people }, (_, index) => aMember({ name: `成员${index}`, relation: index === 0 ? 'head' : 'son' }));
    const created = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, perCapitaIncome, members });
    if (created.status !== 201) throw new Error(created.text);
    return { id: (created.body as { id: string }).id, idNumbers: members.map((member) => member.idNumber) };
  };
  const leadsOf = (householdId: string) => sut.dataSource.query<{ id: string; stage: string; application: Record<string, unknown> }[]>(`SELECT id, stage, application FROM procedure_case WHERE household_id = $1 AND procedure = 'risk_lead' ORDER BY created_at`, [householdId]);
  const feedback = async (job: AlertJob) => {
    const [headings, ...rows] = await sheetRows((await fileAt(sut, tokens.county, job.feedbackUrl ?? '')).body);
    return rows.map((row) => Object.fromEntries((headings ?? []).map((heading, index) => [heading, row[index] ?? ''])));
  };

  it('opens one lead per household for the alerts that pass the rule, and tells the department each row\'s outcome', async () => {
    // 8,000 yuan a head, 3 people: 24,000 a year; medical costs pass at half of it (the default rule).
    const ill = await household(8_000, 3);
    const fine = await household(8_000, 3);
    const outside = anIdNumber();
    const job = await importAlerts([
      [ill.idNumbers[1] ?? '', '成员1', '医疗费用自付较高', '15000', '2026-02-20', '住院自付'],
      [ill.idNumbers[0] ?? '', '成员0', '低保', '', '2026-02-25', ''],
      [fine.idNumbers[0] ?? '', '成员0', '高额医疗费用', '3000', '2026-02-21', ''],
      [outside, '外县人员', '失业', '', '2026-02-22', ''],
      [anIdNumber(), '类型不明', '存款', '', '2026-02-22', ''],
      [fine.idNumbers[2] ?? '', '成员2', '辍学', '', '2026-03-09', ''],
    ]);
    expect(job).toMatchObject({ kind: 'risk_alert', state: 'done', rowsRead: 6, leadsOpened: 1, leadsAttached: 1, rowsBelowThreshold: 1, rowsUnmatched: 1, rowsRefused: 2 });

    // The lead: the department's channel, the first alert's risk, the village to accept it.
    const [lead, ...more] = await leadsOf(ill.id);
    expect(more).toEqual([]);
    expect(lead).toMatchObject({ stage: 'received', application: { channel: 'department_alert', riskType: 'illness', reporter: { name: '县医保局', phone: null } } });
    expect(String(lead?.application.reasons)).toContain('医保筛查预警: 医疗费用自付较高，金额 15000 元 (2026-02-20)');
    expect(await leadsOf(fine.id)).toEqual([]);
    const notices = await sut.dataSource.query<{ template: string }[]>(`SELECT payload->>'template' AS template FROM outbox WHERE case_id = $1 AND kind = 'notify'`, [lead?.id]);
    expect(notices).toEqual([{ template: 'lead_received' }]);
    // The case page shows every alert the lead carries, the one that opened it and the one that joined it.
    const view = (await sut.as(tokens.village).get(`/cases/${lead?.id ?? ''}`)).body as CaseView;
    expect(view.screeningAlerts.map((alert) => [alert.department, alert.alertLabel, alert.memberName, alert.amount, alert.alertedOn, alert.source])).toEqual([
      ['医保', '医疗费用自付较高', '成员1', 15000, '2026-02-20', '县医保局'],
      ['民政', '新纳入低保', '成员0', null, '2026-02-25', '县医保局'],
    ]);
    const history = (await sut.as(tokens.village).get(`/cases/${lead?.id ?? ''}/history`)).body as { eventType: string }[];
    expect(history.map((entry) => entry.eventType)).toEqual(['CASE_OPENED']);

    const rows = await feedback(job);
    expect(rows.map((row) => [row['原行号'], row['处理结果'], row['说明']])).toEqual([
      ['2', '已生成风险线索', '金额 15000 元占家庭年收入 62.5%，达到 50%'],
      ['3', '并入该户在办风险线索', '该类预警一律生成线索'],
      ['4', '未达预警阈值，未生成线索', '金额 3000 元占家庭年收入 12.5%，未达 50%'],
      ['5', '本辖区未找到此人', '本辖区农户成员中没有此身份证号码'],
      ['6', '数据有误，未导入', '预警类型「存款」无法识别 (可填: 医疗费用自付较高、新纳入低保、新纳入特困供养、新办残疾证、学生失学辍学、灾害损失、失业)'],
      ['7', '数据有误，未导入', '日期不能晚于今天'],
    ]);
    expect(rows[0]).toMatchObject({ 户主: '成员0', 所在村: tree.villageA1.name, 线索办理情况: '待受理', 预警类型: '医疗费用自付较高', '金额 (元)': '15000' });
    expect(rows[2]?.['线索编号']).toBe('');
    // The error report lists the refused rows as the file had them.
    const [, ...refused] = await sheetRows((await fileAt(sut, tokens.county, job.reportUrl ?? '')).body);
    expect(refused.map((row) => row[0])).toEqual(['6', '7']);

    // The same file again: the same alerts join the lead they made; nothing new is opened.
    const again = await importAlerts([[ill.idNumbers[1] ?? '', '成员1', '医疗费用自付较高', '15000', '2026-02-20', '住院自付']]);
    expect(again).toMatchObject({ leadsOpened: 0, leadsAttached: 1 });
    expect(await leadsOf(ill.id)).toHaveLength(1);

    // The feedback follows the lead: closed before the home check, with the reason.
    const closed = await sut.as(tokens.village).post(`/cases/${lead?.id ?? ''}/lead-dismissal`).send({ reason: 'out_of_scope', explanation: '已享受低保，家庭收入稳定' });
    expect(closed.status).toBe(201);
    expect((await feedback(job))[0]?.['线索办理情况']).toBe('不予受理: 不属于监测范围，已享受低保，家庭收入稳定');
  });

  it('follows the lead into its enrolment in the feedback', async () => {
    const ill = await household(5_000, 1);
    const job = await importAlerts([[ill.idNumbers[0] ?? '', '成员0', '新办残疾证', '', '2026-02-27', '二级肢体残疾']]);
    expect(job).toMatchObject({ leadsOpened: 1 });
    const [lead] = await leadsOf(ill.id);
    expect((await sut.as(tokens.village).post(`/cases/${lead?.id ?? ''}/lead-acceptance`)).status).toBe(201);
    const enrolment = (await sut.as(tokens.village).post(`/cases/${lead?.id ?? ''}/enrolment`)).body as CaseView & { caseNumber: string };
    const [row] = await feedback(job);
    expect(row).toMatchObject({ 线索办理情况: '已纳入监测程序', 纳入监测案件: enrolment.caseNumber, 监测办理情况: expect.stringContaining('入户核查') as unknown });
  });

  it('follows the county\'s rule for each type: a lower amount threshold lets small costs through', async () => {
    const small = await household(20_000, 2);
    const row = [small.idNumbers[0] ?? '', '成员0', '医疗费用自付较高', '800', '2026-02-26', ''];
    expect(await importAlerts([row])).toMatchObject({ leadsOpened: 0, rowsBelowThreshold: 1 });
    const policy = { ...DEFAULT_POLICY, monitoring: { ...DEFAULT_POLICY.monitoring, alertRules: { ...DEFAULT_POLICY.monitoring.alertRules, medical_costs: { mode: 'amount', threshold: 500 } } } };
    const bad = await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...policy, monitoring: { ...policy.monitoring, alertRules: { ...policy.monitoring.alertRules, medical_costs: { mode: 'share_of_income', threshold: 0 } } } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errors: [{ field: 'monitoring.alertRules.medical_costs.threshold', reason: '收入比例须大于 0、不超过 1000 (%)' }] });
    const unknownMode = await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...policy, monitoring: { ...policy.monitoring, alertRules: { ...policy.monitoring.alertRules, job_loss: { mode: 'sometimes', threshold: 0 } } } });
    expect(unknownMode.status).toBe(400);
    expect(JSON.stringify(unknownMode.body)).toContain('monitoring.alertRules.job_loss.mode');
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(policy)).status).toBe(200);
    // The same alert, judged again under the new rule, now opens a lead.
    expect(await importAlerts([row])).toMatchObject({ leadsOpened: 1, rowsBelowThreshold: 0 });
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY)).status).toBe(200);
  });

  it('matches only the households of the region the file is for, and refuses a region outside the jurisdiction', async () => {
    const ill = await household(5_000, 1);
    const job = await importAlerts([[ill.idNumbers[0] ?? '', '成员0', '失业', '', '2026-02-27', '']], tree.townshipB.id);
    expect(job).toMatchObject({ leadsOpened: 0, rowsUnmatched: 1 });
    const refused = await sut.as(tokens.township).post('/imports/risk-alerts').query({ regionId: tree.townshipB.id, fileName: 'a.xlsx' }).set('content-type', XLSX).send(await xlsxOf(HEADINGS, []));
    expect(refused.status).toBe(403);
    const unnamed = await sut.as(tokens.county).post('/imports/risk-alerts').query({ regionId: tree.county.id }).set('content-type', XLSX).send(await xlsxOf(HEADINGS, []));
    expect(unnamed.status).toBe(400);
    expect((unnamed.body as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual(['fileName']);
  });

  it('runs a job again (a worker that died mid-file) without storing a row or opening a lead twice', async () => {
    const ill = await household(5_000, 2);
    const job = await importAlerts([
      [ill.idNumbers[0] ?? '', '成员0', '失业', '', '2026-02-27', ''],
      [ill.idNumbers[1] ?? '', '成员1', '辍学', '', '2026-02-27', ''],
      [anIdNumber(), '无此人', '失业', '', '2026-02-27', ''],
    ]);
    expect(job).toMatchObject({ leadsOpened: 1, leadsAttached: 1, rowsUnmatched: 1 });
    await sut.dataSource.query(`UPDATE import_job SET state = 'running' WHERE id = $1`, [job.id]);
    expect(await sut.app.get(ImportRunner).run(job.id)).toBe('done');
    expect((await sut.as(tokens.county).get(`/imports/${job.id}`)).body).toMatchObject({ rowsRead: 3, leadsOpened: 1, leadsAttached: 1, rowsUnmatched: 1 });
    expect(await leadsOf(ill.id)).toHaveLength(1);
    const [{ count }] = await sut.dataSource.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM risk_alert WHERE import_job_id = $1`, [job.id]);
    expect(count).toBe(3);
  });

  it('imports a file of 5,000 rows with 1 % unmatched', async () => {
    // 4,950 one-person households by roster, each with a recorded income of 6,000 yuan.
    const people = Array.from({ length: 4_950 }, (_, index) => blockIdNumber(index));
    const roster = await importRoster(sut, tokens.county, tree.villageA2.id, '花名册.xlsx', await xlsxOf(ROSTER_HEADINGS, people.map((idNumber, index) => personRow({ household: String(index + 1), relation: '户主', name: `农户${index}`, idNumber, sex: '男', group: '一组', income: '6000' }))));
    expect(roster).toMatchObject({ state: 'done', householdsStored: 4_950 });
    // Every tenth alert is above half the income; 50 rows name nobody in the county.
    const rows = people.map((idNumber, index) => [idNumber, `农户${index}`, '医疗费用自付较高', index % 10 === 0 ? '4000' : '900', '2026-02-28', '']);
    for (let index = 0; index < 50; index += 1) rows.push([blockIdNumber(10_000 + index), '外地', '医疗费用自付较高', '4000', '2026-02-28', '']);
    const job = await importAlerts(rows, tree.county.id, '医保预警-5000.xlsx');
    expect(job).toMatchObject({ state: 'done', rowsRead: 5_000, leadsOpened: 495, rowsBelowThreshold: 4_455, rowsUnmatched: 50, rowsRefused: 0 });
    const [{ count }] = await sut.dataSource.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM risk_alert WHERE import_job_id = $1 AND outcome = 'lead_opened' AND lead_case_id IS NOT NULL`, [job.id]);
    expect(count).toBe(495);
    const feedbackRows = await feedback(job);
    expect(feedbackRows).toHaveLength(5_000);
    expect(feedbackRows.filter((row) => row['处理结果'] === '本辖区未找到此人')).toHaveLength(50);
  }, 240_000);
});
