import { BullModule, InjectQueue } from '@nestjs/bullmq';
import { Global, Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Settings } from '../config/settings';
import { QUEUE } from './queue-names';

/** Queues report Redis trouble as events; they go to the log, not to an unhandled 'error'. */
@Injectable()
class QueueErrorLog implements OnModuleInit {
  private readonly logger = new Logger('Queues');

  constructor(
    @InjectQueue(QUEUE.deadlines) private readonly deadlines: Queue,
    @InjectQueue(QUEUE.notifications) private readonly notifications: Queue,
    @InjectQueue(QUEUE.webhooks) private readonly webhooks: Queue,
    @InjectQueue(QUEUE.imports) private readonly imports: Queue,
  ) {}

  onModuleInit(): void {
    for (const queue of [this.deadlines, this.notifications, this.webhooks, this.imports]) {
      queue.on('error', (error) => this.logger.warn({ queue: queue.name, err: error.message }, 'Queue connection problem'));
    }
  }
}

/** The queues (producers); the workers that consume them are in WorkerModule. */
@Global()
@Module({
  providers: [QueueErrorLog],
  imports: [
    BullModule.forRootAsync({
      inject: [Settings],
      useFactory: (settings: Settings) => ({ connection: { url: settings.redisUrl, maxRetriesPerRequest: null }, prefix: settings.redisPrefix }),
    }),
    BullModule.registerQueue({ name: QUEUE.deadlines }, { name: QUEUE.notifications }, { name: QUEUE.webhooks }, { name: QUEUE.imports }),
  ],
  exports: [BullModule],
})
export class QueuesModule {}
