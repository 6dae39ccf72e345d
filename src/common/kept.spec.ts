import { kept } from './kept';

describe('kept', () => {
  it('builds a value once per key and answers it again', () => {
    const map = new Map<string, number[]>();
    const build = jest.fn(() => [1]);
    const first = kept(map, 'a', build);
    expect(kept(map, 'a', build)).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('keeps no more than a thousand keys, and still answers past them', () => {
    const map = new Map<number, string>();
    for (let key = 0; key < 1200; key += 1) expect(kept(map, key, () => `v${key}`)).toBe(`v${key}`);
    expect(map.size).toBe(1000);
    expect(map.has(1100)).toBe(false);
  });
});
