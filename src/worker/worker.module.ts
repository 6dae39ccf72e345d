import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { NotificationDeliveryService } from '../notifications/notification-delivery.service';
import { smsProviderBinding } from '../notifications/sms-providers';
import { PublicityModule } from '../publicity/publicity.module';
import { ImportsModule } from '../imports/imports.module';
import { HelpCadresModule } from '../help-cadres/help-cadres.module';
import { DeadlineFiringService } from './deadline-firing.service';
import { DeadlineReconcilerService } from './deadline-reconciler.service';
import { OutboxRelayService } from './outbox-relay.service';
import { QueueWorkersService } from './queue-workers.service';
import { TallyFoldService } from './tally-fold.service';
import { WebhookSenderService } from './webhook-sender.service';

/** Everything that runs without a request: the outbox relay, deadline reconciliation, queue workers, the statistics' tally fold. */
@Module({
  imports: [CasesModule, PublicityModule, ImportsModule, HelpCadresModule],
  providers: [
    OutboxRelayService,
    DeadlineReconcilerService,
    DeadlineFiringService,
    NotificationDeliveryService,
    WebhookSenderService,
    QueueWorkersService,
    TallyFoldService,
    smsProviderBinding,
  ],
})
export class WorkerModule {}
