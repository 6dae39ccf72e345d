import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CONSOLE_DIST } from '../src/console/console-static';
import { ImportRunner } from '../src/imports/import-runner.service';
import { chinaDate } from '../src/common/clock';
import { sample } from '../workflows/identification/identification.fixtures';
import { exitSample } from '../workflows/exit/exit.fixtures';
import { monitoringSample } from '../workflows/monitoring/monitoring.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { aMember, anIdNumber, createAccount, PASSWORD, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import { HEADINGS, personRow, sheetRows, xlsxOf } from './support/roster-files';
import type { TestApp } from './support/test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, 'artifacts', 'console');

/** A day as the console's date fields take it: 2026年3月2日. */
const chinaDay = (instant: Date): string => chinaDate(instant).replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');

const SCREENS = [
  { name: '1366', viewport: { width: 1366, height: 768 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;

/**
 * The staff console in Debian's Chromium, against the real API and database: the built console
 * (web/dist, built by `npm test`'s pretest) as the service serves it at /console.
 */
describe('Staff console in a browser (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(join(CONSOLE_DIST, 'index.html'))) throw new Error(`The console is not built (${CONSOLE_DIST}): run npm run build`);
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
    await createAccount(sut.dataSource, 'v2', 'village', tree.villageA2);
    await createAccount(sut.dataSource, 'root', 'admin', null);
    await sut.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(sut.app.getHttpServer() as { address(): AddressInfo }).address().port}`;
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sut.close();
  });

  /**
   * A page signed in as this account, kept for the suite: logins are limited to ten a minute per
   * client, and a person keeps working in one tab.
   */
  const tabs = new Map<string, Page>();
  async function signedIn(username: string, screen: (typeof SCREENS)[number] = SCREENS[0]): Promise<{ page: Page }> {
    let page = tabs.get(username);
    if (!page) {
      const context = await browser.newContext({ viewport: screen.viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      // Fail at the step that did not happen, well within the test's own time.
      context.setDefaultTimeout(15_000);
      page = await context.newPage();
      tabs.set(username, page);
      await page.goto(`${base}/`);
      await logIn(page, username);
    }
    await page.setViewportSize(screen.viewport);
    return { page };
  }

  async function logIn(page: Page, username: string): Promise<void> {
    await page.waitForURL(/\/console\/login/);
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    // Checking a password is slow on purpose, slower still while other suites share the cores.
    await page.waitForURL(/\/console\/(work|accounts)/, { timeout: 20_000 });
  }

  /** Dialogs and their overlays fade out; a screenshot waits until none is left on screen. */
  const settled = (page: Page) => page.waitForFunction(`![...document.querySelectorAll('.el-overlay')].some((overlay) => getComputedStyle(overlay).display !== 'none')`);

  // Evaluated in the page (strings: this project compiles without DOM types).
  const noHorizontalScroll = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
  /** Text that spills out of its box: elements whose content is wider than they are (tables scroll inside theirs). */
  const overflowing = (page: Page) =>
    page.evaluate<string[]>(`[...document.querySelectorAll('.main *, .header *')]
      .filter((element) => !element.closest('.el-table, .el-steps, .steps') && getComputedStyle(element).overflowX === 'visible' && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0)
      .map((element) => element.tagName + '.' + element.className + ': ' + (element.textContent || '').slice(0, 30))`);

  /** Words in Latin letters on screen: codes the console failed to put in Chinese (case numbers are SB-…, two letters; file names end in .xlsx). */
  const latinWords = (page: Page) => page.evaluate<string[]>(`[...new Set(document.body.innerText.match(/(?<![.A-Za-z])[A-Za-z]{3,}/g) ?? [])]`);

  async function atTownshipReview(): Promise<CaseDriver> {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.windowEnded());
    return driver;
  }

  it('signs a village clerk in and lists the work waiting on the village, oldest first, with counts per stage', async () => {
    const [older, newer] = [await CaseDriver.openCase(sut, tokens, tree, clock), await CaseDriver.openCase(sut, tokens, tree, clock)];
    await older.send(sample.submit());
    await newer.send(sample.submit());
    const { page } = await signedIn('v');
    await page.waitForSelector('[data-test=work-table] .el-table__row');
    expect(await page.textContent('[data-test=who]')).toContain('村级 · 甲一村');
    const numbers = await page.evaluate<string[]>(`[...document.querySelectorAll('[data-test=work-table] .el-table__row td:first-child')].map((cell) => cell.textContent.trim())`);
    const olderNumber = (await older.view()).caseNumber;
    expect(numbers.indexOf(olderNumber)).toBeLessThan(numbers.indexOf((await newer.view()).caseNumber));
    expect(await page.textContent('[data-test=stage-counts]')).toMatch(/村民小组评议\s*\d+/);
    expect(await page.textContent('[data-test=total]')).toMatch(/共 \d+ 件/);
  });

  it('lets a village clerk register a household (a wrong ID check character caught as typed), open its identification case and submit it', async () => {
    const { page } = await signedIn('v');
    await page.goto(`${base}/console/households`);
    await page.click('[data-test=register]');
    const valid = anIdNumber();
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    await page.fill('[data-member="0"] input[data-field=name]', '蓝桂芳');
    await page.fill('[data-member="0"] input[data-field=idNumber]', wrongCheck);
    // Element Plus shows a field's error a moment after it is set.
    await page.waitForSelector('[data-member="0"] .el-form-item__error >> text=身份证号码校验码错误');
    await page.click('[data-test=register-submit]');
    expect(await sut.dataSource.query(`SELECT 1 FROM household_member WHERE name = '蓝桂芳'`)).toHaveLength(0);
    await page.fill('[data-member="0"] input[data-field=idNumber]', valid);
    await page.waitForSelector('[data-member="0"] .el-form-item__error >> text=身份证号码校验码错误', { state: 'detached' });
    await page.click('[data-test=register-submit]');
    await page.waitForURL(/\/console\/households\/[0-9a-f-]{36}/);
    expect(await page.textContent('[data-test=members]')).toContain('蓝桂芳');

    await page.click('[data-open=identification]');
    await page.fill('[data-field=reasons] textarea, textarea[data-field=reasons]', '家中主要劳动力患病，收入低');
    await page.click('[data-field=crossCheckConsent]');
    await page.click('[data-test=open-submit]');
    await page.click('.el-message-box__btns >> text=开立');
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}/);
    await page.waitForSelector('[data-event=SUBMIT]');
    expect(await page.textContent('[data-test=stage]')).toBe('农户申请');
    await page.click('[data-event=SUBMIT]');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '村民小组评议'`);
    const [row] = await sut.dataSource.query<{ stage: string }[]>(`SELECT c.stage FROM procedure_case c JOIN household_member m ON m.household_id = c.household_id WHERE m.name = '蓝桂芳'`);
    expect(row?.stage).toBe('group_review');
  });

  it('imports a roster file with its progress shown, the refused household in an error report to download', async () => {
    const good = anIdNumber();
    const bad = anIdNumber();
    const rows = [
      personRow({ household: '1', relation: '户主', name: '覃导入', idNumber: good, sex: Number(good[16]) % 2 ? '男' : '女' }),
      personRow({ household: '2', relation: '户主', name: '覃有误', idNumber: bad.slice(0, 17) + (bad[17] === '0' ? '1' : '0'), sex: '男' }),
    ];
    const file = join(ARTIFACTS, '花名册.xlsx');
    writeFileSync(file, await xlsxOf(HEADINGS, rows));
    const { page } = await signedIn('v');
    await page.goto(`${base}/console/households`);
    await page.click('[data-test=to-imports]');
    await page.waitForURL(/\/console\/imports/);
    const [template] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=template]')]);
    expect(template.suggestedFilename()).toBe('农户花名册模板.xlsx');
    await page.setInputFiles('input[data-field=file]', file);
    await page.click('[data-test=upload]');
    // The worker's part, on the API's services (this suite runs no worker), as the queue would call it.
    await page.waitForSelector('[data-test=import][data-state=queued], [data-test=import][data-state=running]');
    const [queued] = await sut.dataSource.query<{ id: string }[]>(`SELECT id FROM import_job WHERE file_name = '花名册.xlsx' ORDER BY created_at DESC LIMIT 1`);
    expect(await sut.app.get(ImportRunner).run(queued?.id ?? '')).toBe('done');
    await page.waitForSelector('[data-test=import][data-state=done]');
    expect(await page.textContent('[data-test=import] [data-test=counts]')).toMatch(/已读 2 行 · 新登记 1 户[\s\S]*未导入 1 户/);
    expect(await page.getAttribute('[data-test=import] .el-progress', 'aria-valuenow')).toBe('100');
    const [report] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=import] [data-test=report]')]);
    expect(report.suggestedFilename()).toBe('花名册-错误报告.xlsx');
    const [, refused] = await sheetRows(readFileSync((await report.path()) ?? ''));
    expect(refused?.at(-1)).toBe('身份证号码校验码错误');
    expect(await sut.dataSource.query(`SELECT 1 FROM household_member WHERE name = '覃导入'`)).toHaveLength(1);
    await page.screenshot({ path: join(ARTIFACTS, 'imports-1366.png'), fullPage: true });

    // And out again: the households list as a roster, with the list's filter.
    await page.goto(`${base}/console/households`);
    await page.fill('input[placeholder=户主姓名]', '覃导入');
    await page.press('input[placeholder=户主姓名]', 'Enter');
    await page.waitForSelector('text=覃导入');
    const [roster] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-households]')]);
    expect(roster.suggestedFilename()).toMatch(/^农户花名册-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const exported = await sheetRows(readFileSync((await roster.path()) ?? ''));
    expect(exported.slice(1).map((row) => row[2])).toEqual(['覃导入']);
  });

  it('lets a clerk edit a member and add one, each change in the household\u2019s history', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const { page } = await signedIn('v');
    await page.goto(`${base}/console/households/${driver.householdId ?? ''}`);
    await page.click('[data-edit-member="韦建国"]');
    await page.fill('.el-dialog input[data-field=phone]', '1380013');
    await page.waitForSelector('.el-dialog .el-form-item__error >> text=须为 11 位手机号或带区号的固定电话');
    await page.fill('.el-dialog input[data-field=phone]', '13800138001');
    await page.click('[data-test=member-submit]');
    await page.waitForSelector('.el-message--success');
    await page.click('[data-test=add-member]');
    await page.fill('.el-dialog input[data-field=name]', '韦小军');
    await page.fill('.el-dialog input[data-field=idNumber]', anIdNumber({ birth: '20100304' }));
    await page.click('[data-test=member-submit]');
    await page.waitForSelector('[data-test=members] >> text=韦小军');
    const history = await page.textContent('.el-timeline');
    expect(history).toContain('修改家庭成员');
    expect(history).toContain('添加家庭成员');
    const [head] = await sut.dataSource.query<{ phone: string }[]>(`SELECT phone FROM household_member WHERE household_id = $1 AND relation = 'head'`, [driver.householdId]);
    expect(head?.phone).toBe('13800138001');

    // The household's own facts: 两不愁三保障 as the village found it.
    await settled(page);
    await page.click('[data-test=edit-facts]');
    await page.click('[data-condition=housing] >> text=未保障');
    await page.click('[data-test=facts-submit]');
    await page.waitForSelector('[data-test=living-conditions] >> text=未保障: 住房安全有保障');
    const [facts] = await sut.dataSource.query<{ housing_secure: boolean }[]>(`SELECT housing_secure FROM household WHERE id = $1`, [driver.householdId]);
    expect(facts?.housing_secure).toBe(false);
    expect(await page.textContent('.el-timeline')).toContain('修改农户信息');
  });

  it('pages a long list on the server: twenty rows, the total, and the next page', async () => {
    for (let index = 0; index < 25; index += 1) {
      const response = await sut.as(tokens.county).post('/households').send({ groupId: tree.groupA2.id, members: [aMember({ name: `覃${index}号` })] });
      expect(response.status).toBe(201);
    }
    const { page } = await signedIn('v2');
    await page.goto(`${base}/console/households`);
    await page.waitForSelector('[data-test=households-table] .el-table__row');
    expect(await page.locator('[data-test=households-table] .el-table__row').count()).toBe(20);
    expect(await page.textContent('[data-test=total]')).toBe('共 25 户');
    await page.click('.pager >> text=下一页');
    await page.waitForFunction(`document.querySelectorAll('[data-test=households-table] .el-table__row').length === 5`);
    await page.click('.pager >> text=上一页');
    await page.waitForFunction(`document.querySelectorAll('[data-test=households-table] .el-table__row').length === 20`);
  });

  it('records a representatives\u2019 meeting for many cases, the pass or fail of each shown as the counts are typed', async () => {
    const passing = await CaseDriver.openCase(sut, tokens, tree, clock);
    const failing = await CaseDriver.openCase(sut, tokens, tree, clock);
    for (const driver of [passing, failing]) await driver.run(sample.submit(), sample.groupReview(true));
    const [passingNumber, failingNumber] = [(await passing.view()).caseNumber, (await failing.view()).caseNumber];
    const { page } = await signedIn('v');
    // The browser's today is the app's (a test clock): the meeting's date is checked against the same day.
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/meetings/new?kind=representatives`);
    await page.waitForSelector(`[data-case="${passingNumber}"]`);
    await page.fill('input[data-field=place]', '村委会会议室');
    await page.fill('textarea[data-field=minutes]', '审议两户贫困户识别申请');
    await page.fill('[data-field=inOffice] input, input[data-field=inOffice]', '25');
    await page.fill('[data-field=present] input, input[data-field=present]', '20');
    const countsOf = async (caseNumber: string, inFavour: string, against: string, abstaining: string) => {
      const row = `[data-case="${caseNumber}"]`;
      await page.fill(`${row} [data-field=inFavour] input`, inFavour);
      await page.fill(`${row} [data-field=against] input`, against);
      await page.fill(`${row} [data-field=abstaining] input`, abstaining);
    };
    // Votes above those present: the field says so, from the API's rule, and nothing is recorded.
    await countsOf(passingNumber, '18', '3', '0');
    await page.waitForSelector(`[data-case="${passingNumber}"] .el-form-item__error`);
    expect(await page.textContent(`[data-case="${passingNumber}"]`)).toContain('不能多于到会人数');
    await countsOf(passingNumber, '15', '3', '2');
    await countsOf(failingNumber, '8', '10', '2');
    await page.waitForSelector(`[data-case="${failingNumber}"] [data-test=vote-outcome]`);
    expect(await page.textContent(`[data-case="${passingNumber}"] [data-test=vote-outcome]`)).toContain('通过');
    expect(await page.textContent(`[data-case="${failingNumber}"] [data-test=vote-outcome]`)).toContain('未获通过');
    expect((await passing.view()).stage.code).toBe('democratic_appraisal');
    await page.screenshot({ path: join(ARTIFACTS, 'meeting-1366.png'), fullPage: true });
    await page.click('[data-test=meeting-submit]');
    await page.click('.el-message-box__btns >> text=记录');
    await page.waitForURL(/\/console\/work/);
    expect((await passing.view()).stage.code).toBe('verification');
    expect((await failing.view()).stage.code).toBe('rejected');
  });

  it('records the verification from its facts, the rule\u2019s verdict shown as they are typed; a visit dated in the future is refused at the field', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal());
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/cases/${driver.caseId}`);
    await page.click('[data-event=VERIFICATION_RECORDED]');
    await page.fill('input[data-field="visitors.0.name"]', '韦支书');
    await page.fill('input[data-field="visitors.1.name"]', '黄队员');
    await page.fill('[data-field=incomeFound] input', '2600');
    await page.waitForSelector('[data-test=visit-verdict] >> text=按规则将进入「村级第一次公示」');
    // A visit in the future: the field says so, and nothing is recorded.
    const dateInput = 'input[data-field=visitedOn], [data-field=visitedOn] input';
    await page.fill(dateInput, '2099年1月1日');
    await page.press(dateInput, 'Enter');
    await page.waitForSelector('.el-dialog .el-form-item__error >> text=日期不能晚于今天');
    await page.click('[data-test=action-submit]');
    expect((await driver.view()).stage.code).toBe('verification');
    await page.fill(dateInput, '');
    await page.fill(dateInput, chinaDay(clock.now()));
    await page.press(dateInput, 'Enter');
    await page.waitForSelector('.el-dialog .el-form-item__error >> text=日期不能晚于今天', { state: 'detached' });
    await page.screenshot({ path: join(ARTIFACTS, 'verification-1366.png') });
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '村级第一次公示'`);
    expect((await driver.view()).stage.code).toBe('village_publicity');
  });

  it('shows a department\u2019s lead on the case and has the home visit settle it before the case moves on', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal());
    // What a department's file attaches (its import is tested in test/department-files).
    const [member] = await sut.dataSource.query<{ id_number: string; name: string }[]>(`SELECT id_number, name FROM household_member WHERE household_id = $1`, [driver.householdId]);
    await sut.dataSource.query(
      `INSERT INTO case_lead (case_id, import_job_id, id_number, member_name, "check", source, detail) VALUES ($1, gen_random_uuid(), $2, $3, 'vehicle_or_machinery', '公安交管', '登记小型轿车一辆')`,
      [driver.caseId, member?.id_number, member?.name],
    );
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/cases/${driver.caseId}`);
    expect(await page.textContent('[data-test=department-leads]')).toContain('公安交管 · 拥有超出生产需要的车辆或大型机械 · 韦建国：登记小型轿车一辆');
    await page.click('[data-event=VERIFICATION_RECORDED]');
    await page.fill('input[data-field="visitors.0.name"]', '韦支书');
    await page.fill('input[data-field="visitors.1.name"]', '黄队员');
    await page.fill('[data-field=incomeFound] input', '2600');
    // The lead is in the form already, named as the API names it, to be settled, not removed.
    expect(await page.inputValue('input[data-field="hits.0.source"]')).toBe('公安交管·拥有超出生产需要的车辆或大型机械·韦建国');
    await page.waitForSelector('.el-dialog .el-form-item__error >> text=须经入户核实确认或排除');
    await choose(page, '.el-dialog .hit .el-select', '已排除');
    await page.waitForSelector('[data-test=visit-verdict] >> text=按规则将进入「村级第一次公示」');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '村级第一次公示'`);
  });

  it('takes a registered household through its exit as far as the village notice: proposal, appraisal, exit verification, the household\u2019s signature', async () => {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '农光明' })] });
    const householdId = (household.body as { id: string }).id;
    // Registered (建档立卡) some years ago: the identification that did it is tested above.
    await sut.dataSource.query(`UPDATE household SET status = 'registered', status_since = '2024-06-01' WHERE id = $1`, [householdId]);
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/households/${householdId}`);
    await page.click('[data-open=exit]');
    await page.fill('textarea[data-field=reasons]', '家庭人均纯收入稳定超过标准，两不愁三保障均已实现');
    await page.click('[data-test=open-submit]');
    await page.click('.el-message-box__btns >> text=开立');
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}/);
    const caseId = page.url().split('/').pop() ?? '';
    await page.click('[data-event=APPRAISAL_RECORDED]');
    await page.click('[data-test=to-meeting]');
    await page.waitForURL(/\/console\/meetings\/new\?kind=representatives/);
    const caseNumber = ((await sut.as(tokens.village).get(`/cases/${caseId}`)).body as { caseNumber: string }).caseNumber;
    await page.waitForSelector(`[data-case="${caseNumber}"]`);
    await page.fill('input[data-field=place]', '村委会会议室');
    await page.fill('textarea[data-field=minutes]', '评议拟退出户');
    await page.fill('[data-field=inOffice] input, input[data-field=inOffice]', '25');
    await page.fill('[data-field=present] input, input[data-field=present]', '20');
    for (const [field, count] of [['inFavour', '17'], ['against', '2'], ['abstaining', '1']] as const) await page.fill(`[data-case="${caseNumber}"] [data-field=${field}] input`, count);
    await page.waitForSelector(`[data-case="${caseNumber}"] [data-test=vote-outcome] >> text=通过`);
    await page.click('[data-test=meeting-submit]');
    await page.click('.el-message-box__btns >> text=记录');
    await page.waitForURL(/\/console\/work/);

    await page.goto(`${base}/console/cases/${caseId}`);
    await page.click('[data-event=EXIT_VERIFICATION_RECORDED]');
    await page.fill('input[data-field="visitors.0.name"]', '韦支书');
    await page.fill('input[data-field="visitors.1.name"]', '黄队员');
    await page.fill('[data-field=incomeFound] input', '9800');
    await page.waitForSelector('[data-test=visit-verdict] >> text=按规则将进入');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '拟退出户认可'`);

    await page.click('[data-event=HOUSEHOLD_ACKNOWLEDGED]');
    await page.fill('[data-form-item=signatory] input', '农光明');
    await page.fill('[data-form-item=signedOn] input', chinaDay(clock.now()));
    await page.press('[data-form-item=signedOn] input', 'Enter');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '村内公示'`);
    expect(((await sut.as(tokens.village).get(`/cases/${caseId}`)).body as { stage: { code: string } }).stage.code).toBe('village_publicity');
  });

  it('enrols a household at risk in monitoring from its lead: home check, cross-check, on to the village\u2019s appraisal', async () => {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '陆春花' })] });
    const householdId = (household.body as { id: string }).id;
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/households/${householdId}`);
    await page.click('[data-open=monitoring]');
    await page.fill('textarea[data-field=reasons]', '户主突发重病，医疗支出大，收入骤减');
    await page.click('[data-field=source]');
    await page.click('.el-select-dropdown__item >> text=农户自主申报');
    await page.click('[data-test=open-submit]');
    await page.click('.el-message-box__btns >> text=开立');
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}/);
    const caseId = page.url().split('/').pop() ?? '';

    await page.click('[data-event=HOME_CHECK_RECORDED]');
    await page.fill('input[data-field="visitors.0.name"]', '韦支书');
    await page.fill('input[data-field="visitors.1.name"]', '黄队员');
    await page.fill('[data-field=incomeFound] input', '2100');
    await page.click('[data-field="livingConditions.medical"]');
    await page.waitForSelector('[data-test=visit-verdict] >> text=按规则将进入');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '信息比对'`);

    await page.click('[data-event=CROSS_CHECK_RECORDED]');
    await page.click('[data-test=add-hit]');
    await page.fill('input[data-field="hits.0.source"]', '医保住院结算');
    await choose(page, '.el-dialog .hit .el-select', '属实');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '村级民主评议'`);
    const view = (await sut.as(tokens.village).get(`/cases/${caseId}`)).body as { procedure: string; stage: { code: string } };
    expect(view).toMatchObject({ procedure: 'monitoring', stage: { code: 'appraisal' } });
  });

  it('registers a risk lead from the household page, accepts it and closes it with what the home check found', async () => {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '蓝秀英' })] });
    const householdId = (household.body as { id: string }).id;
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/households/${householdId}`);
    await page.click('[data-open=risk_lead]');
    await page.fill('textarea[data-field=reasons]', '户主因病住院，自付费用较多');
    await choose(page, '[data-field=riskType]', '因病');
    await page.fill('input[data-field=reporterName]', '蓝秀英');
    await page.fill('input[data-field=reporterPhone]', '13912345678');
    await page.click('[data-test=open-submit]');
    await page.click('.el-message-box__btns >> text=登记');
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}/);
    const caseId = page.url().split('/').pop() ?? '';
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '待受理'`);
    // Its limit ends at 24:00 of its last day: the page names that day, not the next.
    const dueAt = ((await sut.as(tokens.village).get(`/cases/${caseId}`)).body as { stageDueAt: string }).stageDueAt;
    const chinese = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });
    const shown = (await page.textContent('body')) ?? '';
    expect(shown).toContain(chinese.format(new Date(Date.parse(dueAt) - 1)));
    expect(shown).not.toContain(chinese.format(new Date(dueAt)));

    await act(page, 'LEAD_ACCEPTED', () => Promise.resolve(), '已受理待核查');
    await act(
      page,
      'LEAD_CLEARED',
      async (form) => {
        await form.fill('[data-form-item=checkedOn] input', chinaDay(clock.now()));
        await form.press('[data-form-item=checkedOn] input', 'Enter');
        await form.fill('[data-form-item=facts] textarea, [data-form-item=facts] input', '医保已报销九成，收入未明显下降');
      },
      '核查无风险',
    );
    const view = (await sut.as(tokens.village).get(`/cases/${caseId}`)).body as { procedure: string; stage: { code: string; final: boolean } };
    expect(view).toMatchObject({ procedure: 'risk_lead', stage: { code: 'cleared', final: true } });
  });

  it('lists the village\u2019s leads by channel, the one past its acceptance limit in red', async () => {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '覃海燕' })] });
    const householdId = (household.body as { id: string }).id;
    const opened = await sut
      .as(tokens.village)
      .post('/cases')
      .send({ householdId, procedure: 'risk_lead', application: { reasons: '家中房屋受灾', channel: 'department_alert', riskType: 'disaster' } });
    const lead = opened.body as { id: string; caseNumber: string };
    // Its limit passed a week ago (on the test's clock it came in then).
    await sut.dataSource.query(`UPDATE procedure_case SET stage_due_at = $2 WHERE id = $1`, [lead.id, new Date(clock.now().getTime() - 7 * 86_400_000)]);
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/leads`);
    await choose(page, '[data-field=channel]', '部门筛查预警');
    const row = page.locator('[data-test=leads-table] tr', { hasText: lead.caseNumber });
    await row.waitFor();
    expect(await row.locator('[data-urgency=red]').textContent()).toContain('已逾期');
    expect(await row.textContent()).toContain('因灾');
    // The township narrows its list to a village: the lead is in its own village's list, not another's.
    const township = await signedIn('t');
    await township.page.clock.setFixedTime(clock.now());
    await township.page.goto(`${base}/console/leads`);
    await choose(township.page, '[data-field=villageId]', tree.villageA1.name);
    await township.page.locator('[data-test=leads-table] tr', { hasText: lead.caseNumber }).waitFor();
    await choose(township.page, '[data-field=villageId]', tree.villageA2.name);
    await township.page.waitForSelector('[data-test=leads-table] >> text=没有符合条件的线索');
  });

  it('imports a department\u2019s alert file from the county: the counts, the feedback to download, the lead with its alert on the case page', async () => {
    const member = aMember({ name: '覃医保' });
    await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, perCapitaIncome: 6_000, members: [member] });
    const file = join(ARTIFACTS, '医保预警.xlsx');
    const day = chinaDate(clock.now());
    writeFileSync(file, await xlsxOf(['身份证号码', '姓名', '预警类型', '金额', '日期'], [[member.idNumber, '覃医保', '医疗费用自付较高', '5200', day], [anIdNumber(), '外县', '医疗费用自付较高', '9000', day]]));
    const { page } = await signedIn('c');
    await page.goto(`${base}/console/imports`);
    await page.click('[data-field=kind] >> text=部门筛查预警');
    await page.fill('input[data-field=source]', '县医保局');
    await page.setInputFiles('input[data-field=file]', file);
    await page.click('[data-test=upload]');
    await page.waitForSelector('[data-test=import][data-state=queued] >> text=医保预警.xlsx');
    const [queued] = await sut.dataSource.query<{ id: string }[]>(`SELECT id FROM import_job WHERE file_name = '医保预警.xlsx' ORDER BY created_at DESC LIMIT 1`);
    expect(await sut.app.get(ImportRunner).run(queued?.id ?? '')).toBe('done');
    const card = page.locator('[data-test=import][data-state=done]', { hasText: '医保预警.xlsx' });
    await card.waitFor();
    expect(await card.locator('[data-test=counts]').textContent()).toMatch(/县医保局 · 已读 2 行 · 新生成线索 1 条[\s\S]*未匹配 1 行/);
    const [feedback] = await Promise.all([page.waitForEvent('download'), card.locator('[data-test=feedback]').click()]);
    expect(feedback.suggestedFilename()).toBe('医保预警-反馈.xlsx');
    const [, ...rows] = await sheetRows(readFileSync((await feedback.path()) ?? ''));
    expect(rows.map((row) => row[6])).toEqual(['已生成风险线索', '本辖区未找到此人']);
    const [lead] = await sut.dataSource.query<{ id: string }[]>(`SELECT c.id FROM procedure_case c JOIN household_member m ON m.household_id = c.household_id WHERE m.id_number = $1 AND c.procedure = 'risk_lead'`, [member.idNumber]);
    const village = await signedIn('v');
    await village.page.goto(`${base}/console/cases/${lead?.id ?? ''}`);
    expect(await village.page.textContent('[data-test=screening-alerts]')).toContain(`${day} · 县医保局 · 医疗费用自付较高 · 覃医保：5200 元`);
  });

  it('runs a sweep: the county launches it, the village gives itself its households and records a visit whose unsafe house becomes a lead, coverage moving', async () => {
    const member = aMember({ name: '覃排查' });
    const household = (await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [member] })).body as { id: string };
    const county = await signedIn('c');
    await county.page.goto(`${base}/console/sweeps`);
    await county.page.fill('input[data-field=name]', '冬季集中排查');
    const today = chinaDate(clock.now());
    await county.page.fill('[data-test=launch] .el-range-input >> nth=0', today);
    await county.page.fill('[data-test=launch] .el-range-input >> nth=1', today);
    await county.page.press('[data-test=launch] .el-range-input >> nth=1', 'Enter');
    await choose(county.page, '[data-field=villageIds]', tree.villageA1.name);
    await county.page.keyboard.press('Escape');
    await county.page.click('[data-test=launch-submit]');
    await county.page.waitForURL(/\/console\/sweeps\/[0-9a-f-]{36}/);
    const sweepId = county.page.url().split('/').pop() ?? '';
    const total = ((await sut.as(tokens.county).get(`/sweeps/${sweepId}`)).body as { sweep: { households: number } }).sweep.households;
    expect(total).toBeGreaterThan(0);

    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/sweeps/${sweepId}`);
    await page.waitForSelector('[data-test=coverage]');
    await choose(page, '[data-field=visitorId]', '(');
    await page.click('[data-test=assign-village]');
    await page.waitForSelector('.el-message--success >> text=已分配');
    const row = page.locator('[data-test=sweep-households] tr', { hasText: '覃排查' });
    await row.locator('[data-test=record-visit]').click();
    const form = page.locator('[data-test=visit-form]');
    await form.locator('[data-field=incomeChange] >> text=无明显变化').click();
    for (const check of ['food', 'clothing', 'education', 'medical', 'drinkingWater']) await form.locator(`[data-check=${check}] >> text=达标`).first().click();
    expect(await page.isDisabled('[data-test=visit-submit]')).toBe(true);
    await form.locator('[data-check=housing] >> text=未达标').click();
    expect(await page.textContent('[data-test=risk-seen]')).toContain('发现风险：住房安全有保障 未达标');
    await page.click('[data-test=visit-submit]');
    await page.waitForSelector('.el-message--success >> text=发现风险，已生成风险线索');
    const [lead] = await sut.dataSource.query<{ channel: string }[]>(`SELECT application ->> 'channel' AS channel FROM procedure_case WHERE household_id = $1 AND procedure = 'risk_lead'`, [household.id]);
    expect(lead?.channel).toBe('cadre_sweep');
    await page.waitForSelector(`[data-village="${tree.villageA1.name}"] >> text=已走访 1/${total}`);
    await page.click('[data-field=visited] >> text=全部');
    await page.waitForSelector('[data-test=sweep-households] >> text=发现风险');
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'sweep-1366.png'), fullPage: true });
  });

  it('turns a resident\u2019s self-report of someone not yet registered into a lead, once the village has registered the household', async () => {
    const idNumber = anIdNumber({ birth: '19750302' });
    const filed = await sut.http().post(`/board/${tree.villageA1.code}/report`).type('form').send({ name: '罗金花', phone: '13611112222', idNumber, riskType: 'disaster', details: '房屋被洪水冲毁' });
    const number = /id="report-number">([^<]+)</.exec(filed.text)?.[1] ?? '';
    await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '罗金花', idNumber })] });
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/leads`);
    const report = page.locator(`[data-report="${number}"]`);
    await report.waitFor();
    expect(await report.textContent()).toContain('房屋被洪水冲毁');
    await report.locator('[data-test=report-to-lead]').click();
    await page.click('.el-message-box__btns >> text=转为线索');
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}/);
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '待受理'`);
    const view = (await sut.as(tokens.village).get(`/cases/${page.url().split('/').pop() ?? ''}`)).body as { procedure: string };
    expect(view.procedure).toBe('risk_lead');
  });

  /**
   * Picks an option of an Element Plus select until its box shows it. On a busy machine a click
   * made while the dropdown is still opening is lost, and a form that re-renders (a verdict
   * arriving from the server) closes an open dropdown: the whole pick is tried again.
   */
  async function choose(page: Page, select: string, option: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await page.click(select);
        await page.click(`.el-select-dropdown__item:visible >> text=${option}`, { timeout: 3000 });
        await page.waitForSelector(`${select} >> text=${option}`, { timeout: 3000 });
        return;
      } catch (error) {
        if (attempt === 5) throw error;
      }
    }
  }

  /** An action of the case page, confirmed, until the step bar shows the stage it leads to. */
  async function act(page: Page, event: string, fill: (page: Page) => Promise<void>, stage: string): Promise<void> {
    await page.click(`[data-event=${event}]`);
    await fill(page);
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '${stage}'`);
  }

  /** The notices page: the procedure's notice for the cases waiting on this office. */
  async function openNoticeFor(page: Page, procedureLabel: string, caseNumber: string, village?: string): Promise<void> {
    await page.goto(`${base}/console/notices`);
    await page.click('[data-test=open-notice]');
    await page.click('.el-dialog [data-field=procedure]');
    await page.click(`.el-select-dropdown__item:visible >> text=${procedureLabel}`);
    if (village) {
      await page.click('.el-dialog [data-field=villageId]');
      await page.click(`.el-select-dropdown__item:visible >> text=${village}`);
    }
    await page.waitForSelector(`.el-dialog .el-checkbox:has-text("${caseNumber}")`);
    await page.click('[data-test=notice-submit]');
    await page.click('.el-message-box__btns >> text=发布');
    await page.waitForSelector('.el-message--success');
    await settled(page);
  }

  /** The window runs its days on the test clock, then the office that posted it ends it from the case page. */
  async function endWindow(page: Page, driver: CaseDriver, next: string): Promise<void> {
    clock.set(new Date(Date.parse((await driver.view()).publicity?.endsAt ?? '') + 3_600_000));
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/cases/${driver.caseId}`);
    await act(page, 'PUBLICITY_WINDOW_ENDED', async () => {}, next);
  }

  const decide = (reason: string) => async (page: Page) => {
    await page.click('[data-field=decision] >> text=通过');
    await page.fill('textarea[data-field=reason]', reason);
  };

  it('finishes an exit in the console: the village notice, the township\u2019s approval, the county\u2019s announcement, the household exited', async () => {
    const driver = await CaseDriver.openProcedure(sut, tokens, tree, clock, 'exit');
    await driver.run(sample.appraisal(), exitSample.verification(), exitSample.acknowledged());
    const { caseNumber } = await driver.view();
    const clerk = (await signedIn('v')).page;
    await clerk.clock.setFixedTime(clock.now());
    await openNoticeFor(clerk, '贫困户退出', caseNumber);
    expect((await driver.view()).stage).toMatchObject({ code: 'village_publicity', phase: 'open' });
    await endWindow(clerk, driver, '乡镇审核');

    const township = (await signedIn('t')).page;
    await township.clock.setFixedTime(clock.now());
    await township.goto(`${base}/console/cases/${driver.caseId}`);
    await act(township, 'TOWNSHIP_DECIDED', decide('经审核，达到退出标准'), '公告退出');

    const county = (await signedIn('c')).page;
    await county.clock.setFixedTime(clock.now());
    await openNoticeFor(county, '贫困户退出', caseNumber, '甲一村');
    expect((await driver.view()).stage).toMatchObject({ code: 'announcement', phase: 'open' });
    await endWindow(county, driver, '已脱贫销号');
    expect(((await driver.view()).household as { status: string }).status).toBe('exited');
    expect(await county.textContent('[data-test=journal]')).toContain('乡镇审核');
  });

  it('finishes a monitoring enrolment in the console: the township\u2019s approval, the county\u2019s confirmation with the object type', async () => {
    const driver = await CaseDriver.openProcedure(sut, tokens, tree, clock, 'monitoring');
    await driver.run(monitoringSample.homeCheck(), monitoringSample.crossCheck(), sample.appraisal(), sample.publicityOpened(), sample.windowEnded());
    expect((await driver.view()).stage.code).toBe('township_review');
    const township = (await signedIn('t')).page;
    await township.clock.setFixedTime(clock.now());
    await township.goto(`${base}/console/cases/${driver.caseId}`);
    await act(township, 'TOWNSHIP_DECIDED', decide('经审核，符合纳入监测条件'), '县级确认');

    const county = (await signedIn('c')).page;
    await county.clock.setFixedTime(clock.now());
    await county.goto(`${base}/console/cases/${driver.caseId}`);
    await act(
      county,
      'COUNTY_DECIDED',
      async (page) => {
        await decide('确认纳入监测')(page);
        await page.click('[data-field=objectType] >> text=突发严重困难户');
      },
      '已确认并公告',
    );
    expect((await driver.view()).household).toMatchObject({ status: 'monitored', monitoringObjectType: 'sudden_hardship' });
  });

  it('keeps a monitored household\u2019s plan: a measure carried out with its date, an income check', async () => {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '蒙秀兰' })] });
    const householdId = (household.body as { id: string }).id;
    // Enrolled in monitoring earlier (its own procedure is tested above and in test/monitoring).
    await sut.dataSource.query(`UPDATE household SET status = 'monitored', status_since = '2026-01-05', monitoring_object_type = 'sudden_hardship' WHERE id = $1`, [householdId]);
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/households/${householdId}`);
    await page.waitForSelector('[data-test=plan]');
    // The type fills in the department usually responsible; the amount is the year's pay.
    await choose(page, '[data-test=plan] [data-field=kind]', '公益岗位');
    expect(await page.inputValue('[data-test=plan] input[data-field=department]')).toBe('人社局');
    await page.fill('input[data-field=description]', '安排公益性岗位 (护林员)');
    await page.fill('[data-test=plan] [data-field=amount] input', '6000');
    await page.click('[data-test=add-measure]');
    await page.waitForSelector('[data-measure="安排公益性岗位 (护林员)"] >> text=人社局 · 6000 元');
    await page.click('[data-measure="安排公益性岗位 (护林员)"] [data-field=status]');
    await page.click('.el-select-dropdown__item:visible >> text=已落实');
    await page.click('[data-measure="安排公益性岗位 (护林员)"] [data-test=save-progress]');
    await page.waitForSelector('[data-measure="安排公益性岗位 (护林员)"] >> text=落实）');
    await page.fill('[data-test=plan] [data-field=perCapitaIncome] input', '8600');
    await page.click('[data-test=add-income]');
    await page.waitForSelector('[data-test=plan] >> text=人均纯收入 8600 元/年');
    const plan = (await sut.as(tokens.village).get(`/households/${householdId}/plan`)).body as { measures: { status: string; doneOn: string }[]; incomeChecks: { perCapitaIncome: number }[] };
    expect(plan.measures).toEqual([expect.objectContaining({ kind: 'public_welfare_job', amount: 6000, status: 'done', doneOn: chinaDate(clock.now()) })]);
    expect(plan.incomeChecks.map((check) => check.perCapitaIncome)).toContain(8600);
  });

  it('lets the county certify a household for microcredit on its page and hands the banks the list; a household outside the rules shows why', async () => {
    const member = aMember({ name: '覃信贷', idNumber: anIdNumber({ birth: '19851010' }) });
    const created = (await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [member] })).body as { id: string };
    await sut.dataSource.query(`UPDATE household SET status = 'exited', status_since = '2025-06-01' WHERE id = $1`, [created.id]);
    const outside = (await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '覃未识别', idNumber: anIdNumber({ birth: '19860101' }) })] })).body as { id: string };
    const { page } = await signedIn('c');
    await page.goto(`${base}/console/households/${outside.id}`);
    expect(await page.textContent('[data-test=microcredit-refusal]')).toContain('不在本县帮扶小额信贷的对象范围内');
    await page.goto(`${base}/console/households/${created.id}`);
    await page.waitForSelector('[data-test=microcredit-certify]');
    await page.fill('[data-test=microcredit] [data-field=amount] input', '80000');
    await page.fill('[data-test=microcredit] input[data-field=purpose]', '发展特色养殖');
    await page.click('[data-test=microcredit-certify]');
    await page.waitForSelector('[data-test=microcredit-current] >> text=借款人 覃信贷 · 额度 80000 元');
    await page.goto(`${base}/console/microcredit`);
    await page.waitForSelector('[data-test=certifications] >> text=覃信贷');
    const [list] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=bank-list]')]);
    const [, ...rows] = await sheetRows(readFileSync((await list.path()) ?? ''));
    expect(rows.find((row) => row[2] === '覃信贷')?.slice(3, 6)).toEqual([member.idNumber, '80000', '发展特色养殖']);
  });

  it('pairs a household with a help cadre on its page, and records an overdue visit from a phone', async () => {
    await sut.as(tokens.county).post('/help-cadres').send({ name: '黄帮扶', unit: '县水利局', phone: '13911112222' });
    const household = (await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '覃结对' })] })).body as { id: string };
    await sut.dataSource.query(`UPDATE household SET status = 'monitored', status_since = '2025-06-01' WHERE id = $1`, [household.id]);
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/households/${household.id}`);
    await choose(page, '[data-test=help] [data-field=cadreId]', '黄帮扶 (县水利局)');
    await page.click('[data-test=pair]');
    await page.waitForSelector('[data-test=help-current] >> text=黄帮扶');
    // Paired two months ago and never visited: a monthly visit is overdue.
    await sut.dataSource.query(`UPDATE cadre_pairing SET starts_on = starts_on - interval '2 months' WHERE household_id = $1`, [household.id]);
    await page.setViewportSize(SCREENS[1].viewport);
    await page.goto(`${base}/console/help-visits`);
    const card = page.locator('[data-due="覃结对"]');
    await card.waitFor();
    expect(await card.getAttribute('data-state')).toBe('overdue');
    await card.locator('[data-test=record-help-visit]').click();
    await page.fill('.el-dialog textarea[data-field=findings]', '家中生产生活正常，子女按时上学');
    await page.click('.el-dialog [data-test=cadre-visit-submit]');
    await page.waitForSelector('.el-message--success >> text=走访已登记');
    await card.waitFor({ state: 'detached' });
    await page.screenshot({ path: join(ARTIFACTS, 'help-visits-390.png'), fullPage: true });
    expect({ scrolls: !(await noHorizontalScroll(page)), overflowing: await overflowing(page) }).toEqual({ scrolls: false, overflowing: [] });
    await page.setViewportSize(SCREENS[0].viewport);
    const help = (await sut.as(tokens.village).get(`/households/${household.id}/help`)).body as { visits: { findings: string }[]; state: string };
    expect(help).toMatchObject({ state: 'not_due', visits: [{ findings: '家中生产生活正常，子女按时上学' }] });
  });

  it('lets a township reviewer return a case with a reason: confirmed, journaled, and waiting on the village again', async () => {
    const driver = await atTownshipReview();
    const { page } = await signedIn('t');
    await page.goto(`${base}/console/cases/${driver.caseId}`);
    await page.waitForSelector('[data-test=steps]');
    expect(await page.textContent('[data-test=stage]')).toBe('乡镇审核');
    await page.click('[data-event=TOWNSHIP_DECIDED]');
    await page.click('[data-field=decision] >> text=退回补正');
    await page.click('[data-test=action-submit]');
    // Nothing typed as the reason: the field says so and nothing is sent.
    expect(await page.textContent('.el-dialog .el-form-item__error')).toBe('必填');
    expect((await driver.view()).stage.code).toBe('township_review');
    await page.fill('[data-field=reason] textarea, textarea[data-field=reason]', '收入核算缺少务工收入，请补正');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForSelector('.el-message', { state: 'attached' });
    expect(await page.textContent('.el-message')).toContain('已办理');
    expect(await page.textContent('.el-message--success')).toContain('入户核实');
    expect((await driver.view()).stage.code).toBe('verification');
    expect(await page.textContent('[data-test=journal]')).toContain('收入核算缺少务工收入，请补正');

    const clerk = (await signedIn('v')).page;
    await clerk.goto(`${base}/console/work`);
    await clerk.waitForSelector('[data-test=work-table] .el-table__row');
    expect(await clerk.textContent('[data-test=work-table]')).toContain((await driver.view()).caseNumber);
  });

  it('lets a township approve a village\u2019s list in one action and return one case with its reason; the clerk finds the returned case in 待办', async () => {
    const [first, second, returned] = [await atTownshipReview(), await atTownshipReview(), await atTownshipReview()];
    const numbers = await Promise.all([first, second, returned].map(async (driver) => (await driver.view()).caseNumber));
    const { page } = await signedIn('t');
    await page.goto(`${base}/console/work`);
    await page.waitForSelector('[data-test=work-table] .el-table__row');
    for (const number of numbers) await page.click(`[data-test=work-table] .el-table__row:has-text("${number}") .el-checkbox`);
    await page.click('[data-test=batch-review]');
    await page.fill('textarea[data-field=approvalReason]', '符合识别条件');
    await page.click(`.el-dialog [data-case="${numbers[2]}"] >> text=退回补正`);
    await page.fill(`.el-dialog [data-case="${numbers[2]}"] input[data-field=reason]`, '家庭成员务工收入未核实');
    await page.click('[data-test=batch-submit]');
    await page.click('.el-message-box__btns >> text=确认审核');
    await page.waitForSelector(`.el-dialog [data-case="${numbers[2]}"] [data-test=batch-result]`);
    expect(await page.textContent(`.el-dialog [data-case="${numbers[0]}"] [data-test=batch-result]`)).toContain('乡镇审核后公示');
    expect([(await first.view()).stage.code, (await second.view()).stage.code, (await returned.view()).stage.code]).toEqual(['township_publicity', 'township_publicity', 'verification']);
    await page.screenshot({ path: join(ARTIFACTS, 'batch-review-1366.png') });

    const clerk = (await signedIn('v')).page;
    await clerk.goto(`${base}/console/work`);
    await clerk.waitForSelector(`[data-test=work-table] .el-table__row:has-text("${numbers[2]}")`);
    expect(await clerk.textContent(`[data-test=work-table] .el-table__row:has-text("${numbers[2]}")`)).toContain('入户核实');
  });

  it('opens the village notice for the cases waiting for it and prints it', async () => {
    const waiting = await CaseDriver.openCase(sut, tokens, tree, clock);
    await waiting.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification());
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/notices`);
    await page.click('[data-test=open-notice]');
    await page.waitForSelector(`.el-dialog .el-checkbox:has-text("${(await waiting.view()).caseNumber}")`);
    await page.click('[data-test=notice-submit]');
    await page.click('.el-message-box__btns >> text=发布');
    await page.waitForSelector('.el-message--success');
    expect((await waiting.view()).stage).toMatchObject({ code: 'village_publicity', phase: 'open' });
    await page.waitForSelector('[data-test=notice] >> text=公示中');
    expect(await page.textContent('[data-test=notice]')).toMatch(/剩余 \d+ 天/);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('[data-test=notice] >> text=打印公示')]);
    await popup.waitForURL(/^blob:/);
    await popup.close();
    // The list for the office's own records: full names, where the public board masks them.
    const noticeId = (await waiting.view()).publicity?.noticeId ?? '';
    const [list] = await Promise.all([page.waitForEvent('download'), page.click(`[data-notice="${noticeId}"] [data-test=export-notice]`)]);
    expect(list.suggestedFilename()).toMatch(/^公示名单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [, ...listed] = await sheetRows(readFileSync((await list.path()) ?? ''));
    expect(listed.map((row) => row[4])).toContain((await waiting.view()).caseNumber);
  });

  it('lets the county review and announce; when the announcement ends the household shows as 建档立卡 with its journal', async () => {
    const driver = await atTownshipReview();
    await driver.run(sample.township('approve'), sample.publicityOpened(), sample.windowEnded());
    expect((await driver.view()).stage.code).toBe('county_review');
    const { page } = await signedIn('c');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/cases/${driver.caseId}`);
    await page.click('[data-event=COUNTY_DECIDED]');
    await page.click('[data-field=decision] >> text=通过');
    await page.fill('textarea[data-field=reason]', '经复审，符合贫困户识别条件');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '县级公告'`);

    await page.goto(`${base}/console/notices`);
    await page.click('[data-test=open-notice]');
    await page.click('.el-dialog [data-field=villageId]');
    await page.click('.el-select-dropdown__item >> text=甲一村');
    await page.waitForSelector(`.el-dialog .el-checkbox:has-text("${(await driver.view()).caseNumber}")`);
    await page.click('[data-test=notice-submit]');
    await page.click('.el-message-box__btns >> text=发布');
    await page.waitForSelector('.el-message--success');
    expect((await driver.view()).stage).toMatchObject({ code: 'county_announcement', phase: 'open' });

    // The announcement runs its days (the test clock), then the county ends it from the case page.
    clock.set(new Date(Date.parse((await driver.view()).publicity?.endsAt ?? '') + 3_600_000));
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/cases/${driver.caseId}`);
    await page.click('[data-event=PUBLICITY_WINDOW_ENDED]');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '已建档立卡'`);
    expect(await page.textContent('[data-test=case-summary]')).toContain('建档立卡贫困户');
    expect(await page.textContent('[data-test=journal]')).toContain('县级审定');
    // The dossier on the page: the meetings with this household's votes, the visit, the notices, every decision.
    const dossier = await page.textContent('[data-test=dossier]');
    for (const text of ['村民代表大会民主评议', '入户核实', '县级公告', '县级复审：通过', '经复审，符合贫困户识别条件']) expect(dossier).toContain(text);
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'registered-1366.png'), fullPage: true });
  });

  it('lets the administrator create an account in a village, refuse a role that does not fit its region, and disable it', async () => {
    const { page } = await signedIn('root');
    await page.waitForURL(/\/console\/accounts/);
    await page.click('[data-test=create-account]');
    await page.fill('input[data-field=username]', 'clerk-a2');
    await page.fill('input[data-field=displayName]', '甲二村文书');
    await page.fill('input[data-field=password]', 'a long enough password');
    await page.click('[data-field=region] .el-cascader');
    await page.click('.el-cascader-node:has-text("青山县")');
    await page.click('.el-cascader-node:has-text("甲镇")');
    await page.click('.el-cascader-node:has-text("甲二村") .el-radio');
    await page.click('[data-test=account-submit]');
    await page.waitForSelector('[data-test=accounts-table] .el-table__row:has-text("clerk-a2")');
    const [created] = await sut.dataSource.query<{ role: string; code: string }[]>(`SELECT a.role, r.code FROM staff_account a JOIN region r ON r.id = a.region_id WHERE a.username = 'clerk-a2'`);
    expect(created).toEqual({ role: 'village', code: tree.villageA2.code });

    await page.click('[data-test=accounts-table] .el-table__row:has-text("clerk-a2") >> text=修改');
    await page.click('[data-field=role] >> text=乡镇');
    await page.waitForSelector('.el-dialog .el-form-item__error >> text=乡镇账号的管辖区划必须是乡镇级');
    await page.click('[data-test=account-submit]');
    expect((await sut.dataSource.query<{ role: string }[]>(`SELECT role FROM staff_account WHERE username = 'clerk-a2'`))[0]?.role).toBe('village');
    await page.click('.el-dialog__footer >> text=取消');

    await page.click('[data-toggle=clerk-a2]');
    await page.click('.el-message-box__btns >> text=停用');
    await page.waitForSelector('[data-test=accounts-table] .el-table__row:has-text("clerk-a2") >> text=已停用');
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'accounts-1366.png') });
  });

  it('lets the county set each township\u2019s exit target for the year and shows it against the exits', async () => {
    const { page } = await signedIn('c');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/exit-targets`);
    await page.waitForSelector('[data-target="甲镇"]');
    await page.fill('[data-target="甲镇"] input', '12');
    await page.fill('[data-target="乙乡"] input', '8');
    await page.click('[data-test=save-targets]');
    await page.click('.el-message-box__btns >> text=保存');
    await page.waitForSelector('.el-message--success');
    const year = Number(chinaDate(clock.now()).slice(0, 4));
    const report = (await sut.as(tokens.township).get(`/exit-targets/${year}`)).body as { townshipName: string; target: number | null; exited: number }[];
    expect(report).toEqual([expect.objectContaining({ townshipName: '甲镇', target: 12 })]);
    // Against the households exited this year (the exit finished in the console above among them).
    const exited = report[0]?.exited ?? 0;
    expect(exited).toBeGreaterThanOrEqual(1);
    await page.waitForSelector(`[data-test=targets] .el-table__row >> text=${Math.round((exited / 12) * 100)}%`);
  });

  it('lets the county edit its policy within the legal limits and publish a version, showing which version cases run on', async () => {
    const before = (await sut.as(tokens.county).get(`/counties/${tree.county.id}/policy`)).body as { version: number; settings: Record<string, unknown> };
    await CaseDriver.openCase(sut, tokens, tree, clock);
    const { page } = await signedIn('c');
    await page.goto(`${base}/console/policy`);
    await page.waitForSelector('[data-test=versions] .el-table__row');
    // The limits are the API's: its document says 5 to 30 days, the field says so and keeps to them.
    expect(await page.textContent('[data-setting="publicityDays.village"]')).toMatch(/村级公示天数[\s\S]*允许 5–30/);
    expect(await page.textContent('[data-test=current-version]')).toContain(before.version === 0 ? '国家默认' : `第 ${before.version} 版`);
    await page.fill('[data-setting="publicityDays.village"] input', '40');
    await page.press('[data-setting="publicityDays.village"] input', 'Tab');
    expect(await page.inputValue('[data-setting="publicityDays.village"] input')).toBe('30');
    await page.fill('[data-setting="publicityDays.village"] input', '9');
    await page.press('[data-setting="publicityDays.village"] input', 'Tab');
    // A monitoring line under 1.5 times the poverty line is the API's rule: refused at the field, nothing published.
    await page.fill('[data-setting="monitoring.lines"] [data-amount="2025"] input', '5000');
    await page.press('[data-setting="monitoring.lines"] [data-amount="2025"] input', 'Tab');
    await page.click('[data-test=publish]');
    await page.click('.el-message-box__btns >> text=发布');
    await page.waitForSelector('[data-setting="monitoring.lines"] .el-form-item__error >> text=不得低于当年贫困线的 1.5 倍');
    expect(((await sut.as(tokens.county).get(`/counties/${tree.county.id}/policy`)).body as { version: number }).version).toBe(before.version);
    await page.fill('[data-setting="monitoring.lines"] [data-amount="2025"] input', '7500');
    await page.press('[data-setting="monitoring.lines"] [data-amount="2025"] input', 'Tab');
    // Medical-cost alerts become leads from 2,000 yuan, not from half the income.
    await choose(page, '[data-field="monitoring.alertRules.medical_costs.mode"]', '金额达到阈值 (元)');
    await page.fill('[data-field="monitoring.alertRules.medical_costs.threshold"] input', '2000');
    await page.press('[data-field="monitoring.alertRules.medical_costs.threshold"] input', 'Tab');
    await page.click('[data-test=publish]');
    await page.click('.el-message-box__btns >> text=发布');
    await page.waitForSelector('.el-message--success >> text=已发布');
    await settled(page);
    const after = (await sut.as(tokens.county).get(`/counties/${tree.county.id}/policy`)).body as { version: number; settings: { publicityDays: { village: number } } };
    expect(after).toMatchObject({ version: before.version + 1, settings: { publicityDays: { village: 9 }, monitoring: { alertRules: { medical_costs: { mode: 'amount', threshold: 2000 }, job_loss: { mode: 'always' } } } } });
    await page.waitForSelector(`[data-test=current-version] >> text=第 ${after.version} 版`);
    // The new version has no case yet; the cases already running stay on the version they started with.
    expect(await page.textContent(`[data-running="${after.version}"]`)).toBe('0');
    const [running] = await sut.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM procedure_case WHERE policy_version = $1 AND NOT final`, [before.version]);
    expect(await page.textContent(`[data-running="${before.version}"]`)).toBe(String(running?.count));
    for (const screen of SCREENS) {
      await page.setViewportSize(screen.viewport);
      await page.reload();
      await page.waitForSelector('[data-setting="publicityDays.village"]');
      await page.screenshot({ path: join(ARTIFACTS, `policy-${screen.name}.png`), fullPage: true });
      expect({ screen: screen.name, scrolls: !(await noHorizontalScroll(page)), overflowing: await overflowing(page), english: await latinWords(page) }).toEqual({ screen: screen.name, scrolls: false, overflowing: [], english: [] });
    }
    await page.setViewportSize(SCREENS[0].viewport);
    // The other tests keep the policy they started with.
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(before.settings)).status).toBe(200);
  });

  it('lets the administrator import regions from a CSV file: a wrong row refuses the whole file, a good one adds to the tree', async () => {
    const { page } = await signedIn('root');
    await page.goto(`${base}/console/regions`);
    await page.click('[data-test=import-regions]');
    const file = (text: string) => ({ name: 'regions.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await page.setInputFiles('input[data-field=file]', file('code,name,group_number\n4501231002,坏村,\n'));
    await page.click('[data-test=import-submit]');
    await page.waitForSelector('.el-dialog .el-alert--error >> text=row 2.code');
    expect(await sut.dataSource.query(`SELECT 1 FROM region WHERE name = '坏村'`)).toHaveLength(0);
    await page.setInputFiles('input[data-field=file]', file('code,name,group_number\n450123100203,甲三村,\n450123100203,一组,1\n'));
    await page.click('[data-test=import-submit]');
    await page.waitForSelector('[data-test=import-result] >> text=新建 2');
    await page.click('.el-dialog__footer >> text=关闭');
    await page.click('[data-test=region-tree] >> text=青山县');
    await page.click('[data-test=region-tree] >> text=甲镇');
    await page.waitForSelector('[data-test=region-tree] >> text=甲三村');
  });

  it('lets the county register a webhook, showing its secret once, and stop it', async () => {
    const { page } = await signedIn('c');
    await page.goto(`${base}/console/webhooks`);
    await page.fill('input[data-field=url]', 'https://county.example.gov.cn/jingzhun/events');
    await page.click('[data-test=register-webhook]');
    await page.waitForSelector('[data-test=webhook-secret] code');
    const [stored] = await sut.dataSource.query<{ secret: string; active: boolean }[]>(`SELECT secret, active FROM webhook WHERE url = 'https://county.example.gov.cn/jingzhun/events'`);
    expect(await page.textContent('[data-test=webhook-secret] code')).toBe(stored?.secret);
    // The list never shows it again.
    await page.reload();
    await page.waitForSelector('[data-test=webhooks] >> text=使用中');
    expect(await page.textContent('body')).not.toContain(stored?.secret ?? '');
    await page.click('[data-test=webhooks] >> text=停用');
    await page.click('.el-message-box__btns >> text=停用');
    await page.waitForSelector('[data-test=webhooks] >> text=已停用');
  });

  it('shows a township its villages\u2019 progress: running cases per village and stage, the overdue among them', async () => {
    const waiting = await atTownshipReview();
    const { page } = await signedIn('t');
    await page.goto(`${base}/console/progress`);
    await page.waitForSelector('[data-progress=identification]');
    const counts = (await sut.as(tokens.township).get('/cases/stage-counts').query({ perVillage: true, final: false, procedure: 'identification' })).body as { villageCode: string; stage: string; count: number }[];
    const atReview = counts.find((count) => count.villageCode === tree.villageA1.code && count.stage === 'township_review');
    expect(atReview?.count).toBeGreaterThanOrEqual(1);
    expect(await page.textContent('[data-cell="甲一村.township_review"]')).toContain(String(atReview?.count));
    expect((await waiting.view()).stage.code).toBe('township_review');
  });

  it('shows a township its statistics as of a day, village by village with charts, drilled down to the groups', async () => {
    await CaseDriver.openCase(sut, tokens, tree, clock);
    const { page } = await signedIn('t');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/statistics`);
    await page.waitForSelector('[data-test=statistics-table] .el-table__row');
    const api = (await sut.as(tokens.township).get(`/statistics/regions/${tree.townshipA.id}`)).body as { children: { name: string; all: { households: number }; registered: { households: number; people: number }; incidence: { rate: number | null } }[] };
    const village = api.children.find((child) => child.name === '甲一村');
    // At least the household registered just above is counted, as of today on the suite's clock.
    expect(village?.all.households).toBeGreaterThanOrEqual(1);
    expect(await page.textContent('[data-registered="甲一村"]')).toBe(`${village?.registered.households} / ${village?.registered.people}`);
    expect(await page.textContent('[data-rate="甲一村"]')).toBe(village?.incidence.rate === null ? '—' : `${village?.incidence.rate?.toFixed(2)}%`);
    // Two charts drawn by ECharts on canvases.
    expect(await page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(2);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(ARTIFACTS, 'statistics-1366.png'), fullPage: true });
    await page.click('[data-test=statistics-table] .el-table__row >> text=甲一村');
    await page.waitForSelector('[data-test=trail] >> text=甲一村');
    await page.waitForSelector('[data-test=statistics-table] .el-table__row >> text=一组');
    const [table] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-statistics]')]);
    expect(table.suggestedFilename()).toMatch(/^甲一村统计-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.setViewportSize(SCREENS[1].viewport);
    await page.waitForSelector('[data-region=一组]');
    await page.screenshot({ path: join(ARTIFACTS, 'statistics-390.png'), fullPage: true });
    expect({ scrolls: !(await noHorizontalScroll(page)), overflowing: await overflowing(page), english: await latinWords(page) }).toEqual({ scrolls: false, overflowing: [], english: [] });
    await page.setViewportSize(SCREENS[0].viewport);
  });

  it('lists the follow-up visits due (回头看) and records one like a home visit', async () => {
    const exit = await CaseDriver.openCase(sut, tokens, tree, clock);
    // An exited household whose visit fell due yesterday (the exit itself is tested in test/exit).
    await sut.dataSource.query(`UPDATE household SET status = 'exited', status_since = '2025-12-01', exit_year = 2025 WHERE id = $1`, [exit.householdId]);
    const dueOn = chinaDate(new Date(clock.now().getTime() - 86_400_000));
    await sut.dataSource.query(`INSERT INTO follow_up_visit (household_id, village_code, exit_case_id, due_on) VALUES ($1, $2, $3, $4)`, [exit.householdId, tree.villageA1.code, exit.caseId, dueOn]);
    const { page } = await signedIn('v');
    await page.clock.setFixedTime(clock.now());
    await page.goto(`${base}/console/follow-ups`);
    await page.waitForSelector('[data-follow-up="韦建国"] [data-test=record-follow-up]');
    expect(await page.textContent('[data-follow-up="韦建国"] .overdue')).toBe(chinaDay(new Date(`${dueOn}T12:00:00+08:00`)));
    await page.click('[data-follow-up="韦建国"] [data-test=record-follow-up]');
    await page.fill('input[data-field="visitors.0.name"]', '韦支书');
    await page.fill('input[data-field="visitors.1.name"]', '黄队员');
    await page.fill('[data-field=incomeFound] input', '12600');
    await page.click('[data-test=follow-up-submit]');
    await page.click('.el-message-box__btns >> text=登记');
    await page.waitForSelector('.el-message--success >> text=已登记回访');
    const [visit] = await sut.dataSource.query<{ visited_on: string | null; at_risk: boolean | null }[]>(`SELECT visited_on, at_risk FROM follow_up_visit WHERE household_id = $1`, [exit.householdId]);
    expect(visit).toMatchObject({ at_risk: false });
    expect(visit?.visited_on).not.toBeNull();
  });

  it('records an objection\u2019s finding from the case page, the objection then settled', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.objection());
    expect((await driver.view()).openObjections).toHaveLength(1);
    const { page } = await signedIn('v');
    await page.goto(`${base}/console/cases/${driver.caseId}`);
    await page.click('[data-event=OBJECTION_RESOLVED]');
    await page.fill('textarea[data-field=finding]', '经入户调查，反映的情况不属实');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForSelector('.el-message--success');
    const [objection] = await sut.dataSource.query<{ status: string; finding: string }[]>(`SELECT status, finding FROM objection WHERE case_id = $1`, [driver.caseId]);
    expect(objection).toEqual({ status: 'dismissed', finding: '经入户调查，反映的情况不属实' });
    expect((await driver.view()).openObjections).toHaveLength(0);
  });

  it('finds a case by its head\u2019s name or its number, running or ended', async () => {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '覃查询' })] });
    const opened = await sut.as(tokens.village).post('/cases').send({ householdId: (household.body as { id: string }).id, procedure: 'identification', application: { reasons: '申请', crossCheckConsent: true } });
    const caseNumber = (opened.body as { caseNumber: string }).caseNumber;
    const { page } = await signedIn('v');
    await page.goto(`${base}/console/cases`);
    await page.fill('input[data-field=headName]', '覃查询');
    await page.press('input[data-field=headName]', 'Enter');
    await page.waitForFunction(`document.querySelectorAll('[data-test=cases-table] .el-table__row').length === 1`);
    expect(await page.textContent('[data-test=cases-table]')).toContain(caseNumber);
    await page.click('.el-radio-button >> text=已办结');
    await page.waitForSelector('[data-test=cases-table] >> text=没有符合条件的案件');
    await page.click('.el-radio-button >> text=全部');
    await page.fill('input[data-field=headName]', '');
    await page.press('input[data-field=headName]', 'Enter');
    await page.fill('input[data-field=caseNumber]', caseNumber.toLowerCase());
    await page.press('input[data-field=caseNumber]', 'Enter');
    await page.waitForFunction(`document.querySelectorAll('[data-test=cases-table] .el-table__row').length === 1`);
    expect(await page.textContent('[data-test=cases-table]')).toContain('覃查询');
  });

  it('says someone else changed the case, and reloads it, when the page was stale (412)', async () => {
    const driver = await atTownshipReview();
    const { page } = await signedIn('t');
    await page.goto(`${base}/console/cases/${driver.caseId}`);
    await page.waitForSelector('[data-event=TOWNSHIP_DECIDED]');
    // Another reviewer decides first.
    expect((await sut.as(tokens.township).post(`/cases/${driver.caseId}/township-decision`).send({ decision: 'approve', reason: '符合条件' })).status).toBe(201);
    await page.click('[data-event=TOWNSHIP_DECIDED]');
    await page.click('[data-field=decision] >> text=通过');
    await page.fill('textarea', '同意');
    await page.click('[data-test=action-submit]');
    await page.click('.el-message-box__btns >> text=确认办理');
    await page.waitForSelector('.el-message-box >> text=该案件刚被他人更新');
    await page.click('.el-message-box__btns >> text=重新载入');
    await page.waitForFunction(`document.querySelector('[data-test=stage]')?.textContent === '乡镇审核后公示'`).catch(async (error: unknown) => {
      throw new Error(`${String(error)}: the page shows ${await page.textContent('[data-test=case-summary]')}`);
    });
    expect((await sut.as(tokens.township).get(`/cases/${driver.caseId}/history`)).body).toHaveLength(8);
  });

  it('shows the refusal, not a blank page, when a clerk opens another village’s case', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const { page } = await signedIn('v2');
    await page.goto(`${base}/console/cases/${driver.caseId}`);
    await page.waitForSelector('[data-test=case-refused]');
    expect(await page.textContent('[data-test=case-refused]')).toContain('无权查看');
  });

  it('sends an expired session back to the login page with the reason', async () => {
    const { page } = await signedIn('v');
    await page.evaluate(`(() => { const stored = JSON.parse(sessionStorage.getItem('jingzhun.session')); stored.token = 'expired'; sessionStorage.setItem('jingzhun.session', JSON.stringify(stored)); })()`);
    await page.reload();
    await page.waitForURL(/\/console\/login/);
    expect(await page.textContent('.el-alert')).toContain('登录已过期');
    await logIn(page, 'v');
  });

  it.each(SCREENS)('fits each page on a $name px screen: no horizontal scroll, no text outside its box', async (screen) => {
    const driver = await atTownshipReview();
    const { page } = await signedIn('t', screen);
    const pages: [name: string, path: string, ready: string][] = [
      ['work', '/console/work', '[data-test=total]'],
      ['case', `/console/cases/${driver.caseId}`, '[data-test=journal]'],
      ['inbox', '/console/inbox', '.page-title'],
      ['households', '/console/households', '.page-title'],
      ['cases', '/console/cases', '[data-test=total]'],
      ['notices', '/console/notices', '.page-title'],
      ['exit-targets', '/console/exit-targets', '[data-test=targets]'],
      ['progress', '/console/progress', '.page-title'],
      ['imports', '/console/imports', '.page-title'],
      ['sweeps', '/console/sweeps', '.page-title'],
      ['help-visits', '/console/help-visits', '.page-title'],
      ['microcredit', '/console/microcredit', '.page-title'],
    ];
    for (const [name, path, ready] of pages) {
      await page.goto(`${base}${path}`);
      await page.waitForSelector(ready);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${screen.name}.png`), fullPage: true });
      expect({ name, scrolls: !(await noHorizontalScroll(page)), overflowing: await overflowing(page), english: await latinWords(page) }).toEqual({ name, scrolls: false, overflowing: [], english: [] });
    }
    // Signing out leads to the sign-in page, which fits too (logins are limited: this tab stays out).
    await page.click('text=退出');
    await page.waitForURL(/\/console\/login/);
    tabs.delete('t');
    await page.screenshot({ path: join(ARTIFACTS, `login-${screen.name}.png`), fullPage: true });
    expect(await noHorizontalScroll(page)).toBe(true);
  });
});
