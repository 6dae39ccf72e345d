/**
 * What `build` makes for `key`, kept in `map`: for values computed from shapes the code names (a
 * table and its columns, a statement's text, an event's fields), a few dozen in all. Past a
 * thousand keys nothing more is kept, so a key that varies by mistake costs time, not memory.
 */
export function kept<K, V>(map: Map<K, V>, key: K, build: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = build();
    if (map.size < 1000) map.set(key, value);
  }
  return value;
}
