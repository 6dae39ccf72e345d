import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CaseView } from '../src/cases/case.view';
import { maskName } from '../src/public-board/mask-name';
import { sample } from '../workflows/identification/identification.fixtures';
import { startIdentificationApp } from './support/identification-app';
import { aMember, type RegionTree } from './support/fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { TestApp } from './support/test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, 'artifacts');

/** A resident on a 360-px phone, in Debian's Chromium (installed by .ci/run). */
describe('Public board in a phone browser (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let browser: Browser;
  let page: Page;
  let base: string;
  let driver: CaseDriver;
  let idLastFour: string;

  beforeAll(async () => {
    let clock;
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
    await sut.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(sut.app.getHttpServer() as { address(): AddressInfo }).address().port}`;
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '覃秀英', phone: '13812345678' })] });
    const opened = await sut.as(tokens.village).post('/cases').send({ householdId: (household.body as { id: string }).id, procedure: 'identification', application: { reasons: '申请', crossCheckConsent: true } });
    driver = new CaseDriver(sut, tokens, tree, clock, (opened.body as CaseView).id);
    for (const event of [sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened()]) await driver.send(event);
    idLastFour = ((household.body as { members: { idNumber: string }[] }).members[0]?.idNumber ?? '').slice(-4);

    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sut.close();
  });

  // Evaluated in the page (a string: this project compiles without DOM types).
  const noHorizontalScroll = () => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

  it('shows the village board with the open notice and masked names, without horizontal scrolling', async () => {
    await page.goto(`${base}/board/${tree.villageA1.code}`);
    await page.screenshot({ path: join(ARTIFACTS, 'board-360.png'), fullPage: true });
    const text = await page.textContent('body');
    expect(text).toContain('村级第一次公示');
    expect(text).toContain(maskName('覃秀英'));
    expect(text).not.toContain('覃秀英');
    expect(await noHorizontalScroll()).toBe(true);
  });

  it('files an objection from the board and shows its number', async () => {
    await page.goto(`${base}/board/${tree.villageA1.code}`);
    await page.click('text=提出异议');
    await page.fill('#name', '黄某');
    await page.fill('#phone', '13700001234');
    await page.fill('#reason', '该户有家庭成员在县城工作');
    expect(await noHorizontalScroll()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'objection-form-360.png'), fullPage: true });
    await page.click('button[type=submit]');
    const number = await page.textContent('#objection-number');
    expect(number).toMatch(/^YY-\d{4}-\d{6}$/);
    await page.screenshot({ path: join(ARTIFACTS, 'objection-received-360.png'), fullPage: true });
    expect((await driver.view()).openObjections).toHaveLength(1);
  });

  it('looks up the own case', async () => {
    await page.goto(`${base}/board/case-lookup`);
    await page.fill('#caseNumber', (await driver.view()).caseNumber);
    await page.fill('#id4', idLastFour);
    await page.click('button[type=submit]');
    expect(await page.textContent('body')).toContain('当前阶段');
    expect(await page.textContent('body')).toContain('村级第一次公示');
    expect(await noHorizontalScroll()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'case-lookup-360.png'), fullPage: true });
  });

  it('files a self-report (农户自主申报) from the board\u2019s link, and looks up where it stands without showing what it said', async () => {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ name: '韦美兰' })] });
    const member = (household.body as { id: string; members: { idNumber: string }[] }).members[0];
    await page.goto(`${base}/board/${tree.villageA1.code}`);
    const qr = await page.request.get(`${base}/board/${tree.villageA1.code}/report-qr.svg`);
    expect(qr.headers()['content-type']).toContain('image/svg+xml');
    expect(await qr.text()).toContain('<svg');
    await page.click('#report-link');
    await page.fill('#name', '韦美兰');
    await page.fill('#phone', '13698765432');
    await page.fill('#idNumber', member?.idNumber ?? '');
    await page.selectOption('#riskType', 'illness');
    await page.fill('#details', '丈夫住院手术，花费八万多元');
    expect(await noHorizontalScroll()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'report-form-360.png'), fullPage: true });
    await page.click('button[type=submit]');
    const number = (await page.textContent('#report-number')) ?? '';
    expect(number).toMatch(/^FY-\d{4}-\d{6}$/);

    const lead = (await sut.as(tokens.village).get('/cases').query({ procedure: 'risk_lead', householdId: (household.body as { id: string }).id })).body as { items: { channel: string; riskType: string; stage: string }[] };
    expect(lead.items).toMatchObject([{ channel: 'self_report', riskType: 'illness', stage: 'received' }]);

    await page.goto(`${base}/board/report-status`);
    await page.fill('#number', number);
    await page.fill('#phone4', '5432');
    await page.click('button[type=submit]');
    expect(await page.textContent('#report-status')).toBe('已收到，等待村里受理');
    const shown = (await page.textContent('body')) ?? '';
    for (const secret of ['住院', member?.idNumber ?? '-', '13698765432', '韦美兰']) expect(shown).not.toContain(secret);
    expect(await noHorizontalScroll()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'report-status-360.png'), fullPage: true });
  });
});
