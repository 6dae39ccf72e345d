import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
  notify(tx: EntityManager, about: NotifiedCase, effect: NotifyEffect): Promise<void> {
    return this.notifyAll(tx, about, [effect]);
  }

  /** Notifications about one case, in one insert (a transition's, in the machine's order). */
  async notifyAll(tx: EntityManager, about: NotifiedCase, effects: readonly NotifyEffect[]): Promise<void> {
    if (effects.length === 0) return;
    await tx.getRepository(OutboxEntity).insert(
      effects.map((effect) => ({
        caseId: about.id,
        kind: 'notify',
        payload: { ...effect, caseId: about.id, caseNumber: about.caseNumber, procedure: about.procedure, householdId: about.householdId, villageCode: about.villageCode },
      })),
    );
  }

  /**
   * A notification about something that is no case, for an office of a village (a resident's
   * report waiting for its household, a help cadre's visit falling due): named by the words given.
   */
  async notifyAbout(tx: EntityManager, about: { subject: string; villageCode: string; householdId?: string }, effect: NotifyEffect): Promise<void> {
    const outbox = tx.getRepository(OutboxEntity);
    await outbox.save(outbox.create({ caseId: null, kind: 'notify', payload: { ...effect, caseId: null, caseNumber: about.subject, householdId: about.householdId ?? null, villageCode: about.villageCode } }));
  }

  /** The alarm of a deadline row, to be set in Redis after commit. */
  async deadline(tx: EntityManager, deadline: { id: string; caseId: string | null; dueAt: Date }): Promise<void> {
    await tx.getRepository(OutboxEntity).insert({ caseId: deadline.caseId, kind: 'deadline', payload: { deadlineId: deadline.id, dueAt: deadline.dueAt.toISOString() } });
  }
}
