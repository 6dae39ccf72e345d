import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { together, type Statement } from '../database/insert-many';
import { OutboxWriter } from '../outbox/outbox.writer';
import { escapeLike } from '../common/sql-like';
import { Clock } from '../common/clock';
import { OUTBOX_ALARMS_AHEAD_MS } from './alarm-horizon';

export interface DeadlineSpec {
  key: string;
  kind: string;
  dueAt: Date;
  caseId?: string | null;
  noticeId?: string | null;
  payload?: Record<string, unknown>;
}

/**
 * Writes deadlines inside the caller's transaction: the row (the truth) and, for one due within
 * a day, an outbox row that tells the relay to set the alarm in Redis. A key already scheduled
 * is left as it is.
 */
@Injectable()
export class DeadlineScheduler {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  schedule(tx: EntityManager, spec: DeadlineSpec): Promise<void> {
    return this.scheduleMany(tx, [spec]);
  }

  /** Many deadlines and their alarms in one statement. */
  async scheduleMany(tx: EntityManager, specs: readonly DeadlineSpec[]): Promise<void> {
    if (specs.length === 0) return;
    const { sql, params } = together(this.scheduleStatements(specs));
    await tx.query(sql, params);
  }

  /** Pending deadlines whose key starts with `prefix` will not fire. */
  async cancel(tx: EntityManager, prefix: string): Promise<void> {
    const { sql, params } = this.cancelStatement([prefix]);
    await tx.query(sql, params);
  }

  /** Many deadlines and their alarms, as statements for one `together` (the second reads the first). */
  scheduleStatements(specs: readonly DeadlineSpec[]): (Statement & { name?: string })[] {
    return [
      {
        name: 'scheduled_deadline',
        sql:
          'INSERT INTO deadline (key, kind, due_at, case_id, notice_id, payload) ' +
          'SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::timestamptz[], $4::uuid[], $5::uuid[], $6::jsonb[]) ' +
          'ON CONFLICT DO NOTHING RETURNING id, case_id, due_at',
        params: [
          specs.map((spec) => spec.key),
          specs.map((spec) => spec.kind),
          specs.map((spec) => spec.dueAt),
          specs.map((spec) => spec.caseId ?? null),
          specs.map((spec) => spec.noticeId ?? null),
          specs.map((spec) => JSON.stringify(spec.payload ?? {})),
        ],
      },
      this.outbox.deadlineAlarms('scheduled_deadline', new Date(this.clock.now().getTime() + OUTBOX_ALARMS_AHEAD_MS)),
    ];
  }

  /** Pending deadlines whose key starts with any of `prefixes`, cancelled in one statement. */
  cancelStatement(prefixes: readonly string[]): Statement {
    return { sql: `UPDATE deadline SET state = 'cancelled' WHERE state = 'pending' AND key LIKE ANY($1::text[])`, params: [prefixes.map((prefix) => `${escapeLike(prefix)}%`)] };
  }
}
