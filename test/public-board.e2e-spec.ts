import type { Response } from 'supertest';
import type { CaseView } from '../src/cases/case.view';
import { maskName } from '../src/public-board/mask-name';
import { PublicBoardService } from '../src/public-board/public-board.service';
import { MetricsService } from '../src/metrics/metrics.service';
import { noticePdf } from './support/pdf';
import { sample } from '../workflows/identification/identification.fixtures';
import { DEFAULT_POLICY } from '../workflows/policy';
import { startIdentificationApp } from './support/identification-app';
import type { FakeClock } from './support/fake-clock';
import { aMember, anIdNumber, type RegionTree } from './support/fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/** Patterns nothing public may ever show (procedures.md "Publicity as the system runs it"). */
const FORBIDDEN: [string, RegExp][] = [
  // Standing alone, not inside a hex key or an id.
  ['ID number', /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/],
  ['mobile number', /(?<![\dA-Za-z])1[3-9]\d{9}(?![\dA-Za-z])/],
  ['health', /长期慢性病|大病|残疾/],
  ['income', /收入|人均纯收入/],
  ['cause of poverty', /因病|因残|因学|因灾|缺土地|缺水|缺技术|缺劳力|缺资金|交通条件落后|自身发展动力不足/],
];

describe('Public board (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;
  const publicResponses: { url: string; text: string }[] = [];
  let drivers: CaseDriver[];
  let heads: string[];

  const publicly = async (response: Promise<Response> | Response) => {
    const answered = await response;
    publicResponses.push({ url: String((answered as unknown as { request: { url: string } }).request.url), text: answered.text });
    return answered;
  };

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
    drivers = [];
    heads = ['韦建国', '李四'];
    for (const head of heads) {
      const household = await sut.as(tokens.village).post('/households').send({
        groupId: tree.groupA1.id,
        members: [aMember({ name: head, phone: '13912345678', health: 'chronic_illness' }), aMember({ name: '黄秀英', relation: 'spouse', idNumber: anIdNumber() })],
        perCapitaIncome: 2100,
        mainCause: 'illness',
      });
      const opened = await sut.as(tokens.village).post('/cases').send({ householdId: (household.body as { id: string }).id, procedure: 'identification', application: { reasons: '因病致贫，收入低', crossCheckConsent: true } });
      const driver = new CaseDriver(sut, tokens, tree, clock, (opened.body as CaseView).id);
      for (const event of [sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification()]) await driver.send(event);
      drivers.push(driver);
    }
    await sut.as(tokens.village).post('/publicity-notices').send({ villageId: tree.villageA1.id, stage: 'village_publicity', caseIds: drivers.map((driver) => driver.caseId) });
  });

  afterAll(() => sut.close());

  it('shows the open notice with groups, masked heads and household sizes', async () => {
    const page = await publicly(sut.http().get(`/board/${tree.villageA1.code}`));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('贫困户识别 · 村级第一次公示');
    expect(page.text).toMatch(/公示编号 GS-2026-\d{6}/);
    expect(page.text).toContain('剩余 7 天');
    expect(page.text).toMatch(/公示期: \d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}/);
    for (const head of heads) {
      expect(page.text).toContain(maskName(head));
      expect(page.text).not.toContain(head);
    }
    expect(page.text).toContain('<td>2</td>');
    expect(page.text).toContain('/objection?case=');
    expect(page.text).not.toMatch(/<script/);
  });

  it('shows full names where the county allows it, and its contact phones', async () => {
    await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...DEFAULT_POLICY, publicBoard: { fullNames: true, retentionDays: 30, contacts: [{ label: '乡镇纪委', phone: '0771-1234567' }] } });
    const page = await sut.http().get(`/board/${tree.villageA1.code}`);
    expect(page.text).toContain('韦建国');
    expect(page.text).toContain('乡镇纪委 0771-1234567');
    await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY);
  });

  it('takes an objection from a resident: one number per submission, the case held, the village told', async () => {
    const [driver] = drivers as [CaseDriver];
    const form = await publicly(sut.http().get(`/board/${tree.villageA1.code}/objection`).query({ case: driver.caseId }));
    expect(form.status).toBe(200);
    const submissionKey = /name="submissionKey" value="([^"]+)"/.exec(form.text)?.[1] ?? '';
    const body = { caseId: driver.caseId, submissionKey, name: '黄某', phone: '13700001234', reason: '该户家中新建了楼房' };
    const first = await publicly(sut.http().post(`/board/${tree.villageA1.code}/objection`).type('form').send(body));
    const second = await publicly(sut.http().post(`/board/${tree.villageA1.code}/objection`).type('form').send(body));
    expect(first.status).toBe(201);
    const number = /id="objection-number">([^<]+)</.exec(first.text)?.[1];
    expect(number).toMatch(/^YY-\d{4}-\d{6}$/);
    expect(/id="objection-number">([^<]+)</.exec(second.text)?.[1]).toBe(number);
    expect((await driver.view()).openObjections).toHaveLength(1);
    const [told] = await sut.dataSource.query<{ recipient: string }[]>(`SELECT payload->>'recipient' AS recipient FROM outbox WHERE case_id = $1 AND payload->>'template' = 'objection_filed'`, [driver.caseId]);
    expect(told?.recipient).toBe('village');
    const history = (await sut.as(tokens.village).get(`/cases/${driver.caseId}/history`)).body as { eventType: string; role: string; accountId: string | null }[];
    expect(history[history.length - 1]).toMatchObject({ eventType: 'OBJECTION_FILED', role: 'resident', accountId: null });

    const status = (phone4: string) => publicly(sut.http().post('/board/objection-status').type('form').send({ number, phone4 }));
    const pending = await status('1234');
    expect(pending.text).toContain('正在调查核实');
    const objectionId = (await driver.view()).openObjections[0]?.id ?? '';
    await sut.as(tokens.village).post(`/objections/${objectionId}/finding`).send({ upheld: false, finding: '经调查，楼房为租用' });
    const answered = await status('1234');
    expect(answered.text).toContain('异议不成立');
    expect(answered.text).toContain('经调查，楼房为租用');
    // When it was filed and answered, and a way back to the board.
    expect(answered.text).toMatch(/提出日期 \d{4}-\d{2}-\d{2} · 答复日期 \d{4}-\d{2}-\d{2}/);
    expect(answered.text).toContain(`href="/board/${tree.villageA1.code}"`);
    const wrongPhone = await status('9999');
    expect(wrongPhone.text).toContain('未找到');
    // What was typed stays in the form; the digits never go into a URL.
    expect(wrongPhone.text).toContain(`value="${number}"`);
    expect(wrongPhone.text).toContain('method="post"');
    const byQuery = await publicly(sut.http().get('/board/objection-status').query({ number, phone4: '1234' }));
    expect(byQuery.text).not.toContain('经调查，楼房为租用');
  });

  it('refuses a bad form with the reasons, on the page', async () => {
    const [, driver] = drivers as [CaseDriver, CaseDriver];
    const response = await publicly(sut.http().post(`/board/${tree.villageA1.code}/objection`).type('form').send({ caseId: driver.caseId, name: '', phone: '123', reason: '' }));
    expect(response.status).toBe(400);
    expect(response.text).toContain('请填写姓名');
    expect(response.text).toContain('须为 11 位手机号');
    expect((await driver.view()).openObjections).toHaveLength(0);
  });

  it('lets an applicant look up the case with its number and four ID characters, and tells nothing more', async () => {
    const [driver] = drivers as [CaseDriver];
    const view = await driver.view();
    const [head] = await sut.dataSource.query<{ id_number: string }[]>(`SELECT id_number FROM household_member WHERE household_id = $1 AND relation = 'head'`, [view.household.id]);
    const lookUp = (caseNumber: string, id4: string) => publicly(sut.http().post('/board/case-lookup').type('form').send({ caseNumber, id4 }));
    const found = await lookUp(view.caseNumber, head?.id_number.slice(-4) ?? '');
    expect(found.text).toContain('村级第一次公示');
    // Typed in small letters, as people do.
    expect((await lookUp(view.caseNumber.toLowerCase(), head?.id_number.slice(-4) ?? '')).text).toContain('村级第一次公示');
    const wrong = await lookUp(view.caseNumber, '0000');
    const unknown = await lookUp('SB-1999-000001', '0000');
    expect(wrong.text).toContain(`value="${view.caseNumber}"`);
    expect(wrong.text.replace(view.caseNumber, '?')).toBe(unknown.text.replace('SB-1999-000001', '?'));
  });

  it('answers an unknown village with a 404 page', async () => {
    const page = await publicly(sut.http().get('/board/999999999999'));
    expect(page.status).toBe(404);
    expect(page.text).toContain('没有这个公示栏');
    const township = await publicly(sut.http().get(`/board/township/${tree.townshipA.code}`));
    expect(township.text).toContain(tree.villageA1.name);
  });

  it('limits a flood of objections from one client with a Chinese 429, without blocking others', async () => {
    const [, driver] = drivers as [CaseDriver, CaseDriver];
    const post = (client: string) =>
      sut.http().post(`/board/${tree.villageA1.code}/objection`).set('X-Forwarded-For', client).type('form').send({ caseId: driver.caseId, name: '', phone: '1', reason: '' });
    const statuses: number[] = [];
    for (let index = 0; index < 7; index += 1) statuses.push((await post('203.0.113.7')).status);
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    const limited = await publicly(post('203.0.113.7'));
    expect(limited.status).toBe(429);
    expect(limited.text).toContain('请求过于频繁');
    expect((await post('198.51.100.2')).status).toBe(400);
  });

  it('prints the notice as a Chinese PDF for staff of the village only', async () => {
    const [driver] = drivers as [CaseDriver];
    const noticeId = (await driver.view()).publicity?.noticeId ?? '';
    const pdf = await noticePdf(sut, tokens.village, noticeId);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = pdf;
    expect(text).toContain(`${tree.villageA1.name}贫困户识别初选名单公示`);
    for (const head of heads) expect(text).toContain(maskName(head));
    expect(text).toContain(`${tree.villageA1.name}村民委员会`);
    expect((await sut.as(tokens.township).get(`/publicity-notices/${noticeId}/pdf`)).status).toBe(200);
    expect((await sut.http().get(`/publicity-notices/${noticeId}/pdf`)).status).toBe(401);
  });

  it('never shows an ID number, a phone number, health, income or the cause of poverty', () => {
    expect(publicResponses.length).toBeGreaterThan(10);
    for (const response of publicResponses) {
      for (const [what, pattern] of FORBIDDEN) {
        expect({ url: response.url, what, found: pattern.exec(response.text)?.[0] ?? null }).toEqual({ url: response.url, what, found: null });
      }
    }
  });
});

