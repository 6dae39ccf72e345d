import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { SetHouseholdStatusEffect } from '../../workflows/case-types';
import { insertManyStatement, together, updateManyStatement, type Statement } from '../database/insert-many';
import { preparedQuery } from '../database/prepared-query';
import { DEADLINE_KIND, deadlineKey } from '../deadlines/deadline-keys';
import type { DeadlineScheduler, DeadlineSpec } from '../deadlines/deadline-scheduler';
import { FollowUpVisitEntity } from '../follow-ups/follow-up-visit.entity';
import { applyPatch } from '../households/change-set';
import { HouseholdChangeEntity } from '../households/household-change.entity';
import { HouseholdEntity } from '../households/household.entity';
import { OutboxEntity } from '../outbox/outbox.entity';
import type { NotifyEffect, OutboxWriter } from '../outbox/outbox.writer';
import { CaseEventEntity } from './case-event.entity';
import { CaseEntity } from './case.entity';

/** The columns a command changes on its case. */
const CASE_COLUMNS: Extract<keyof CaseEntity, string>[] = [
  'snapshot',
  'stage',
  'phase',
  'final',
  'awaitingRole',
  'stageDueAt',
  'dueAt',
  'version',
  'journalSequence',
  'journalHash',
];

const JOURNAL_COLUMNS: Extract<keyof CaseEventEntity, string>[] = [
  'caseId',
  'sequence',
  'occurredAt',
  'accountId',
  'role',
  'eventType',
  'payload',
  'stageBefore',
  'stageAfter',
  'machineVersion',
  'policyVersion',
  'previousHash',
  'hash',
];

interface StatusChange {
  caseId: string;
  householdId: string;
  accountId: string;
  effect: SetHouseholdStatusEffect;
}

/**
 * What a batch of commands writes (issue 18, set-based apply), gathered in memory in the order
 * the commands ran and written with a constant number of statements however many cases the
 * batch holds: one read of the households whose status changes, if any, then one statement.
 * What one command did is what a later one in the batch sees, as if each had been written at once.
 */
export class CaseWrites {
  private readonly cases = new Map<string, CaseEntity>();
  private readonly journal: Partial<CaseEventEntity>[] = [];
  private readonly notifications: Partial<OutboxEntity>[] = [];
  /** Deadlines to insert, by key; a key scheduled once in the batch is taken, even if cancelled since. */
  private readonly deadlines = new Map<string, DeadlineSpec>();
  private readonly scheduledKeys = new Set<string>();
  private readonly cancelledPrefixes: string[] = [];
  private readonly statusChanges: StatusChange[] = [];
  private readonly visits: Partial<FollowUpVisitEntity>[] = [];

  constructor(
    private readonly scheduler: DeadlineScheduler,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The case row as it stands after the batch's commands so far. */
  caseChanged(row: CaseEntity): void {
    this.cases.set(row.id, row);
  }

  journalEntry(entry: Partial<CaseEventEntity>): void {
    this.journal.push(entry);
  }

  notify(row: CaseEntity, effects: readonly NotifyEffect[]): void {
    this.notifications.push(...this.outbox.notificationRows(row, effects));
  }

  /** As the scheduler's own: a key already there (in the table or earlier in the batch) stays as it is. */
  schedule(spec: DeadlineSpec): void {
    if (this.scheduledKeys.has(spec.key)) return;
    this.scheduledKeys.add(spec.key);
    this.deadlines.set(spec.key, spec);
  }

  /** Pending deadlines under `prefix` will not fire, those scheduled earlier in the batch included. */
  cancel(prefix: string): void {
    this.cancelledPrefixes.push(prefix);
    for (const key of this.deadlines.keys()) if (key.startsWith(prefix)) this.deadlines.delete(key);
  }

  /** The household's status, set when the batch is written (its history under `accountId`). */
  setHouseholdStatus(row: CaseEntity, accountId: string, effect: SetHouseholdStatusEffect): void {
    this.statusChanges.push({ caseId: row.id, householdId: row.householdId, accountId, effect });
  }

  /** The statuses the batch sets on the household, in the order it writes them. */
  statusesSetOn(householdId: string): SetHouseholdStatusEffect[] {
    return this.statusChanges.filter((change) => change.householdId === householdId).map((change) => change.effect);
  }

  /** procedures.md "Exit": a follow-up visit (回头看) due on a day, with its deadline at 09:00 China time. */
  followUpVisit(row: CaseEntity, dueOn: string): void {
    const visit = { id: randomUUID(), householdId: row.householdId, villageCode: row.villageCode, exitCaseId: row.id, dueOn };
    this.visits.push(visit);
    this.schedule({
      key: deadlineKey.followUp(visit.id),
      kind: DEADLINE_KIND.followUpDue,
      dueAt: new Date(`${dueOn}T01:00:00.000Z`),
      caseId: row.id,
      payload: { visitId: visit.id, dueOn },
    });
  }

  async flush(tx: EntityManager): Promise<void> {
    const statements: (Statement & { name?: string })[] = [];
    if (this.cancelledPrefixes.length > 0) statements.push(this.scheduler.cancelStatement(this.cancelledPrefixes));
    if (this.deadlines.size > 0) statements.push(...this.scheduler.scheduleStatements([...this.deadlines.values()]));
    if (this.visits.length > 0) statements.push(insertManyStatement(tx, FollowUpVisitEntity, ['id', 'householdId', 'villageCode', 'exitCaseId', 'dueOn'], this.visits));
    if (this.statusChanges.length > 0) statements.push(...(await this.householdStatements(tx)));
    if (this.journal.length > 0) statements.push(insertManyStatement(tx, CaseEventEntity, JOURNAL_COLUMNS, this.journal));
    if (this.notifications.length > 0) statements.push(insertManyStatement(tx, OutboxEntity, ['caseId', 'kind', 'payload'], this.notifications));
    // updated_at is the database's time of the write, as TypeORM's own update sets it (the work list's "waiting since").
    if (this.cases.size > 0) statements.push(updateManyStatement(tx, CaseEntity, 'id', CASE_COLUMNS, [...this.cases.values()], ['"updated_at" = now()']));
    if (statements.length === 0) return;
    await preparedQuery(tx, together(statements));
  }

  /** The households' new status and its history, each change recorded as a diff of the row read now. */
  private async householdStatements(tx: EntityManager): Promise<Statement[]> {
    const ids = [...new Set(this.statusChanges.map((change) => change.householdId))];
    const households = new Map((await tx.getRepository(HouseholdEntity).findBy({ id: In(ids) })).map((household) => [household.id, household]));
    const history: Partial<HouseholdChangeEntity>[] = [];
    for (const { caseId, householdId, accountId, effect } of this.statusChanges) {
      const household = households.get(householdId);
      if (!household) throw new Error(`case ${caseId} names household ${householdId}, which does not exist`);
      // exitYear, objectType: absent leaves them as they are; null clears (a corrected exit has no exit year).
      const changes = applyPatch(household, { status: effect.status, statusSince: effect.since, exitYear: effect.exitYear, monitoringObjectType: effect.objectType });
      history.push({ householdId, accountId, action: 'status_changed', changes: { ...changes, caseId: [null, caseId] } });
    }
    return [
      updateManyStatement(tx, HouseholdEntity, 'id', ['status', 'statusSince', 'exitYear', 'monitoringObjectType'], [...households.values()], ['"version" = t."version" + 1', '"updated_at" = now()']),
      insertManyStatement(tx, HouseholdChangeEntity, ['householdId', 'accountId', 'action', 'changes'], history),
    ];
  }
}
