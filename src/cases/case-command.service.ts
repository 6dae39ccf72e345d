import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { getStateNodes, transition, type AnyMachineSnapshot, type StateValue } from 'xstate';
import type { CancelTimeLimitEffect, ScheduleFollowUpsEffect, ScheduleTimeLimitEffect, SetHouseholdStatusEffect } from '../../workflows/case-types';
import type { ProcedureDefinition } from '../../workflows/procedure';
import { FollowUpVisitEntity } from '../follow-ups/follow-up-visit.entity';
import type { StaffRole } from '../accounts/staff-role';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { DomainError, ErrorCode, type FieldProblem } from '../common/domain-error';
import { applyPatch } from '../households/change-set';
import { HouseholdChangeEntity } from '../households/household-change.entity';
import { HouseholdEntity } from '../households/household.entity';
import { CaseEventEntity } from './case-event.entity';
import { CaseEntity } from './case.entity';
import { journalHash } from './journal-hash';
import { MetricsService } from '../metrics/metrics.service';
import { OutboxWriter, type NotifyEffect } from '../outbox/outbox.writer';
import { procedureAt, stageLabel, stageName, stagePath } from './procedures';
import { commandTransaction, dryRunLog } from './dry-run';
import { withPolicyDefaults } from '../../workflows/policy';
import { WorkingCalendarService } from '../calendar/working-calendar.service';
import { chinaDate } from '../common/clock';
import { DEADLINE_KIND, deadlineKey } from '../deadlines/deadline-keys';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { dayAfter, dayWindow } from '../calendar/day-window';

/** A person, or the system itself (deadlines), sending an event to a case. */
export type CommandActor = Omit<Actor, 'accountId' | 'role'> & { accountId: string | null; role: StaffRole | 'system' | 'resident' };

export const SYSTEM_ACTOR: CommandActor = {
  accountId: null,
  username: 'system',
  role: 'system',
  scopePrefix: null,
  action: 'system',
  requestId: 'system',
};

/** A resident acting on the public board (objections): no account, no jurisdiction. */
export function residentActor(requestId: string): CommandActor {
  return { accountId: null, username: 'resident', role: 'resident', scopePrefix: null, action: 'public board', requestId };
}

/** The name the machines give the whole procedure's limit (monitoring: 15 days from the lead). */
const PROCEDURE_LIMIT = 'procedure';

/** An effect as the machine names it. */
export interface MachineAction {
  type: string;
  params?: Record<string, unknown>;
}

/** An event as a caller builds it: the service stamps the time. */
export type CaseEventInput = { type: string } & Record<string, unknown>;

export interface CommandOptions {
  /** The case version the caller saw (If-Match); a different one refuses the command. */
  expectedVersion?: number;
  /** Where this command sits in a batch ("votes[3]"), so an error can say which. */
  item?: string;
  /**
   * What the caller found wrong with the input against the case (dates before its lead):
   * refused with 400 once the case is known to take the event from this actor.
   */
  inputProblems?: (row: CaseEntity) => FieldProblem[];
}

/** Event types the machine takes in the snapshot's state, whatever their guards say. */
function eventsTakenNow(procedure: ProcedureDefinition, snapshot: AnyMachineSnapshot): Set<string> {
  if (snapshot.status !== 'active') return new Set();
  return new Set(getStateNodes(procedure.machine.root, snapshot.value as StateValue).flatMap((node) => node.ownEvents as string[]));
}

/** The event types the case's current state takes (from the machine) that `role` may send. */
export function acceptedEvents(procedure: ProcedureDefinition, snapshot: AnyMachineSnapshot, role: CommandActor['role']): string[] {
  const { stage } = stagePath(snapshot.value);
  return [...eventsTakenNow(procedure, snapshot)].filter((type) => role !== 'admin' && procedure.rolesFor(stage, type, snapshot.context).includes(role)).sort();
}

export function restoreSnapshot(procedure: ProcedureDefinition, row: CaseEntity): AnyMachineSnapshot {
  return procedure.machine.resolveState(row.snapshot as never) as AnyMachineSnapshot;
}

/**
 * The one path every change to a case takes (architecture.md "One command, one path"): lock,
 * restore, check role and stage, compute the next snapshot purely, then write the case, its
 * journal entry and its effects in the same transaction.
 */
