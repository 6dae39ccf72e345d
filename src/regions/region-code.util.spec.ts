import { isWithinPrefix, jurisdictionPrefix, levelOfCode, regionCodeProblem } from './region-code.util';

describe('levelOfCode', () => {
  it.each([
    ['450123000000', 'county'],
    ['450123100000', 'township'],
    ['450123100201', 'village'],
    ['450100000000', null], // a prefecture, not a county
    ['45012310020', null],
    ['45012310020a', null],
  ])('%s is %s', (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });
});

describe('regionCodeProblem', () => {
  const county = { level: 'county' as const, code: '450123000000' };
  const township = { level: 'township' as const, code: '450123100000' };

  it.each([
    ['county without parent', 'county', '450123000000', null, null],
    ['township in its county', 'township', '450123100000', county, null],
    ['village in its township', 'village', '450123100201', township, null],
    ['township of another county', 'township', '450124100000', county, '必须以上级区划代码前缀 450123 开头'],
    ['village of another township', 'village', '450123200201', township, '前缀 450123100 开头'],
    ['village code used for a township', 'township', '450123100201', county, '不是乡镇级代码'],
    ['village directly under a county', 'village', '450123100201', county, '上级必须是乡镇级区划'],
    ['township without parent', 'township', '450123100000', null, '上级必须是县级区划'],
    ['county under a county', 'county', '450124000000', county, '不能有上级'],
    ['eleven digits', 'village', '45012310020', township, '12 位数字'],
  ] as const)('%s', (_case, level, code, parent, problem) => {
    const result = regionCodeProblem(level, code, parent);
    if (problem === null) expect(result).toBeNull();
    else expect(result?.reason).toContain(problem);
  });
});

describe('jurisdictionPrefix', () => {
  it('cuts each level to its significant digits', () => {
    expect(jurisdictionPrefix('county', '450123000000')).toBe('450123');
    expect(jurisdictionPrefix('township', '450123100000')).toBe('450123100');
    expect(jurisdictionPrefix('village', '450123100201')).toBe('450123100201');
  });

  it('puts a village inside its township and county but not a neighbouring township', () => {
    expect(isWithinPrefix('450123', '450123100201')).toBe(true);
    expect(isWithinPrefix('450123100', '450123100201')).toBe(true);
    expect(isWithinPrefix('450123200', '450123100201')).toBe(false);
  });
});
