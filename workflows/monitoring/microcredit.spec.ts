import { DEFAULT_MICROCREDIT, microcreditProblems, type MicrocreditFacts } from './microcredit';

const policy = { microcredit: DEFAULT_MICROCREDIT };
const facts = (overrides: Partial<MicrocreditFacts> = {}): MicrocreditFacts => ({
  household: { status: 'exited', statusLabel: '已脱贫' },
  borrower: { birthDate: '1980-05-01', labourCapacity: 'ordinary' },
  heldUntil: null,
  ...overrides,
});
const request = { amount: 50_000, purpose: '发展特色养殖' };

describe('microcredit eligibility (procedures.md "Monitoring as routine work": 帮扶小额信贷)', () => {
  it('certifies a household of the county\u2019s statuses with a working-age borrower, up to 100,000 yuan', () => {
    expect(microcreditProblems(policy, facts(), request, '2026-12-01')).toEqual([]);
    expect(microcreditProblems(policy, facts(), { ...request, amount: 100_000 }, '2026-12-01')).toEqual([]);
  });

  it('refuses, with the reason, a household outside the county\u2019s rules', () => {
    expect(microcreditProblems(policy, facts({ household: { status: 'none', statusLabel: '未识别' } }), request, '2026-12-01')).toEqual([{ field: 'householdId', reason: '该户为「未识别」，不在本县帮扶小额信贷的对象范围内' }]);
    expect(microcreditProblems(policy, facts({ heldUntil: '2027-06-30' }), request, '2026-12-01')).toEqual([{ field: 'householdId', reason: '该户已有有效的认定 (至 2027-06-30)' }]);
    expect(microcreditProblems(policy, facts(), { ...request, amount: 100_001 }, '2026-12-01')).toEqual([{ field: 'amount', reason: '贷款额度须大于 0、不超过 100000 元' }]);
    expect(microcreditProblems(policy, facts(), { ...request, purpose: ' ' }, '2026-12-01')).toEqual([{ field: 'purpose', reason: '请写明贷款用途 (发展生产、就业创业等)' }]);
  });

  it('takes borrowers from 18 to 65, able to work; the birthday counts', () => {
    const aged = (birthDate: string) => microcreditProblems(policy, facts({ borrower: { birthDate, labourCapacity: 'ordinary' } }), request, '2026-12-01');
    expect(aged('2008-12-01')).toEqual([]);
    expect(aged('2008-12-02')).toEqual([{ field: 'borrowerMemberId', reason: '借款人须年满 18 周岁、不超过 65 周岁 (现 17 岁)' }]);
    expect(aged('1961-12-02')).toEqual([]);
    expect(aged('1960-12-01')).toEqual([{ field: 'borrowerMemberId', reason: '借款人须年满 18 周岁、不超过 65 周岁 (现 66 岁)' }]);
    expect(microcreditProblems(policy, facts({ borrower: { birthDate: '1980-05-01', labourCapacity: 'lost' } }), request, '2026-12-01')).toEqual([{ field: 'borrowerMemberId', reason: '借款人须有劳动能力' }]);
    expect(microcreditProblems(policy, facts({ borrower: null }), request, '2026-12-01')).toEqual([{ field: 'borrowerMemberId', reason: '借款人须为该户家庭成员' }]);
  });
});
