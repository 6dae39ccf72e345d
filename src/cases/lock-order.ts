/**
 * Commands on many cases lock them one by one in one order, case id ascending, so two batches
 * on overlapping cases (a meeting and a notice, two notices) cannot deadlock. Answers each item
 * with where it stood in the request, for errors that name it.
 */
export function inLockOrder<T>(items: readonly T[], caseIdOf: (item: T) => string): { item: T; index: number }[] {
  return items
    .map((item, index) => ({ item, index, caseId: caseIdOf(item) }))
    .sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))
    .map(({ item, index }) => ({ item, index }));
}
