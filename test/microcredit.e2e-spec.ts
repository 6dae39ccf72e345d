import { chinaDate } from '../src/common/clock';
import { addDays, addMonths, DEFAULT_POLICY } from '../workflows/policy';
import type { Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { fileAt } from './support/files';
import { aMember, anIdNumber, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import { sheetRows } from './support/roster-files';
import type { TestApp } from './support/test-app';

interface Eligibility {
  eligible: boolean;
  reasons: string[];
  maxAmount: number;
  borrowerMemberIds: string[];
  current: { id: string } | null;
}

/** 帮扶小额信贷: the county certifies by its rules, the banks get the list, the household's history keeps each step. */
describe('Microcredit eligibility (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ start: '2026-03-02T02:00:00Z' }));
  });

  afterAll(() => sut.close());

  const today = () => chinaDate(clock.now());
  const household = async (status: string, members: ReturnType<typeof aMember>[]) => {
    const created = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members });
    const id = (created.body as { id: string; members: { id: string; name: string }[] }).id;
    await sut.dataSource.query(`UPDATE household SET status = $2, status_since = '2025-06-01' WHERE id = $1`, [id, status]);
    const memberIds = await sut.dataSource.query<{ id: string; name: string }[]>(`SELECT id, name FROM household_member WHERE household_id = $1 ORDER BY name`, [id]);
    return { id, members: memberIds };
  };
  const eligibility = async (id: string) => (await sut.as(tokens.village).get(`/households/${id}/microcredit`)).body as Eligibility;
  const certify = (id: string, body: object, token = tokens.county) => sut.as(token).post(`/households/${id}/microcredit`).send({ amount: 50_000, purpose: '发展特色养殖 (肉牛)', ...body });

  it('certifies an exited household\u2019s working-age member, once, for a year; the history and the banks\u2019 list show it', async () => {
    const { id, members } = await household('exited', [aMember({ name: '韦贷款', idNumber: anIdNumber({ birth: '19800512' }) }), aMember({ name: '韦老人', relation: 'parent', labourCapacity: 'lost', idNumber: anIdNumber({ birth: '19700301' }) })]);
    const borrower = members.find((member) => member.name === '韦贷款')?.id ?? '';
    const before = await eligibility(id);
    expect(before).toMatchObject({ eligible: true, reasons: [], maxAmount: 100_000, borrowerMemberIds: [borrower], current: null });

    expect((await certify(id, { borrowerMemberId: borrower }, tokens.village)).status).toBe(403);
    expect((await certify(id, { borrowerMemberId: borrower, amount: 100_001 })).body).toMatchObject({ errors: [{ field: 'amount', reason: '贷款额度须大于 0、不超过 100000 元' }] });
    const elder = members.find((member) => member.name === '韦老人')?.id ?? '';
    expect(JSON.stringify((await certify(id, { borrowerMemberId: elder })).body)).toContain('借款人须有劳动能力');

    const certified = await certify(id, { borrowerMemberId: borrower, amount: 100_000 });
    expect(certified.status).toBe(201);
    expect(certified.body).toMatchObject({ borrowerName: '韦贷款', amount: 100_000, certifiedOn: today(), validUntil: addDays(addMonths(today(), 12), -1), valid: true });
    expect((await certify(id, { borrowerMemberId: borrower })).body).toMatchObject({ errors: [{ field: 'householdId', reason: `该户已有有效的认定 (至 ${addDays(addMonths(today(), 12), -1)})` }] });
    expect((await eligibility(id)).current).toMatchObject({ id: (certified.body as { id: string }).id });

    const history = (await sut.as(tokens.village).get(`/households/${id}/history`)).body as { action: string; changes: Record<string, unknown> }[];
    expect(history.find((entry) => entry.action === 'microcredit_certified')?.changes).toEqual({ [`microcredit.${(certified.body as { id: string }).id}`]: [null, { borrower: '韦贷款', amount: 100_000, purpose: '发展特色养殖 (肉牛)', validUntil: addDays(addMonths(today(), 12), -1) }] });

    const list = await fileAt(sut, tokens.county, '/microcredit/certifications/bank-list');
    const [headings, ...rows] = await sheetRows(list.body);
    expect(headings).toEqual(['村', '户主', '借款人', '借款人身份证号码', '贷款额度 (元)', '贷款用途', '认定日期', '有效期至']);
    const row = rows.find((cells) => cells[2] === '韦贷款');
    expect(row?.slice(4)).toEqual(['100000', '发展特色养殖 (肉牛)', today(), addDays(addMonths(today(), 12), -1)]);

    // Revoked, it leaves the banks' list; the history says why.
    const revoked = await sut.as(tokens.county).post(`/microcredit/certifications/${(certified.body as { id: string }).id}/revoke`).send({ reason: '借款人外出务工，不再申请' });
    expect(revoked.body).toMatchObject({ valid: false, revokedReason: '借款人外出务工，不再申请' });
    const [, ...after] = await sheetRows((await fileAt(sut, tokens.county, '/microcredit/certifications/bank-list')).body);
    expect(after.some((cells) => cells[2] === '韦贷款')).toBe(false);
    const valid = (await sut.as(tokens.township).get('/microcredit/certifications').query({ valid: true })).body as { items: { borrowerName: string }[] };
    expect(valid.items.some((item) => item.borrowerName === '韦贷款')).toBe(false);
  });

  it('refuses a household outside the county\u2019s rules with the reason, until the county widens them', async () => {
    const { id, members } = await household('none', [aMember({ name: '韦未识别', idNumber: anIdNumber({ birth: '19820615' }) })]);
    expect(await eligibility(id)).toMatchObject({ eligible: false, reasons: ['该户为「未识别」，不在本县帮扶小额信贷的对象范围内'] });
    const refused = await certify(id, { borrowerMemberId: members[0]?.id });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: [{ field: 'householdId', reason: '该户为「未识别」，不在本县帮扶小额信贷的对象范围内' }] });
    // 2026: every rural household that needs help, if the county says so.
    const wider = { ...DEFAULT_POLICY, microcredit: { ...DEFAULT_POLICY.microcredit, eligibleStatuses: [...DEFAULT_POLICY.microcredit.eligibleStatuses, 'none'] } };
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(wider)).status).toBe(200);
    expect((await certify(id, { borrowerMemberId: members[0]?.id })).status).toBe(201);
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY)).status).toBe(200);
  });
});
