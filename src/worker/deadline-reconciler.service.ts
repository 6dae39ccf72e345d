import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { Settings } from '../config/settings';
import { alarmHorizonEnd } from '../deadlines/alarm-horizon';
import { JOB, jobId, QUEUE } from '../queues/queue-names';
import { DEADLINE_JOB, IMPORT_JOB, NOTIFICATION_JOB } from '../queues/job-options';

export interface ReconcileReport {
  pending: number;
  enqueued: number;
  promoted: number;
  /** Notifications whose delivery job was gone (Redis lost it) and was put back. */
  notificationsRequeued: number;
  /** Uploaded files whose import never reached the queue (Redis was down) and got their job. */
  importsRequeued: number;
}

/**
 * PostgreSQL is the truth, Redis the alarm clock (architecture.md): on start and every minute,
 * each pending deadline without a live job gets one again (after a Redis that lost its data,
 * a crashed relay, a job that failed for good), and an overdue one fires at once; each
 * notification sent to its queue a pass ago and still undelivered without a live job gets its job
 * back (deliveries are claimed per recipient and channel, so none is sent twice).
 */
@Injectable()
export class DeadlineReconcilerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineReconcilerService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.deadlines) private readonly deadlines: Queue,
    @InjectQueue(QUEUE.notifications) private readonly notifications: Queue,
    @InjectQueue(QUEUE.imports) private readonly imports: Queue,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const pass = () => {
      this.running = this.reconcile().catch((error: unknown) => this.logger.error({ err: error }, 'Deadline reconciliation failed'));
    };
    pass();
    this.timer = setInterval(pass, this.settings.reconcileIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async reconcile(): Promise<ReconcileReport> {
    const now = this.clock.now().getTime();
    // Only the alarms due within the horizon are Redis's to keep (alarm-horizon.ts); the later ones are set by a later pass.
    const pending = await this.dataSource.query<{ id: string; due_at: Date }[]>(`SELECT id, due_at FROM deadline WHERE state = 'pending' AND due_at <= $1 ORDER BY due_at`, [
      new Date(alarmHorizonEnd(now, this.settings.reconcileIntervalMs)),
    ]);
    let enqueued = 0;
    let promoted = 0;
    for (const deadline of pending) {
      const id = jobId.deadline(deadline.id);
      const job = await this.deadlines.getJob(id);
      const state = job ? await job.getState() : 'missing';
      if (state === 'delayed' && deadline.due_at.getTime() <= now) {
        await job?.promote();
        promoted += 1;
        continue;
      }
      if (state === 'waiting' || state === 'active' || state === 'delayed' || state === 'prioritized' || state === 'waiting-children') continue;
      // Missing, or finished while the deadline is still pending: set the alarm again.
      if (job) await job.remove().catch(() => undefined);
      await this.deadlines.add(JOB.fireDeadline, { deadlineId: deadline.id }, { jobId: id, delay: Math.max(0, deadline.due_at.getTime() - now), ...DEADLINE_JOB });
      enqueued += 1;
    }
    const notificationsRequeued = await this.reconcileNotifications();
    const importsRequeued = await this.reconcileImports();
    if (enqueued + promoted + notificationsRequeued + importsRequeued > 0) this.logger.log({ pending: pending.length, enqueued, promoted, notificationsRequeued, importsRequeued }, 'Deadlines, notifications and imports reconciled');
    return { pending: pending.length, enqueued, promoted, notificationsRequeued, importsRequeued };
  }

  private async reconcileImports(): Promise<number> {
    const queued = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM import_job WHERE state = 'queued' ORDER BY created_at`);
    let requeued = 0;
    for (const { id } of queued) {
      if (await this.imports.getJob(jobId.importFile(id))) continue;
      await this.imports.add(JOB.importFile, { importJobId: id }, { jobId: jobId.importFile(id), ...IMPORT_JOB });
      requeued += 1;
    }
    return requeued;
  }

  private async reconcileNotifications(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.settings.reconcileIntervalMs);
    // By the job carrying them (rows relayed before jobs carried many: a job of their own).
    const undelivered = await this.dataSource.query<{ job: string; ids: string[] }[]>(
      `SELECT coalesce(delivery_job, 'notify-' || id) AS job, array_agg(id::text ORDER BY id) AS ids
         FROM outbox WHERE kind = 'notify' AND sent_at IS NOT NULL AND delivered_at IS NULL AND sent_at < $1
        GROUP BY 1 ORDER BY min(id) LIMIT 100`,
      [before],
    );
    let requeued = 0;
    for (const { job: id, ids } of undelivered) {
      const job = await this.notifications.getJob(id);
      const state = job ? await job.getState() : 'missing';
      if (state === 'waiting' || state === 'active' || state === 'delayed' || state === 'prioritized' || state === 'waiting-children') continue;
      if (job) await job.remove().catch(() => undefined);
      await this.notifications.add(JOB.deliverNotifications, { outboxIds: ids }, { jobId: id, ...NOTIFICATION_JOB });
      requeued += ids.length;
    }
    return requeued;
  }
}
