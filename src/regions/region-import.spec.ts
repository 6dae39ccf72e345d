import { planFromCsv, planFromTree } from './region-import';

describe('planFromTree', () => {
  it('flattens a county tree parents first, groups last', () => {
    const plan = planFromTree([
      {
        code: '450123000000',
        name: '青山县',
        children: [
          { code: '450123100000', name: '青山镇', children: [{ code: '450123100201', name: '青山村', groups: [{ number: 1, name: '一组' }] }] },
        ],
      },
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.rows.map((row) => [row.level, row.code, row.groupNumber])).toEqual([
      ['county', '450123000000', null],
      ['township', '450123100000', null],
      ['village', '450123100201', null],
      ['group', '450123100201', 1],
    ]);
  });

  it('names the field of a child that does not nest in its parent', () => {
    const plan = planFromTree([{ code: '450123000000', name: '青山县', children: [{ code: '450124100000', name: '别县镇' }] }]);
    expect(plan.problems).toEqual([{ field: 'regions[0].children[0].code', reason: expect.stringContaining('450123') as unknown }]);
  });

  it('refuses groups under a township', () => {
    const plan = planFromTree([{ code: '450123100000', name: '青山镇', groups: [{ number: 1, name: '一组' }] }]);
    expect(plan.problems[0]?.field).toBe('regions[0].groups');
  });
});

describe('planFromCsv', () => {
  it('reads regions and groups, with a byte-order mark', () => {
    const plan = planFromCsv('\uFEFFcode,name,group_number\n450123100201,青山村,\n450123100201,第一组,1\n450123100000,青山镇,\n');
    expect(plan.problems).toEqual([]);
    expect(plan.rows.map((row) => row.level)).toEqual(['township', 'village', 'group']);
  });

  it('reports the line of each bad row', () => {
    const plan = planFromCsv('code,name,group_number\n4501231002,坏村,\n450123100000,青山镇,0\n450123100201,青山村,\n450123100201,青山村,\n');
    expect(plan.problems.map((problem) => problem.field)).toEqual(['row 2.code', 'row 3.group_number', 'row 5']);
  });
});
