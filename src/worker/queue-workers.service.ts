import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DelayedError, Worker, type Job } from 'bullmq';
import { Settings } from '../config/settings';
import { NotificationDeliveryService, type WebhookJob } from '../notifications/notification-delivery.service';
import { JOB, QUEUE } from '../queues/queue-names';
import { ImportRunner } from '../imports/import-runner.service';
import { DeadlineFiringService } from './deadline-firing.service';
import { DeadlinesFirst } from './deadlines-first';
import { WebhookSenderService } from './webhook-sender.service';

type Handler = (job: Job, token?: string) => Promise<unknown>;

/**
 * The queue consumers, one BullMQ Worker per queue. Every job name has exactly one handler
 * (checked at start); any number of worker processes may run them, since every handler is
 * idempotent (a duplicate or late job changes nothing).
 */
@Injectable()
export class QueueWorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkersService.name);
  private readonly workers: Worker[] = [];
  /** The notifications wait while this process fires deadlines (deadlines-first.ts). */
  private deadlinesFirst!: DeadlinesFirst;

  constructor(
    private readonly settings: Settings,
    private readonly deadlines: DeadlineFiringService,
    private readonly notifications: NotificationDeliveryService,
    private readonly webhooks: WebhookSenderService,
    private readonly imports: ImportRunner,
  ) {}

  private handlers(): Record<string, Record<string, Handler>> {
    return {
      [QUEUE.deadlines]: {
        [JOB.fireDeadline]: (job: Job<{ deadlineId: string }>, token) =>
          this.deadlinesFirst.run(async () => {
            const outcome = await this.deadlines.fire(job.data.deadlineId);
            if (outcome.result === 'early') {
              // Redis woke us before PostgreSQL's due time (clock skew): sleep again until then.
              await job.moveToDelayed(outcome.dueAt.getTime(), token);
              throw new DelayedError();
            }
            return outcome.result;
          }),
      },
      [QUEUE.notifications]: {
        [JOB.deliverNotification]: (job: Job<{ outboxId: string }>) => this.notifications.deliverMany([job.data.outboxId]),
        [JOB.deliverNotifications]: (job: Job<{ outboxIds: string[] }>) => this.notifications.deliverMany(job.data.outboxIds),
      },
      [QUEUE.webhooks]: {
        [JOB.deliverWebhook]: (job: Job<WebhookJob>) => this.webhooks.send(job),
      },
      [QUEUE.imports]: {
        [JOB.importFile]: (job: Job<{ importJobId: string }>) => this.imports.run(job.data.importJobId),
      },
    };
  }

  onApplicationBootstrap(): void {
    const handlers = this.handlers();
    const jobs = Object.values(handlers).flatMap((byName) => Object.keys(byName));
    const missing = Object.values(JOB).filter((name) => !jobs.includes(name));
    if (missing.length > 0 || new Set(jobs).size !== jobs.length) throw new Error(`Every job needs exactly one handler; check ${missing.join(', ')}`);
    for (const [queue, byName] of Object.entries(handlers)) {
      const worker = new Worker(
        queue,
        async (job: Job, token?: string) => {
          const handler = byName[job.name];
          if (!handler) throw new Error(`No handler for job ${job.name} on ${queue}`);
          return handler(job, token);
        },
        {
          connection: { url: this.settings.redisUrl, maxRetriesPerRequest: null },
          prefix: this.settings.redisPrefix,
          // An import is long and streams its file: one at a time per worker process.
          concurrency: queue === QUEUE.imports ? 1 : queue === QUEUE.deadlines ? 4 : 8,
          // A worker that dies mid-job loses its lock after this long; another worker then retries the job.
          lockDuration: this.settings.jobLockMs,
          stalledInterval: this.settings.jobLockMs,
        },
      );
      worker.on('error', (error) => this.logger.warn({ queue, err: error.message }, 'Worker connection problem'));
      worker.on('failed', (job, error) => this.logger.warn({ queue, jobId: job?.id, err: error.message }, 'Job failed'));
      this.workers.push(worker);
    }
    // Set before any job runs: a worker takes its first job after this method returns.
    this.deadlinesFirst = new DeadlinesFirst(this.workers.find((worker) => worker.name === QUEUE.notifications) as Worker);
  }

  async onApplicationShutdown(): Promise<void> {
    this.deadlinesFirst.stop();
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
