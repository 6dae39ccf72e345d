import { inLockOrder } from './lock-order';

describe(inLockOrder.name, () => {
  it('orders by case id as PostgreSQL orders uuids (byte order), keeping each item\'s place in the request', () => {
    const ids = ['f0000000-0000-4000-8000-000000000000', '0a000000-0000-4000-8000-000000000000', 'a0000000-0000-4000-8000-000000000000', '0b000000-0000-4000-8000-000000000000'];
    expect(inLockOrder(ids, (id) => id)).toEqual([
      { item: ids[1], index: 1 },
      { item: ids[3], index: 3 },
      { item: ids[2], index: 2 },
      { item: ids[0], index: 0 },
    ]);
  });
});
