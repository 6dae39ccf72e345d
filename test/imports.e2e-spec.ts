import { fileAt } from './support/files';
import { aMember, anIdNumber, createAccount, PASSWORD, type RegionTree } from './support/fixtures';
import { CaseDriver } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { sample } from '../workflows/identification/identification.fixtures';
import type { Tokens } from './support/case-driver';
import { startIdentificationApp } from './support/identification-app';
import { gbCsvOf, HEADINGS, importRoster, personRow, sheetRows, xlsxOf, XLSX } from './support/roster-files';
import type { TestApp } from './support/test-app';

const birthOf = (idNumber: string) => `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
const sexOf = (idNumber: string) => (Number(idNumber[16]) % 2 === 1 ? '男' : '女');

/** A roster (花名册) through the worker, as a village would bring its Excel file in. */
describe('Roster import (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ runWorker: true }));
  });

  afterAll(() => sut.close());

  const person = (household: string, relation: string, name: string, idNumber = anIdNumber(), extra: Partial<Parameters<typeof personRow>[0]> = {}) =>
    personRow({ household, relation, name, idNumber, sex: sexOf(idNumber), birthDate: birthOf(idNumber), ...extra });

  it('stores the good households and refuses each bad one whole, with an error report naming every reason in Chinese', async () => {
    const elsewhere = anIdNumber();
    const registered = await sut.as(tokens.township).post('/households').send({ groupId: tree.groupA2.id, members: [aMember({ name: '蒙其他', idNumber: elsewhere })] });
    expect(registered.status).toBe(201);
    const good = anIdNumber();
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const twice = anIdNumber();
    const rows = [
      person('1', '户主', '韦建国', undefined, { income: '3600' }),
      person('1', '配偶', '黄秀英'),
      person('2', '户主', '潘光明', undefined, { group: '2' }),
      person('3', '户主', '蓝一', badCheck),
      person('4', '户主', '蓝二', undefined, { birthDate: '1960-01-01' }),
      person('5', '户主', '蓝三'),
      person('5', '之子', '蒙其他', elsewhere),
      person('6', '户主', '蓝四', undefined, { group: '九组' }),
      person('7', '户主', '蓝五'),
      person('7', '户主', '蓝六'),
      person('8', '配偶', '蓝七'),
      person('9', '户主', '蓝八'),
      person('9', '之女', '蓝九', twice),
      person('9', '之女', '蓝九', twice),
      // And enough good households for a village's file: 50 in all, imported twice below.
      ...Array.from({ length: 41 }, (_, index) => person(String(100 + index), '户主', `覃${index}`)),
    ];
    const file = await xlsxOf([...HEADINGS, '备注'], rows);
    const job = await importRoster(sut, tokens.village, tree.villageA1.id, '甲一村花名册.xlsx', file);
    expect(job).toMatchObject({ state: 'done', rowsRead: rows.length, householdsStored: 43, householdsRefused: 7, ignoredColumns: ['备注'], error: null });

    const stored = await sut.dataSource.query<{ name: string; group: string; income: string | null }[]>(
      `SELECT m.name, g.name AS group, h.per_capita_income AS income FROM household_member m JOIN household h ON h.id = m.household_id JOIN region g ON g.id = h.group_id WHERE h.village_id = $1 AND m.name IN ('韦建国', '黄秀英', '潘光明', '蓝三', '蓝八') ORDER BY m.name`,
      [tree.villageA1.id],
    );
    expect(stored).toEqual([
      { name: '潘光明', group: '二组', income: null },
      { name: '韦建国', group: '一组', income: '3600.00' },
      { name: '黄秀英', group: '一组', income: '3600.00' },
    ]);
    const [history] = await sut.dataSource.query<{ action: string; account: string }[]>(
      `SELECT c.action, a.username AS account FROM household_change c JOIN household_member m ON m.household_id = c.household_id JOIN staff_account a ON a.id = c.account_id WHERE m.name = '潘光明'`,
    );
    expect(history).toEqual({ action: 'registered', account: 'v' });

    const report = await fileAt(sut, tokens.village, job.reportUrl ?? '');
    expect(report.status).toBe(200);
    expect(report.contentType).toContain(XLSX);
    const [heading, ...refused] = await sheetRows(report.body);
    expect(heading).toEqual(['原行号', ...HEADINGS, '备注', '错误原因']);
    const reasonOf = (name: string) => refused.filter((row) => row[3] === name).map((row) => row.at(-1));
    expect(reasonOf('蓝一')).toEqual(['身份证号码校验码错误']);
    expect(reasonOf('蓝二')[0]).toMatch(/^出生日期与身份证号码不符/);
    expect(reasonOf('蒙其他')).toEqual(['此人已登记在甲二村一组的农户中 (一人只能属于一户)']);
    expect(reasonOf('蓝三')).toEqual(['同户其他成员有误，本户未导入']);
    expect(reasonOf('蓝四')).toEqual(['本村没有村民小组「九组」']);
    expect(reasonOf('蓝五')).toEqual(['本户有 2 位户主']);
    expect(reasonOf('蓝七')).toEqual(['本户没有户主']);
    expect(reasonOf('蓝九')).toEqual(['同户其他成员有误，本户未导入', expect.stringMatching(/^重复的行: 身份证号码与第 \d+ 行相同$/)]);
    // The original line numbers, as the clerk finds them in the file.
    expect(refused.find((row) => row[3] === '蓝一')?.[0]).toBe('5');
    expect(refused).toHaveLength(11);

    // The same file again changes nothing: its 43 households are found by their ID numbers.
    const again = await importRoster(sut, tokens.village, tree.villageA1.id, '甲一村花名册.xlsx', file);
    expect(again).toMatchObject({ state: 'done', householdsStored: 0, householdsUnchanged: 43, householdsRefused: 7 });
    const [names] = await sut.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM household_member WHERE name IN ('韦建国', '黄秀英', '潘光明')`);
    expect(names?.count).toBe(3);
  });

  it('updates a household from a newer file, each change in its history as an edit by hand', async () => {
    const head = anIdNumber();
    const spouse = anIdNumber({ male: false });
    const first = await xlsxOf(HEADINGS, [person('11', '户主', '陆大山', head, { income: '4200' }), person('11', '配偶', '陆小红', spouse)]);
    expect(await importRoster(sut, tokens.village, tree.villageA1.id, 'first.xlsx', first)).toMatchObject({ householdsStored: 1 });
    const child = anIdNumber({ birth: '20150601' });
    const newer = await xlsxOf(HEADINGS, [
      person('11', '户主', '陆大山', head, { income: '5100', phone: '13900139000' }),
      person('11', '配偶', '陆小红', spouse),
      person('11', '之子', '陆小山', child),
    ]);
    expect(await importRoster(sut, tokens.village, tree.villageA1.id, 'newer.xlsx', newer)).toMatchObject({ state: 'done', householdsStored: 0, householdsUpdated: 1 });
    const [found] = await sut.dataSource.query<{ household_id: string }[]>(`SELECT household_id FROM household_member WHERE id_number = $1`, [head]);
    const householdId = found?.household_id ?? '';
    const history = (await sut.as(tokens.village).get(`/households/${householdId}/history`)).body as { action: string; changes: Record<string, [unknown, unknown]> }[];
    expect(history.map((entry) => entry.action)).toEqual(['registered', 'updated', 'member_updated', 'member_added']);
    expect(history[1]?.changes).toEqual({ perCapitaIncome: [4200, 5100] });
    expect(Object.values(history[2]?.changes ?? {})).toEqual([[null, '13900139000']]);
    const view = (await sut.as(tokens.village).get(`/households/${householdId}`)).body as { version: number; members: { name: string; labourCapacity: string; schooling: string }[] };
    // A child with no labour or schooling written takes the plain values for an 11-year-old.
    expect(view.members.find((member) => member.name === '陆小山')).toMatchObject({ labourCapacity: 'none', schooling: 'in_school' });
  });

  it('reads a CSV saved by Excel in GB18030', async () => {
    const file = gbCsvOf(HEADINGS, [person('21', '户主', '黄金凤', anIdNumber({ male: false }))]);
    expect(await importRoster(sut, tokens.village, tree.villageA1.id, '名单.csv', file)).toMatchObject({ state: 'done', householdsStored: 1, householdsRefused: 0 });
    expect(await sut.dataSource.query(`SELECT 1 FROM household_member WHERE name = '黄金凤'`)).toHaveLength(1);
  });

  it('fails a file without the columns it needs, saying which, and one that is no spreadsheet', async () => {
    const missing = await importRoster(sut, tokens.village, tree.villageA1.id, 'x.xlsx', await xlsxOf(['姓名', '身份证号码'], [['韦某', anIdNumber()]]));
    expect(missing).toMatchObject({ state: 'failed', error: '第 1 行应为表头，缺少必需的列: 户编号、与户主关系、性别、村民小组', householdsStored: 0 });
    const garbage = await importRoster(sut, tokens.village, tree.villageA1.id, 'y.xlsx', Buffer.from('not a spreadsheet at all'));
    expect(garbage).toMatchObject({ state: 'failed', error: '无法读取文件: 请上传 Excel (.xlsx) 或 CSV 格式的文件' });
  });

  it('imports only within the importer\u2019s jurisdiction, and only spreadsheets', async () => {
    const file = await xlsxOf(HEADINGS, [person('31', '户主', '韦外村', anIdNumber())]);
    const outside = await sut.as(tokens.village).post('/imports/rosters').query({ villageId: tree.villageA2.id, fileName: 'a.xlsx' }).set('content-type', XLSX).send(file);
    expect(outside.status).toBe(403);
    const wrongKind = await sut.as(tokens.village).post('/imports/rosters').query({ villageId: tree.villageA1.id, fileName: 'a.pdf' }).set('content-type', XLSX).send(file);
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body).toMatchObject({ errors: [{ field: 'fileName', reason: '须为 Excel (.xlsx) 或 CSV (.csv) 文件' }] });
    expect(await sut.dataSource.query(`SELECT 1 FROM import_job WHERE file_name IN ('a.xlsx', 'a.pdf')`)).toHaveLength(0);
    // The township over both villages may import into either.
    expect(await importRoster(sut, tokens.township, tree.villageA2.id, 'a.xlsx', file)).toMatchObject({ state: 'done', householdsStored: 1 });
  });

  const download = async (token: string, path: string, query: object = {}) => {
    const file = await fileAt(sut, token, path, query);
    return { status: file.status, type: String(file.contentType), body: file.body };
  };

  it('exports the roster in the import\u2019s own layout: imported back it changes nothing; the administrator sees ID numbers masked', async () => {
    const exported = await download(tokens.village, '/exports/households', { regionId: tree.villageA1.id });
    expect(exported).toMatchObject({ status: 200, type: expect.stringContaining(XLSX) as string });
    const [heading, ...rows] = await sheetRows(exported.body);
    expect(heading).toEqual([...HEADINGS, '村', '农户状态']);
    const [people] = await sut.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM household_member m JOIN household h ON h.id = m.household_id WHERE h.village_id = $1`, [tree.villageA1.id]);
    expect(rows).toHaveLength(people?.count ?? -1);
    expect(rows.find((row) => row[2] === '韦建国')).toEqual(expect.arrayContaining(['户主', '一组', '3600', '甲一村', '未识别']));
    const back = await importRoster(sut, tokens.village, tree.villageA1.id, '导出.xlsx', exported.body);
    expect(back).toMatchObject({ state: 'done', householdsStored: 0, householdsUpdated: 0, householdsRefused: 0, ignoredColumns: ['村', '农户状态'] });
    expect(back.householdsUnchanged).toBeGreaterThan(3);

    await createAccount(sut.dataSource, 'root', 'admin', null);
    const admin = await sut.login('root', PASSWORD);
    const [, first] = await sheetRows((await download(admin, '/exports/households', { regionId: tree.villageA1.id })).body);
    expect(first?.[3]).toMatch(/^450123\*{8}\d{3}[\dX]$/);
    // Outside the jurisdiction: the API's refusal, not an empty file.
    expect((await download(tokens.village, '/exports/households', { regionId: tree.villageA2.id })).status).toBe(403);
  });

  it('exports the cases with their stages', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit());
    const exported = await download(tokens.township, '/exports/cases', { procedure: 'identification' });
    const [heading, ...rows] = await sheetRows(exported.body);
    expect(heading).toEqual(['案件编号', '办理程序', '户主', '村', '当前阶段', '等待办理', '本阶段时限', '开立或最近办理', '是否办结']);
    const { caseNumber } = await driver.view();
    expect(rows.find((row) => row[0] === caseNumber) ?? rows).toEqual([caseNumber, '贫困户识别', '韦建国', '甲一村', '村民小组评议', '村级', '', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), '否']);
  });

  it('exports a notice\u2019s list with full names, the follow-up visits, and a household plan as two sheets', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const onNotice = await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened());
    const [heading, row] = await sheetRows((await download(tokens.village, `/exports/notices/${onNotice.publicity?.noticeId ?? ''}`)).body);
    expect(heading).toEqual(['序号', '村民小组', '户主', '家庭人口', '案件编号', '当前阶段']);
    expect(row).toEqual(['1', '一组', '韦建国', '1', onNotice.caseNumber, '村级第一次公示 · 公示中']);

    await sut.dataSource.query(`UPDATE household SET status = 'exited', status_since = '2025-12-01', exit_year = 2025 WHERE id = $1`, [driver.householdId]);
    await sut.dataSource.query(`INSERT INTO follow_up_visit (household_id, village_code, exit_case_id, due_on) VALUES ($1, $2, $3, '2026-06-01')`, [driver.householdId, tree.villageA1.code, driver.caseId]);
    const [visitsHeading, ...visits] = await sheetRows((await download(tokens.village, '/exports/follow-ups')).body);
    expect(visitsHeading?.slice(0, 3)).toEqual(['户主', '村', '应回访日期']);
    expect(visits).toContainEqual(['韦建国', '甲一村', '2026-06-01']);

    await sut.dataSource.query(`UPDATE household SET status = 'monitored', status_since = '2026-01-05' WHERE id = $1`, [driver.householdId]);
    const measure = await sut.as(tokens.village).post(`/households/${driver.householdId ?? ''}/measures`).send({ kind: 'employment', description: '安排公益性岗位 (护林员)' });
    expect(measure.status).toBe(201);
    expect((await sut.as(tokens.village).post(`/households/${driver.householdId ?? ''}/income-checks`).send({ checkedOn: '2026-02-01', perCapitaIncome: 8100 })).status).toBe(201);
    const plan = await download(tokens.village, `/exports/households/${driver.householdId ?? ''}/plan`);
    expect(await sheetRows(plan.body, 0)).toEqual([
      ['类型', '内容', '责任部门', '金额 (元)', '开始日期', '进度', '落实日期', '登记时间'],
      ['就业帮扶', '安排公益性岗位 (护林员)', '人社局', '', '', '计划', '', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string],
    ]);
    expect(await sheetRows(plan.body, 1)).toEqual([['核查日期', '家庭人均纯收入 (元/年)', '来源'], ['2026-02-01', '8100', '监测走访']]);
  });

  it('offers a template with the headings and an example household that imports as it is', async () => {
    const response = await fileAt(sut, tokens.village, '/imports/templates/roster');
    expect(response.status).toBe(200);
    expect(response.disposition).toContain("filename*=UTF-8''");
    const [heading, ...example] = await sheetRows(response.body);
    expect(heading).toEqual(HEADINGS);
    expect(example).toHaveLength(3);
    expect(await importRoster(sut, tokens.village, tree.villageA1.id, '模板.xlsx', response.body)).toMatchObject({ state: 'done', householdsStored: 1, householdsRefused: 0 });
  });
});
