import { Module } from '@nestjs/common';
import { WebhooksController } from '../webhooks/webhooks.controller';
import { InboxController } from './inbox.controller';

/** The HTTP side of notifications (inbox, webhook registration); delivery runs in the worker. */
@Module({ controllers: [InboxController, WebhooksController] })
export class NotificationsModule {}
