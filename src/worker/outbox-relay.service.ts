import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { Settings } from '../config/settings';
import { DEADLINE_JOB, NOTIFICATION_JOB } from '../queues/job-options';
import { JOB, jobId, QUEUE } from '../queues/queue-names';

const BATCH = 500;
/** Notifications delivered by one job: their recipients are read and their deliveries claimed together. */
const NOTIFICATIONS_PER_JOB = 100;

interface OutboxRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
}

/**
 * Moves committed outbox rows onto the queues. Rows are claimed with SKIP LOCKED (any number
 * of relays may run) and marked sent in the same transaction after the jobs are added; a
 * crash in between re-adds them later under the same job ids, which BullMQ or the handlers'
 * idempotence absorbs.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.deadlines) private readonly deadlines: Queue,
    @InjectQueue(QUEUE.notifications) private readonly notifications: Queue,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass; answers how many rows it moved. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await tx.query<OutboxRow[]>(
        `SELECT id, kind, payload FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      const deadlineJobs = rows.filter((row) => row.kind === 'deadline');
      const notificationJobs = rows.filter((row) => row.kind === 'notify');
      const now = this.clock.now().getTime();
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

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.relayOnce()
        .then((moved) => this.schedule(moved === BATCH ? 0 : this.settings.outboxPollMs))
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'Outbox relay pass failed; retrying');
          this.schedule(Math.max(1000, this.settings.outboxPollMs));
        });
    }, delay);
  }
}
