import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { NotificationDeliveryEntity } from '../notifications/notification-delivery.entity';
import type { WebhookJob } from '../notifications/notification-delivery.service';
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, webhookSignature } from '../webhooks/webhook-signature';

/**
 * POSTs one notification to one county webhook. A non-2xx answer or no answer throws, and
 * BullMQ retries with exponential backoff; after the last try the delivery is dead-lettered.
 */
@Injectable()
export class WebhookSenderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async send(job: Job<WebhookJob>): Promise<void> {
    const deliveries = this.dataSource.getRepository(NotificationDeliveryEntity);
    const [hook] = await this.dataSource.query<{ url: string; secret: string; active: boolean }[]>('SELECT url, secret, active FROM webhook WHERE id = $1', [job.data.webhookId]);
    if (!hook?.active) {
      await deliveries.update(job.data.deliveryId, { status: 'dead', lastError: '回调地址已停用' });
      return;
    }
    const attempt = job.attemptsMade + 1;
    const timestamp = String(Math.floor(this.clock.now().getTime() / 1000));
    try {
      const response = await fetch(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: timestamp,
          [DELIVERY_HEADER]: job.data.deliveryId,
          [SIGNATURE_HEADER]: webhookSignature(hook.secret, timestamp, job.data.body),
        },
        body: job.data.body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await deliveries.update(job.data.deliveryId, { status: 'sent', attempts: attempt, deliveredAt: this.clock.now(), lastError: null });
    } catch (error) {
      const last = attempt >= (job.opts.attempts ?? 1);
      await deliveries.update(job.data.deliveryId, { status: last ? 'dead' : 'sending', attempts: attempt, lastError: (error as Error).message });
      if (!last) throw error;
    }
  }
}
