import { sample } from '../workflows/identification/identification.fixtures';
import type { CaseView } from '../src/cases/case.view';
import { fileAt } from './support/files';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { anIdNumber, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import { sheetRows, xlsxOf, XLSX, type ImportJob } from './support/roster-files';
import type { TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const HEADINGS = ['身份证号码', '姓名', '比对类别', '说明'];

/** A department's data for identification cross-checks: leads on the open cases of the people it names. */
describe('Department data files (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ runWorker: true }));
  });

  afterAll(() => sut.close());

  async function importFile(file: Buffer): Promise<ImportJob & { leadsAttached: number; rowsUnmatched: number; rowsRefused: number }> {
    const response = await sut.as(tokens.county).post('/imports/department-files').query({ regionId: tree.county.id, source: '公安交管', fileName: '车辆登记.xlsx' }).set('content-type', XLSX).send(file);
    if (response.status !== 202) throw new Error(`${response.status} ${response.text}`);
    let job = response.body as ImportJob & { leadsAttached: number; rowsUnmatched: number; rowsRefused: number };
    await waitFor('the department file', async () => {
      job = (await sut.as(tokens.county).get(`/imports/${job.id}`)).body as typeof job;
      return job.state !== 'queued' && job.state !== 'running';
    });
    return job;
  }

  it('attaches a lead to the open case of the member it names, once; the home visit must confirm or clear it', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal());
    const [member] = await sut.dataSource.query<{ id_number: string; name: string }[]>(`SELECT id_number, name FROM household_member WHERE household_id = $1`, [driver.householdId]);
    const good = anIdNumber();
    const file = await xlsxOf(HEADINGS, [
      [member?.id_number ?? '', member?.name ?? '', '车辆', '登记小型轿车一辆'],
      [anIdNumber(), '无案件', '车辆', '登记货车一辆'],
      [good.slice(0, 17) + (good[17] === '0' ? '1' : '0'), '号码有误', '车辆', ''],
      [anIdNumber(), '类别不明', '存款', ''],
    ]);
    const job = await importFile(file);
    expect(job).toMatchObject({ state: 'done', rowsRead: 4, leadsAttached: 1, rowsUnmatched: 1, rowsRefused: 2 });
    const [, ...refused] = await sheetRows((await fileAt(sut, tokens.county, job.reportUrl ?? '')).body);
    expect(refused.map((row) => row.at(-1))).toEqual(['身份证号码校验码错误', '比对类别「存款」无法识别 (可填: 车辆、不动产、工商登记、财政供养)']);
    // Imported again: nothing new.
    expect(await importFile(file)).toMatchObject({ state: 'done', leadsAttached: 0, rowsUnmatched: 1 });

    const view = await driver.view();
    expect(view.departmentLeads).toEqual([
      expect.objectContaining({ check: 'vehicle_or_machinery', source: '公安交管', detail: '登记小型轿车一辆', memberName: member?.name, hitSource: `公安交管·拥有超出生产需要的车辆或大型机械·${member?.name ?? ''}` }),
    ]);
    const hitSource = view.departmentLeads[0]?.hitSource ?? '';
    const unsettled = await driver.send(sample.verification());
    expect(unsettled.status).toBe(400);
    expect(unsettled.body).toMatchObject({ errors: [{ field: 'crossCheckHits', reason: `部门比对线索「${hitSource}」须经入户核实确认或排除` }] });
    expect((await driver.view()).stage.code).toBe('verification');
    const settled = await driver.send(sample.verification({ crossCheckHits: [{ source: hitSource, resolution: 'cleared' }] }));
    expect(settled.status).toBe(201);
    expect((settled.body as CaseView).stage.code).toBe('village_publicity');
  });

  it('refuses a file for a region outside the jurisdiction', async () => {
    const response = await sut.as(tokens.township).post('/imports/department-files').query({ regionId: tree.townshipB.id, fileName: 'a.xlsx' }).set('content-type', XLSX).send(await xlsxOf(HEADINGS, []));
    expect(response.status).toBe(403);
  });
});
