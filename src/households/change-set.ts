import type { ChangeSet } from './household-change.entity';

/** Applies `patch` to `target` and returns what actually changed, as field → [before, after]. */
export function applyPatch<T extends object>(target: T, patch: Partial<T>, prefix = ''): ChangeSet {
  const changes: ChangeSet = {};
  for (const [key, after] of Object.entries(patch) as [keyof T & string, T[keyof T]][]) {
    if (after === undefined) continue;
    const before = target[key];
    if (before === after) continue;
    changes[`${prefix}${key}`] = [before, after];
    target[key] = after as T[keyof T & string];
  }
  return changes;
}
