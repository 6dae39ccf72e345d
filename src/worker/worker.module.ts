import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { NotificationDeliveryService } from '../notifications/notification-delivery.service';
import { LogOnlySmsProvider, SmsProvider } from '../notifications/sms-provider';
import { PublicityModule } from '../publicity/publicity.module';
import { DeadlineFiringService } from './deadline-firing.service';
import { DeadlineReconcilerService } from './deadline-reconciler.service';
import { DeadlinesProcessor } from './deadlines.processor';
import { NotificationsProcessor } from './notifications.processor';
import { OutboxRelayService } from './outbox-relay.service';
import { WebhooksProcessor } from './webhooks.processor';

/** Everything that runs without a request: the outbox relay, deadline reconciliation, queue workers. */
@Module({
  imports: [CasesModule, PublicityModule],
  providers: [
    OutboxRelayService,
    DeadlineReconcilerService,
    DeadlineFiringService,
    DeadlinesProcessor,
    NotificationDeliveryService,
    NotificationsProcessor,
    WebhooksProcessor,
    { provide: SmsProvider, useClass: LogOnlySmsProvider },
  ],
})
export class WorkerModule {}
