import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { NotificationDeliveryService } from '../notifications/notification-delivery.service';
import { JOB, QUEUE } from '../queues/queue-names';

@Processor(QUEUE.notifications, { concurrency: 8 })
export class NotificationsProcessor extends WorkerHost {
  constructor(private readonly delivery: NotificationDeliveryService) {
    super();
  }

  async process(job: Job<{ outboxId: string }>): Promise<void> {
    if (job.name !== JOB.deliverNotification) throw new Error(`Unknown job ${job.name} on ${QUEUE.notifications}`);
    await this.delivery.deliver(job.data.outboxId);
  }
}
