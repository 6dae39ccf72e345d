import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { Settings } from '../config/settings';
import { alarmHorizonEnd } from '../deadlines/alarm-horizon';
import { DatabaseNoticesService, NOTICE_CHANNEL } from '../database/database-notices.service';
import { DEADLINE_JOB, NOTIFICATION_JOB } from '../queues/job-options';
import { JOB, jobId, QUEUE } from '../queues/queue-names';

const BATCH = 500;
/** Passes woken by notices start at least this far apart: a busy second makes a few full passes, not one per command. */
const WAKE_SPACING_MS = 50;
/** Notifications delivered by one job: their recipients are read and their deliveries claimed together. */
const NOTIFICATIONS_PER_JOB = 100;

/**
 * A pass's claim: the oldest unsent rows, read in order from the partial index and stopping at the
 * batch, whatever the statistics say (the pass's transaction only). While rows arrive faster than
 * statistics follow (a storm), the planner otherwise takes a bitmap or sequential scan: it returns
 * every unsent row unordered, to be sorted (on disk, at tens of thousands) before the limit, and
 * never marks the index's entries of rows already sent as dead, so each pass reads them all again
 * (172 ms for a pass of 500 in a storm, auto_explain).
 */
export const UNSENT_CLAIM = {
  planning: "SELECT set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true)",
  statement: `SELECT id, kind, payload FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
};

interface OutboxRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
}

/**
 * Moves committed outbox rows onto the queues. Rows are claimed with SKIP LOCKED (any number
 * of relays may run) and marked sent in the same transaction after the jobs are added; a
 * crash in between re-adds them later under the same job ids, which BullMQ or the handlers'
 * idempotence absorbs. New rows are told at commit (NOTIFY outbox_added) and relayed at once;
 * the poll is what catches rows while that connection is lost.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer: NodeJS.Timeout | undefined;
  /** When the pending pass is due (performance.now), Infinity while none is. */
  private dueAt = Number.POSITIVE_INFINITY;
  private running: Promise<void> | undefined;
  private passing = false;
  private wokenDuringPass = false;
  private passStartedAt = Number.NEGATIVE_INFINITY;
  /** Until the application has started (a notice heard while modules start waits for the first pass). */
  private stopped = true;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.deadlines) private readonly deadlines: Queue,
    @InjectQueue(QUEUE.notifications) private readonly notifications: Queue,
    private readonly settings: Settings,
    private readonly clock: Clock,
    notices: DatabaseNoticesService,
  ) {
    // Listening (again), rows may have been added unheard: a pass now finds them.
    notices.subscribe(NOTICE_CHANNEL.outboxAdded, { heard: () => this.wake(), reset: () => this.wake() });
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.passAt(performance.now());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass; answers how many rows it moved. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(UNSENT_CLAIM.planning);
      const rows = await tx.query<OutboxRow[]>(UNSENT_CLAIM.statement);
      if (rows.length === 0) return 0;
      const now = this.clock.now().getTime();
      // A deadline due later than the horizon gets its alarm from a reconcile pass nearer the time.
      const horizon = alarmHorizonEnd(now, this.settings.reconcileIntervalMs);
      const deadlineJobs = rows.filter((row) => row.kind === 'deadline' && Date.parse(String(row.payload.dueAt)) <= horizon);
      const notificationJobs = rows.filter((row) => row.kind === 'notify');
      if (deadlineJobs.length > 0) {
        await this.deadlines.addBulk(
          deadlineJobs.map((row) => {
            const deadlineId = String(row.payload.deadlineId);
            return {
              name: JOB.fireDeadline,
              data: { deadlineId },
              opts: { jobId: jobId.deadline(deadlineId), delay: Math.max(0, Date.parse(String(row.payload.dueAt)) - now), ...DEADLINE_JOB },
            };
          }),
        );
      }
      const deliveries = Array.from({ length: Math.ceil(notificationJobs.length / NOTIFICATIONS_PER_JOB) }, (_, index) => {
        const outboxIds = notificationJobs.slice(index * NOTIFICATIONS_PER_JOB, (index + 1) * NOTIFICATIONS_PER_JOB).map((row) => row.id);
        return { name: JOB.deliverNotifications, data: { outboxIds }, opts: { jobId: jobId.notifications(outboxIds[0] ?? ''), ...NOTIFICATION_JOB } };
      });
      if (deliveries.length > 0) await this.notifications.addBulk(deliveries);
      // Each notification names its job, so the reconciler can tell a lost one from one still waiting.
      const jobOf = new Map(deliveries.flatMap((delivery) => delivery.data.outboxIds.map((id) => [id, delivery.opts.jobId] as const)));
      await tx.query('UPDATE outbox o SET sent_at = now(), delivery_job = v.job FROM unnest($1::bigint[], $2::text[]) AS v(id, job) WHERE o.id = v.id', [
        rows.map((row) => row.id),
        rows.map((row) => jobOf.get(row.id) ?? null),
      ]);
      return rows.length;
    });
  }

  private wake(): void {
    if (this.passing) this.wokenDuringPass = true;
    else this.passAt(this.passStartedAt + WAKE_SPACING_MS);
  }

  /** The next pass at `at`, unless one is due sooner. */
  private passAt(at: number): void {
    if (this.stopped || at >= this.dueAt) return;
    clearTimeout(this.timer);
    this.dueAt = at;
    this.timer = setTimeout(() => this.pass(), Math.max(0, at - performance.now()));
  }

  private pass(): void {
    this.dueAt = Number.POSITIVE_INFINITY;
    this.passing = true;
    this.wokenDuringPass = false;
    this.passStartedAt = performance.now();
    this.running = this.relayOnce()
      .then((moved) => {
        this.passing = false;
        if (moved === BATCH) this.passAt(performance.now());
        else if (this.wokenDuringPass) this.passAt(this.passStartedAt + WAKE_SPACING_MS);
        else this.passAt(performance.now() + this.settings.outboxPollMs);
      })
      .catch((error: unknown) => {
        this.passing = false;
        this.logger.error({ err: error }, 'Outbox relay pass failed; retrying');
        this.passAt(performance.now() + Math.max(1000, this.settings.outboxPollMs));
      });
  }
}
