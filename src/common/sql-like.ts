/** Text a person typed, searched for as itself inside a LIKE pattern (with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
