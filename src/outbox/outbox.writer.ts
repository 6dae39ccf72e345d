import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Statement } from '../database/insert-many';
import { OutboxEntity } from './outbox.entity';

/** What a notification names of the case it is about, so delivery needs no further reads of it. */
export interface NotifiedCase {
  id: string;
  caseNumber: string;
  procedure: string;
  householdId: string;
  villageCode: string;
}

export interface NotifyEffect {
  recipient: string;
  template: string;
  data: Record<string, unknown>;
}

/**
 * The outbox (architecture.md: the database is the truth, Redis the alarm clock): effects are
 * written inside the transaction of the change that caused them; the relay moves them on.
 */
@Injectable()
export class OutboxWriter {
  /** A notification to deliver after commit. */
  async notify(tx: EntityManager, about: NotifiedCase, effect: NotifyEffect): Promise<void> {
    await tx.getRepository(OutboxEntity).insert(this.notificationRows(about, [effect]) as never);
  }

  /** The outbox rows of notifications about one case (a transition's, in the machine's order). */
  notificationRows(about: NotifiedCase, effects: readonly NotifyEffect[]): Partial<OutboxEntity>[] {
    return effects.map((effect) => ({
      caseId: about.id,
      kind: 'notify',
      payload: { ...effect, caseId: about.id, caseNumber: about.caseNumber, procedure: about.procedure, householdId: about.householdId, villageCode: about.villageCode },
    }));
  }

  /**
   * A notification about something that is no case, for an office of a village (a resident's
   * report waiting for its household, a help cadre's visit falling due): named by the words given.
   */
  async notifyAbout(tx: EntityManager, about: { subject: string; villageCode: string; householdId?: string }, effect: NotifyEffect): Promise<void> {
    const outbox = tx.getRepository(OutboxEntity);
    await outbox.save(outbox.create({ caseId: null, kind: 'notify', payload: { ...effect, caseId: null, caseNumber: about.subject, householdId: about.householdId ?? null, villageCode: about.villageCode } }));
  }

  /**
   * The alarms of deadline rows, to be set in Redis after commit: one outbox row for each row
   * `source` (a WITH query of the same statement) returns with its id, case and due time, if it
   * is due by `until` (alarm-horizon.ts: a later one's alarm is the reconciler's to set).
   */
  deadlineAlarms(source: string, until: Date): Statement {
    return {
      sql: `INSERT INTO outbox (case_id, kind, payload) SELECT case_id, 'deadline', jsonb_build_object('deadlineId', id, 'dueAt', to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) FROM ${source} WHERE due_at <= $1`,
      params: [until],
    };
  }
}
