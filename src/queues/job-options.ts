import type { JobsOptions } from 'bullmq';

/** Completed jobs are kept a day, so a job id enqueued again meanwhile is recognised and ignored. */
export const KEEP_JOBS: Pick<JobsOptions, 'removeOnComplete' | 'removeOnFail'> = {
  removeOnComplete: { age: 86_400 },
  removeOnFail: { age: 7 * 86_400 },
};

/** A notification's delivery: retried a few times; each (recipient, channel) is claimed once. */
export const NOTIFICATION_JOB: JobsOptions = { attempts: 5, backoff: { type: 'exponential', delay: 1000 }, ...KEEP_JOBS };

/** A deadline's alarm: retried for long, since its row is the truth and firing is idempotent. */
export const DEADLINE_JOB: JobsOptions = { attempts: 20, backoff: { type: 'exponential', delay: 1000 }, ...KEEP_JOBS };

/** A file's import: a worker that dies mid-file leaves it to another, which starts it over (storing is idempotent). */
export const IMPORT_JOB: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 2000 }, ...KEEP_JOBS };