@Injectable()
export class CaseCommandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
    private readonly calendar: WorkingCalendarService,
    private readonly outbox: OutboxWriter,
    private readonly metrics: MetricsService,
  ) {}

  dispatch(actor: CommandActor, caseId: string, event: CaseEventInput, options: CommandOptions = {}): Promise<CaseEntity> {
    return commandTransaction(this.dataSource, (tx) => this.apply(tx, actor, caseId, event, options));
  }

  /** Within the caller's transaction, so meeting or notice rows commit with the case changes. */
  async apply(tx: EntityManager, actor: CommandActor, caseId: string, input: CaseEventInput, options: CommandOptions = {}): Promise<CaseEntity> {
    const row = await tx.getRepository(CaseEntity).findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    try {
      const applied = await this.applyTo(tx, row, actor, input, options);
      this.metrics.commands.inc({ procedure: applied.procedure, event: input.type, outcome: dryRunLog() ? 'dry_run' : 'applied' });
      return applied;
    } catch (error) {
      if (error instanceof DomainError) this.metrics.commands.inc({ procedure: row?.procedure ?? 'unknown', event: input.type, outcome: error.code });
      throw error;
    }
  }

  private async applyTo(tx: EntityManager, row: CaseEntity | null, actor: CommandActor, input: CaseEventInput, options: CommandOptions): Promise<CaseEntity> {
    const at = options.item ? { item: options.item } : {};
    if (!row) throw new DomainError(ErrorCode.NotFound, '案件不存在', at);
    if (actor.accountId !== null) await this.access.assertWithin(actor as Actor, row.villageCode);
    if (options.expectedVersion !== undefined && options.expectedVersion !== row.version) {
      throw new DomainError(ErrorCode.VersionMismatch, `案件已被他人更新 (当前版本 ${row.version})，请刷新后重试`, { ...at, version: row.version });
    }

    const procedure = procedureAt(row.procedure, row.machineVersion);
    const snapshot = restoreSnapshot(procedure, row);
    const { stage } = stagePath(snapshot.value);
    const stageWords = procedure.stageLabels[stage] ?? stage;
    if (!eventsTakenNow(procedure, snapshot).has(input.type)) {
      throw new DomainError(ErrorCode.TransitionNotAllowed, `案件处于「${stageWords}」阶段，不接受此操作`, {
        ...at,
        stage,
        allowedEvents: acceptedEvents(procedure, snapshot, actor.role),
      });
    }
    if (actor.role === 'admin' || !procedure.rolesFor(stage, input.type, snapshot.context).includes(actor.role)) {
      if (actor.accountId !== null) await this.access.refuse(actor as Actor, ErrorCode.RoleNotAllowed, row.villageCode);
      throw new DomainError(ErrorCode.RoleNotAllowed, '本账号的角色无权执行此操作', at);
    }

    const inputProblems = options.inputProblems?.(row) ?? [];
    if (inputProblems.length > 0) throw new DomainError(ErrorCode.ValidationFailed, '输入有误', { ...at, errors: inputProblems });
    const occurredAt = this.clock.now().toISOString();
    const event = { ...input, occurredAt };
    const [next, actions] = transition(procedure.machine, snapshot, event as never);
    if (next === snapshot) {
      const problems = procedure.refusal(snapshot.context, event);
      throw new DomainError(ErrorCode.RuleViolation, '不符合办理规则', {
        ...at,
        errors: problems.length > 0 ? problems : [{ field: 'event', reason: `「${stageWords}」阶段现在不能执行此操作` }],
      });
    }

    const after = stagePath(next.value);
    row.snapshot = procedure.machine.getPersistedSnapshot(next);
    row.stage = after.stage;
    row.phase = after.phase;
    row.final = next.status === 'done';
    row.awaitingRole = row.final ? null : procedure.awaitingRole(after.stage, next.context);
    row.version += 1;
    row.updatedAt = new Date(occurredAt);

    const { type, occurredAt: _time, ...payload } = event;
    await this.appendJournal(tx, row, actor, type, payload, stageLabel(snapshot.value), stageLabel(next.value), occurredAt);
    dryRunLog()?.push({
      caseId: row.id,
      caseNumber: row.caseNumber,
      eventType: type,
      stageBefore: stageLabel(snapshot.value),
      stageAfter: stageLabel(next.value),
      stageAfterLabel: stageName(row),
      rejection: (next.context as { rejection?: { stage: string; reason: string } | null }).rejection ?? null,
      effects: actions.map((action) => ({ type: action.type, params: action.params })),
    });
    await this.carryOutAll(tx, row, actor, actions, payload, occurredAt);
    // A plain UPDATE: save() would first read the row again to diff it.
    await tx.getRepository(CaseEntity).update(row.id, {
      snapshot: row.snapshot as never,
      stage: row.stage,
      phase: row.phase,
      final: row.final,
      awaitingRole: row.awaitingRole,
      stageDueAt: row.stageDueAt,
      dueAt: row.dueAt,
      version: row.version,
      journalSequence: row.journalSequence,
      journalHash: row.journalHash,
    });
    return row;
  }

  /**
   * A case just opened: its journal entry and the effects of its first state (a procedure's
   * time limit), in the caller's transaction.
   */
  async opened(tx: EntityManager, row: CaseEntity, actor: CommandActor, payload: Record<string, unknown>, actions: readonly MachineAction[]): Promise<void> {
    const occurredAt = this.clock.now().toISOString();
    await this.appendJournal(tx, row, actor, 'CASE_OPENED', payload, null, stageLabel(row.stage), occurredAt);
    await this.carryOutAll(tx, row, actor, actions, payload, occurredAt);
    await tx.getRepository(CaseEntity).update(row.id, { dueAt: row.dueAt, stageDueAt: row.stageDueAt, journalSequence: row.journalSequence, journalHash: row.journalHash });
  }

  private async carryOutAll(tx: EntityManager, row: CaseEntity, actor: CommandActor, actions: readonly MachineAction[], event: Record<string, unknown>, occurredAt: string): Promise<void> {
    // A transition's notifications go out in one insert, in the machine's order.
    const notifications = actions.filter((action) => action.type === 'notify').map((action) => action.params as unknown as NotifyEffect);
    for (const action of actions) if (action.type !== 'notify') await this.carryOut(tx, row, actor, action.type, action.params ?? {}, event, occurredAt);
    await this.outbox.notifyAll(tx, row, notifications);
    // A finished case has no time limit left running; its due day stays, to tell whether it was kept.
    if (row.final && row.dueAt !== null) await this.deadlines.cancel(tx, deadlineKey.limits(row.id));
  }

  /**
   * A time limit the machine started: `days` from the event (or the instant it names) counted like publicity days (or in working days), the
   * overdue deadline at its end and a reminder `reminderDays` before, at 09:00 China time.
   * Answers when it ends; 0 days is no limit.
   */
  private async scheduleTimeLimit(tx: EntityManager, row: CaseEntity, limit: ScheduleTimeLimitEffect, now: string): Promise<Date | null> {
    if (limit.days <= 0) return null;
    const isWorkday = await this.calendar.isWorkdayFunction();
    const counting = limit.counting ?? withPolicyDefaults(row.policy).dayCounting;
    const from = limit.from ?? now;
    const today = limit.fromNextDay ? dayAfter(chinaDate(new Date(from))) : chinaDate(new Date(from));
    const due = new Date(dayWindow(today, limit.days, counting, isWorkday).endsAt);
    const deadline = (kind: 'reminder' | 'overdue', dueAt: Date) => ({
      key: deadlineKey.limitRun(row.id, limit.limit, row.version, kind),
      kind: kind === 'reminder' ? DEADLINE_KIND.limitReminder : DEADLINE_KIND.limitOverdue,
      dueAt,
      caseId: row.id,
      payload: { limit: limit.limit, endsAt: due.toISOString(), office: limit.office },
    });
    await this.deadlines.schedule(tx, deadline('overdue', due));
    if (limit.reminderDays <= 0 || limit.reminderDays >= limit.days) return due;
    const reminderDay = dayWindow(today, limit.days - limit.reminderDays, counting, isWorkday).lastDay;
    const reminderAt = new Date(`${reminderDay}T01:00:00.000Z`);
    if (reminderAt.toISOString() > now) await this.deadlines.schedule(tx, deadline('reminder', reminderAt));
    return due;
  }

  private async appendJournal(
    tx: EntityManager,
    row: CaseEntity,
    actor: CommandActor,
    eventType: string,
    payload: Record<string, unknown>,
    stageBefore: string | null,
    stageAfter: string,
    occurredAt: string,
  ): Promise<void> {
    // The case row is locked (or new) and names the newest entry: nothing can append in between.
    const content = {
      caseId: row.id,
      sequence: row.journalSequence + 1,
      occurredAt,
      accountId: actor.accountId,
      role: actor.role,
      eventType,
      payload,
      stageBefore,
      stageAfter,
      machineVersion: row.machineVersion,
      policyVersion: row.policyVersion,
    };
    const previousHash = row.journalHash;
    const hash = journalHash(previousHash, content);
    await tx
      .createQueryBuilder()
      .insert()
      .into(CaseEventEntity)
      .values({ ...content, payload: content.payload as never, occurredAt: new Date(occurredAt), previousHash, hash })
      .updateEntity(false)
      .execute();
    // Written with the case's own update that follows.
    row.journalSequence = content.sequence;
    row.journalHash = hash;
  }

  private async carryOut(
    tx: EntityManager,
    row: CaseEntity,
    actor: CommandActor,
    type: string,
    params: Record<string, unknown>,
    event: Record<string, unknown>,
    occurredAt: string,
  ): Promise<void> {
    switch (type) {
      case 'scheduleTimeLimit': {
        const effect = params as unknown as ScheduleTimeLimitEffect;
        const dueAt = await this.scheduleTimeLimit(tx, row, effect, occurredAt);
        if (effect.limit === PROCEDURE_LIMIT) row.dueAt = dueAt;
        else row.stageDueAt = dueAt;
        return;
      }
      case 'cancelTimeLimit': {
        const effect = params as unknown as CancelTimeLimitEffect;
        await this.deadlines.cancel(tx, deadlineKey.limit(row.id, effect.limit));
        if (effect.limit === PROCEDURE_LIMIT) row.dueAt = null;
        else row.stageDueAt = null;
        return;
      }
      case 'scheduleDeadline': {
        // One deadline per notice, however many cases it lists (machine v1 did not name the notice).
        const noticeId = (params.noticeId ?? event.noticeId ?? null) as string | null;
        await this.deadlines.schedule(tx, {
          key: deadlineKey.publicity(noticeId ?? row.id),
          kind: DEADLINE_KIND.publicityWindowEnd,
          dueAt: new Date(params.dueAt as string),
          noticeId,
          caseId: noticeId ? null : row.id,
        });
        return;
      }
      case 'setHouseholdStatus': {
        const households = tx.getRepository(HouseholdEntity);
        const household = await households.findOneByOrFail({ id: row.householdId });
        const effect = params as unknown as SetHouseholdStatusEffect;
        // exitYear, objectType: absent leaves them as they are; null clears (a corrected exit has no exit year).
        const changes = applyPatch(household, { status: effect.status, statusSince: effect.since, exitYear: effect.exitYear, monitoringObjectType: effect.objectType });
        await households.update(household.id, { status: household.status, statusSince: household.statusSince, exitYear: household.exitYear, monitoringObjectType: household.monitoringObjectType });
        // The system's own changes are recorded under the case's opener (a staff account: residents open only leads, which change no status).
        const accountId = actor.accountId ?? row.createdBy;
        if (!accountId) throw new Error(`case ${row.id} changes a household's status without a staff account behind it`);
        const history = tx.getRepository(HouseholdChangeEntity);
        await history.save(history.create({ householdId: household.id, accountId, action: 'status_changed', changes: { ...changes, caseId: [null, row.id] } }));
        return;
      }
      case 'scheduleFollowUps': {
        // procedures.md "Exit": follow-up visits (回头看) at policy-set intervals, each a row and a deadline.
        const effect = params as unknown as ScheduleFollowUpsEffect;
        for (const dueOn of effect.dueOn) {
          const visit = await tx.getRepository(FollowUpVisitEntity).save(
            tx.getRepository(FollowUpVisitEntity).create({ householdId: row.householdId, villageCode: row.villageCode, exitCaseId: row.id, dueOn }),
          );
          // Due at 09:00 China time on the day.
          await this.deadlines.schedule(tx, {
            key: deadlineKey.followUp(visit.id),
            kind: DEADLINE_KIND.followUpDue,
            dueAt: new Date(`${dueOn}T01:00:00.000Z`),
            caseId: row.id,
            payload: { visitId: visit.id, dueOn },
          });
        }
        return;
      }
      default:
        throw new Error(`The machine named an effect the service does not know: ${type}`);
    }
  }
}
