import { Logger } from '@nestjs/common';
import type { Worker } from 'bullmq';

/** After the last window end of a burst, how long notifications still wait: a storm's parts start a few milliseconds apart. */
const QUIET_MS = 100;
/** The longest notifications wait however busy the deadlines stay; then they run alongside until the deadlines go quiet. */
const MAX_YIELD_MS = 5_000;

/**
 * Deadlines before notifications (issue 18): a notice's end is the procedure's own step, due at
 * its minute (procedures.md, the publicity windows), while its texts and inbox rows may come a
 * moment later. While this process fires deadlines, its notifications worker takes no new job
 * (those it holds finish); it starts again once the deadlines have been quiet for QUIET_MS, or
 * after MAX_YIELD_MS at the latest. In a storm the two workers' CPU then goes to the window ends
 * first. Nothing waits in memory: a job not taken stays in Redis, and another process may take it.
 */
export class DeadlinesFirst {
  private readonly logger = new Logger(DeadlinesFirst.name);
  /** Deadline jobs running in this process now. */
  private running = 0;
  /** After shutdown began: the notifications worker is closing and is neither paused nor resumed. */
  private stopped = false;
  private state: 'free' | 'yielding' | 'overdue' = 'free';
  private quietTimer: NodeJS.Timeout | undefined;
  private overdueTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly notifications: Pick<Worker, 'pause' | 'resume'>,
    private readonly timing = { quietMs: QUIET_MS, maxYieldMs: MAX_YIELD_MS },
  ) {}

  /** Runs a deadline's job, the notifications yielding meanwhile. */
  async run<T>(job: () => Promise<T>): Promise<T> {
    this.started();
    try {
      return await job();
    } finally {
      this.finished();
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.quietTimer);
    clearTimeout(this.overdueTimer);
  }

  private started(): void {
    this.running += 1;
    clearTimeout(this.quietTimer);
    if (this.state !== 'free') return;
    this.state = 'yielding';
    this.tell('pause');
    this.overdueTimer = setTimeout(() => {
      this.state = 'overdue';
      this.tell('resume');
    }, this.timing.maxYieldMs);
  }

  private finished(): void {
    this.running -= 1;
    if (this.running > 0) return;
    if (this.state === 'overdue') {
      this.state = 'free';
      return;
    }
    this.quietTimer = setTimeout(() => {
      if (this.running > 0) return;
      this.state = 'free';
      clearTimeout(this.overdueTimer);
      this.tell('resume');
    }, this.timing.quietMs);
  }

  /** Pauses or resumes the notifications worker; a failure (Redis away) is logged, and the worker's own retries go on. */
  private tell(action: 'pause' | 'resume'): void {
    if (this.stopped) return;
    const done = action === 'pause' ? this.notifications.pause(true) : this.notifications.resume();
    done.catch((error: unknown) => this.logger.warn({ action, err: (error as Error).message }, 'Notifications worker could not be told'));
  }
}
