/**
 * Public web view of a name (procedures.md "Publicity as the system runs it"): inner characters
 * masked, 张*三; a two-character name keeps its first, 李*.
 */
export function maskName(name: string): string {
  const characters = [...name.trim()];
  if (characters.length <= 1) return characters.join('');
  if (characters.length === 2) return `${characters[0] ?? ''}*`;
  return `${characters[0] ?? ''}${'*'.repeat(characters.length - 2)}${characters[characters.length - 1] ?? ''}`;
}
