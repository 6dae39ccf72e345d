import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxWriter } from '../outbox/outbox.writer';
import { escapeLike } from '../common/sql-like';
import { DeadlineEntity } from './deadline.entity';

export interface DeadlineSpec {
  key: string;
  kind: string;
  dueAt: Date;
  caseId?: string | null;
  noticeId?: string | null;
  payload?: Record<string, unknown>;
}

/**
 * Writes deadlines inside the caller's transaction: the row (the truth) and an outbox row that
 * tells the relay to set the alarm in Redis. A key already scheduled is left as it is.
 */
@Injectable()
export class DeadlineScheduler {
  constructor(private readonly outbox: OutboxWriter) {}

  async schedule(tx: EntityManager, spec: DeadlineSpec): Promise<void> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(DeadlineEntity)
      .values({ key: spec.key, kind: spec.kind, dueAt: spec.dueAt, caseId: spec.caseId ?? null, noticeId: spec.noticeId ?? null, payload: (spec.payload ?? {}) as never })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    if (!id) return;
    await this.outbox.deadline(tx, { id, caseId: spec.caseId ?? null, dueAt: spec.dueAt });
  }

  /** Pending deadlines whose key starts with `prefix` will not fire. */
  async cancel(tx: EntityManager, prefix: string): Promise<void> {
    await tx
      .createQueryBuilder()
      .update(DeadlineEntity)
      .set({ state: 'cancelled' })
      .where(`state = 'pending' AND key LIKE :prefix`, { prefix: `${escapeLike(prefix)}%` })
      .execute();
  }
}