describe('Public board cache (e2e)', () => {
  /** A board with one household listed; answers its page. */
  async function listedBoard(sut: TestApp, tree: RegionTree, tokens: Tokens, clock: FakeClock): Promise<{ driver: CaseDriver; before: string }> {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    for (const event of [sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened()]) await driver.send(event);
    // The opening's own notice, heard after this read, would drop the page it cached.
    await sut.noticesHeard();
    const board = await sut.http().get(`/board/${tree.villageA1.code}`);
    expect({ status: board.status, text: board.status === 200 ? '' : board.text }).toEqual({ status: 200, text: '' });
    return { driver, before: board.text };
  }
  const page = (sut: TestApp, tree: RegionTree) => sut.http().get(`/board/${tree.villageA1.code}`).then((response) => response.text);
  /** The villager group renamed with the database's triggers off (a restore, say): nothing tells the boards, and BOARD_CACHE_MS bounds how long they show the old name. */
  const renameGroup = (sut: TestApp, tree: RegionTree) =>
    sut.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE region SET name = '新建组' WHERE id = $1`, [tree.groupA1.id]);
    });

  it('serves a board from memory until the database tells of a change to what it shows', async () => {
    const { sut, tree, tokens, clock } = await startIdentificationApp({ boardCacheMs: 60_000 });
    try {
      // A household of the same village whose case is not on the board (opened first: a new household's members change the board).
      const unlisted = await CaseDriver.openCase(sut, tokens, tree, clock);
      const { driver, before } = await listedBoard(sut, tree, tokens, clock);
      await renameGroup(sut, tree);
      // Still the cached page: nothing told of the group's new name.
      expect(await page(sut, tree)).toBe(before);
      // A case of the village moving on off the board (submitted) tells nothing: its phase was not, and is not, a publicity window's.
      await unlisted.send(sample.submit());
      await sut.noticesHeard();
      expect(await page(sut, tree)).toBe(before);
      // A reader whose copy is current is told so (304), without the page.
      const first = await sut.http().get(`/board/${tree.villageA1.code}`);
      const again = await sut.http().get(`/board/${tree.villageA1.code}`).set('If-None-Match', String(first.headers.etag));
      expect(again.status).toBe(304);
      // Gzip to a browser that accepts it, the same page plain to one that does not (so the tag is weak: one page, two codings).
      expect({ encoding: first.headers['content-encoding'], vary: first.headers.vary, text: first.text }).toEqual({ encoding: 'gzip', vary: 'Accept-Encoding', text: before });
      expect(first.headers.etag).toMatch(/^W\/"[\w-]+"$/);
      const plain = await sut.http().get(`/board/${tree.villageA1.code}`).set('Accept-Encoding', 'identity');
      expect({ encoding: plain.headers['content-encoding'], type: plain.headers['content-type'], text: plain.text, etag: plain.headers.etag }).toEqual({
        encoding: undefined,
        type: 'text/html; charset=utf-8',
        text: before,
        etag: first.headers.etag,
      });
      // The head renamed: the members' trigger tells, and the next read has it (and the group's name with it).
      const { household } = await driver.view();
      const head = ((await sut.as(tokens.village).get(`/households/${household.id}`)).body as { members: { id: string }[] }).members[0];
      await sut.as(tokens.village).patch(`/households/${household.id}/members/${head?.id ?? ''}`).send({ name: '欧阳新名' });
      await waitFor('the rename to be heard', async () => (await page(sut, tree)).includes(maskName('欧阳新名')), 2000);
      expect(await page(sut, tree)).toContain('新建组');
      // The case moving on (an objection filed from the board leaves it objectable; a withdrawal would not): the cases' trigger tells.
      const cached = await page(sut, tree);
      await sut.dataSource.query(`UPDATE procedure_case SET phase = 'awaiting_findings' WHERE id = $1`, [driver.caseId]);
      await waitFor('the case moving to be heard', async () => (await page(sut, tree)) !== cached, 2000);
      expect(await page(sut, tree)).not.toContain('提出异议</a>');
      // A new policy written behind the API's back (full names on the board): the policies' and the boards' caches both hear of it.
      await sut.dataSource.query(
        `INSERT INTO county_policy (county_id, version, settings, created_by) SELECT $1, coalesce(max(version), 0) + 1, $2::jsonb, (SELECT id FROM staff_account LIMIT 1) FROM county_policy WHERE county_id = $1`,
        [tree.county.id, JSON.stringify({ ...DEFAULT_POLICY, publicBoard: { ...DEFAULT_POLICY.publicBoard, fullNames: true } })],
      );
      await waitFor('the new policy to be heard', async () => (await page(sut, tree)).includes('欧阳新名'), 2000);
    } finally {
      await sut.close();
    }
  });

  it('hears of a villager group renamed and of a household moved to another group', async () => {
    const { sut, tree, tokens, clock } = await startIdentificationApp({ boardCacheMs: 600_000 });
    try {
      const { driver } = await listedBoard(sut, tree, tokens, clock);
      await sut.dataSource.query(`UPDATE region SET name = '团结组' WHERE id = $1`, [tree.groupA1.id]);
      await waitFor('the rename to be heard', async () => (await page(sut, tree)).includes('团结组'), 2000);
      const [second] = await sut.dataSource.query<{ id: string }[]>(
        `INSERT INTO region (level, code, name, parent_id, group_number) SELECT 'group', v.code, '胜利组', v.id, (SELECT max(group_number) + 1 FROM region WHERE parent_id = v.id) FROM region v WHERE v.id = $1 RETURNING id`,
        [tree.villageA1.id],
      );
      const { household } = await driver.view();
      await sut.dataSource.query(`UPDATE household SET group_id = $2 WHERE id = $1`, [household.id, second?.id]);
      await waitFor('the move to be heard', async () => (await page(sut, tree)).includes('胜利组'), 2000);
      expect(await page(sut, tree)).not.toContain('团结组');
    } finally {
      await sut.close();
    }
  });

  it('answers a reader whose board changes while it loads, and keeps nothing of that load', async () => {
    const { sut, tree, tokens, clock } = await startIdentificationApp({ boardCacheMs: 60_000 });
    try {
      await listedBoard(sut, tree, tokens, clock);
      const boards = sut.app.get(PublicBoardService);
      boards.forget(tree.villageA1.code);
      const loading = boards.villageBoardPage(tree.villageA1.code);
      // A change heard while the load is in flight (the NOTIFY of the command just before): that load must still answer.
      boards.forget(tree.villageA1.code);
      expect((await loading)?.unpacked().toString('utf8')).toContain('贫困户识别 · 村级第一次公示');
      // What was loaded before the change is not kept: the next read sees what changed since.
      await renameGroup(sut, tree);
      expect(await page(sut, tree)).toContain('新建组');
    } finally {
      await sut.close();
    }
  });

  /** The API's board loads so far, by why (jingzhun_board_loads_total). */
  async function loads(sut: TestApp): Promise<Record<string, number>> {
    const { values } = await sut.app.get(MetricsService).boardLoads.get();
    return Object.fromEntries(values.map(({ labels, value }) => [String(labels.reason), value]));
  }
  const daysLeft = async (sut: TestApp, tree: RegionTree) => /剩余 (\d+) 天/.exec(await page(sut, tree))?.[1];

  it('renders a board ahead when a notice goes up, so its first reader does not wait for a load', async () => {
    const { sut, tree, tokens, clock } = await startIdentificationApp({ boardCacheMs: 60_000 });
    try {
      const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
      for (const event of [sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification()]) await driver.send(event);
      await driver.send(sample.publicityOpened());
      // A load counts as it starts: the next one after the notice is heard is the notice's.
      await sut.noticesHeard();
      const heard = await loads(sut);
      await waitFor('the board to be rendered ahead', async () => ((await loads(sut)).ahead ?? 0) > (heard.ahead ?? 0), 5000);
      const before = await loads(sut);
      expect(await page(sut, tree)).toContain('贫困户识别 · 村级第一次公示');
      expect(await loads(sut)).toEqual(before);
      // The notice cancelled behind the API's back: the board goes at once and is rendered again without it, still before anyone asks.
      await sut.dataSource.query(`UPDATE publicity_notice SET cancelled_at = now() WHERE village_code = $1`, [tree.villageA1.code]);
      await sut.noticesHeard();
      await waitFor('the cancelled notice to be rendered ahead', async () => ((await loads(sut)).ahead ?? 0) > (before.ahead ?? 0), 5000);
      const after = await loads(sut);
      expect(await page(sut, tree)).not.toContain('贫困户识别 · 村级第一次公示');
      expect((await loads(sut)).read ?? 0).toBe(after.read ?? 0);
    } finally {
      await sut.close();
    }
  });

  it('loads a board again when its days left count down, with nothing changed', async () => {
    const { sut, tree, tokens, clock } = await startIdentificationApp({ boardCacheMs: 600_000 });
    try {
      await listedBoard(sut, tree, tokens, clock);
      const shown = Number(await daysLeft(sut, tree));
      expect(shown).toBeGreaterThan(1);
      const { read } = await loads(sut);
      clock.advance(86_400_000);
      expect(Number(await daysLeft(sut, tree))).toBe(shown - 1);
      expect((await loads(sut)).read).toBe((read ?? 0) + 1);
    } finally {
      await sut.close();
    }
  });

  it('serves an old page once more while it is read again in the background', async () => {
    const { sut, tree, tokens, clock } = await startIdentificationApp({ boardCacheMs: 60_000 });
    try {
      await listedBoard(sut, tree, tokens, clock);
      await renameGroup(sut, tree);
      const { read } = await loads(sut);
      clock.advance(61_000);
      // Past settings.boardCacheMs: the reader is not kept waiting; the rename shows once the page is read again.
      expect(await page(sut, tree)).not.toContain('新建组');
      await waitFor('the old page to be read again', async () => (await page(sut, tree)).includes('新建组'), 5000);
      const after = await loads(sut);
      expect({ read: after.read, refreshed: after.refresh }).toEqual({ read, refreshed: 1 });
    } finally {
      await sut.close();
    }
  });

  it('keeps within its size in bytes: a board larger than the whole cache is read fresh every time', async () => {
    const { sut, tree, tokens, clock } = await startIdentificationApp({ boardCacheMs: 60_000, boardCacheMb: 1 / 1024 });
    try {
      const { before } = await listedBoard(sut, tree, tokens, clock);
      expect(Buffer.byteLength(before)).toBeGreaterThan(1024);
      await renameGroup(sut, tree);
      expect(await page(sut, tree)).toContain('新建组');
    } finally {
      await sut.close();
    }
  });
});
