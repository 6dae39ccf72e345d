import { Module } from '@nestjs/common';
import { InboxController } from './inbox.controller';

/** The HTTP side of notifications (the staff inbox); delivery runs in the worker. */
@Module({ controllers: [InboxController] })
export class NotificationsModule {}
