/** A stored value as text for people: strings and numbers as they are, anything else empty. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
