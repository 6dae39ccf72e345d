import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/** One command a dry run carried out before rolling back: what it would have done to the case. */
export interface AppliedCommand {
  caseId: string;
  caseNumber: string;
  eventType: string;
  stageBefore: string;
  stageAfter: string;
  stageAfterLabel: string;
  /** Set when the command would end the case by a rule or a decision: the stage and the reason the household is told. */
  rejection: { stage: string; reason: string } | null;
  /** Effects the machine names (notifications, deadlines, the household's status, time limits). */
  effects: { type: string; params: unknown }[];
}

interface DryRun {
  applied: AppliedCommand[];
}

const dryRuns = new AsyncLocalStorage<DryRun>();

/** Thrown inside a transaction to roll it back, carrying what the work answered. */
class Rollback<T> extends Error {
  constructor(readonly answer: T) {
    super('dry run: rolled back');
  }
}

/** Runs a request's work as a dry run: every command transaction in it is rolled back. */
export function asDryRun<T>(work: () => T): { result: T; applied: AppliedCommand[] } {
  const run: DryRun = { applied: [] };
  return { result: dryRuns.run(run, work), applied: run.applied };
}

/** The commands of the current dry run so far, or null outside one. */
export function dryRunLog(): AppliedCommand[] | null {
  return dryRuns.getStore()?.applied ?? null;
}

/**
 * A command's transaction. In a dry run (`?dryRun=true`) the work runs in full, locks and
 * rules included, and is then rolled back: nothing is written, and the caller gets the answer
 * it would have got.
 */
export async function commandTransaction<T>(dataSource: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (!dryRuns.getStore()) return dataSource.transaction(work);
  try {
    await dataSource.transaction(async (tx) => {
      throw new Rollback(await work(tx));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.answer as T;
    throw error;
  }
  throw new Error('A dry run ended without rolling back');
}
