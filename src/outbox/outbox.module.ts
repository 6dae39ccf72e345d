import { Global, Module } from '@nestjs/common';
import { OutboxWriter } from './outbox.writer';

/** Writing the outbox, for every module whose changes have effects; relaying it is the worker's. */
@Global()
@Module({ providers: [OutboxWriter], exports: [OutboxWriter] })
export class OutboxModule {}
