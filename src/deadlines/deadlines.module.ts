import { Global, Module } from '@nestjs/common';
import { DeadlineScheduler } from './deadline-scheduler';

/** Scheduling only (inside callers' transactions); firing lives with the workers. */
@Global()
@Module({ providers: [DeadlineScheduler], exports: [DeadlineScheduler] })
export class DeadlinesModule {}
