import { applyPatch } from './change-set';

describe('applyPatch', () => {
  it('changes only what differs and reports it with the prefix', () => {
    const target = { name: '韦一', phone: null as string | null, income: 3000 };
    const changes = applyPatch(target, { name: '韦一', phone: '13800138000', income: undefined }, 'members.m1.');
    expect(changes).toEqual({ 'members.m1.phone': [null, '13800138000'] });
    expect(target).toEqual({ name: '韦一', phone: '13800138000', income: 3000 });
  });

  it('reports nothing for an empty patch', () => {
    expect(applyPatch({ a: 1 }, {})).toEqual({});
  });
});
