import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, type Job } from 'bullmq';
import { JOB, QUEUE } from '../queues/queue-names';
import { DeadlineFiringService } from './deadline-firing.service';

/** One job per deadline; delivering it twice, or late, changes nothing the second time. */
@Processor(QUEUE.deadlines, { concurrency: 4 })
export class DeadlinesProcessor extends WorkerHost {
  constructor(private readonly firing: DeadlineFiringService) {
    super();
  }

  async process(job: Job<{ deadlineId: string }>, token?: string): Promise<string> {
    if (job.name !== JOB.fireDeadline) throw new Error(`Unknown job ${job.name} on ${QUEUE.deadlines}`);
    const outcome = await this.firing.fire(job.data.deadlineId);
    if (outcome.result === 'early') {
      // Redis woke us before PostgreSQL's due time (clock skew): sleep again until then.
      await job.moveToDelayed(outcome.dueAt.getTime(), token);
      throw new DelayedError();
    }
    return outcome.result;
  }
}
