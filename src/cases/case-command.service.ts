import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { getStateNodes, type AnyMachineSnapshot, type StateValue } from 'xstate';
import type { CancelTimeLimitEffect, ScheduleFollowUpsEffect, ScheduleTimeLimitEffect, SetHouseholdStatusEffect } from '../../workflows/case-types';
import type { ProcedureDefinition } from '../../workflows/procedure';
import type { StaffRole } from '../accounts/staff-role';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { DomainError, ErrorCode, type FieldProblem } from '../common/domain-error';
import { CaseEntity } from './case.entity';
import { CaseWrites } from './case-writes';
import { journalHash } from './journal-hash';
import { inLockOrder } from './lock-order';
import { MetricsService } from '../metrics/metrics.service';
import { OutboxWriter, type NotifyEffect } from '../outbox/outbox.writer';
import { procedureAt, stageLabel, stageName, stagePath } from './procedures';
import { commandTransaction, dryRunLog } from './dry-run';
import { withPolicyDefaults } from '../../workflows/policy';
import { machineStep } from '../../workflows/machine-step';
import { WorkingCalendarService, type IsWorkday } from '../calendar/working-calendar.service';
import { chinaDate } from '../common/clock';
import { DEADLINE_KIND, deadlineKey } from '../deadlines/deadline-keys';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { dayAfter, dayWindow } from '../calendar/day-window';
import { preparedQuery } from '../database/prepared-query';
import { caseColumns, caseRows } from './case-rows';
import { afterStatusChange, caseWithSurroundings, type CaseSurroundings } from './case-surroundings';
import { persistedSnapshot, restoreSnapshot } from './case-snapshot';
import { isUniqueViolation } from '../database/postgres-errors';

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

/** One command of a batch: the case, the event, the caller's options. */
export interface CaseCommand {
  caseId: string;
  event: CaseEventInput;
  options?: CommandOptions;
}

/** What became of one command of a batch: the case as it now stands, or why it was refused. */
export type CommandOutcome = { caseId: string; row: CaseEntity; error: null } | { caseId: string; row: null; error: DomainError };

/** A single command's case as written, with what its answer shows around it. */
export interface CommandAnswer {
  row: CaseEntity;
  surroundings: CaseSurroundings;
}

/** A batch being computed: its writes, and the working calendar read once if a time limit needs it. */
interface Batch {
  writes: CaseWrites;
  isWorkday: () => Promise<IsWorkday>;
}

/**
 * How often a single command is computed again when another write to its case landed between its
 * read and its write (the journal's next sequence was taken), before it is refused as one the
 * case has moved past.
 */
const SINGLE_COMMAND_ATTEMPTS = 5;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

/**
 * The one path every change to a case takes (architecture.md "One command, one path"): lock,
 * restore, check role and stage, compute the next snapshot purely, then write the case, its
 * journal entry and its effects in the same transaction. Commands come in batches (issue 18,
 * set-based apply): the cases are locked in one statement, every transition is computed in
 * memory in lock order, and the batch is written with a constant number of statements. A
 * single command is a batch of one.
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

  /**
   * A command on its own (a person's click, a risk lead), answered with what its answer shows. Its
   * writes are one statement, so it needs no transaction around them: the case is read without a
   * lock and written on the condition that nothing else wrote it since — the journal's unique
   * (case, sequence) refuses a second entry with the sequence this one computed, and the whole
   * statement with it. The command is then computed again from the case as it now stands
   * (architecture.md: "lock the case row or check its version"). Two round trips instead of six
   * (BEGIN, lock, write, COMMIT, the answer's read): issue 18. A dry run still takes a
   * transaction, to roll it back.
   */
  async dispatch(actor: CommandActor, caseId: string, event: CaseEventInput, options: CommandOptions = {}): Promise<CommandAnswer> {
    if (dryRunLog()) return commandTransaction(this.dataSource, (tx) => this.answered(tx, actor, { caseId, event, options }, true));
    for (let attempt = 1; ; attempt += 1) {
      const runner = this.dataSource.createQueryRunner();
      try {
        return await this.answered(runner.manager, actor, { caseId, event, options }, false);
      } catch (error) {
        if (!isUniqueViolation(error, 'case_event_sequence_unique')) throw error;
        if (attempt === SINGLE_COMMAND_ATTEMPTS) throw new DomainError(ErrorCode.VersionMismatch, '案件正被他人同时办理，请刷新后重试', options.item ? { item: options.item } : {});
      } finally {
        await runner.release();
      }
    }
  }

  /** One command on its case read together with its surroundings (one statement), then written. */
  private async answered(tx: EntityManager, actor: CommandActor, command: CaseCommand, forUpdate: boolean): Promise<CommandAnswer> {
    const read = UUID.test(command.caseId) ? await caseWithSurroundings(tx, command.caseId, forUpdate) : null;
    const batch = this.batch();
    // All or nothing: a refusal (no case read among them) is thrown, so the case was read and written.
    const [outcome] = await this.run(tx, actor, [command], new Map(read ? [[read.row.id, read.row]] : []), true, batch);
    const row = outcome?.row as CaseEntity;
    const { surroundings } = read as { surroundings: CaseSurroundings };
    return { row, surroundings: batch.writes.statusesSetOn(row.householdId).reduce(afterStatusChange, surroundings) };
  }

  /** Within the caller's transaction, so meeting or notice rows commit with the case changes. */
  async apply(tx: EntityManager, actor: CommandActor, caseId: string, event: CaseEventInput, options: CommandOptions = {}): Promise<CaseEntity> {
    const [row] = await this.applyEach(tx, actor, [{ caseId, event, options }]);
    return row as CaseEntity;
  }

  /**
   * All of the commands or none (a meeting, a notice): the first refusal, in lock order, is
   * thrown and nothing is written. Answers the cases in the order of `commands`. `locked` are
   * rows the caller locked already (`lock`), in this transaction.
   */
  async applyEach(tx: EntityManager, actor: CommandActor, commands: readonly CaseCommand[], locked?: Map<string, CaseEntity>): Promise<CaseEntity[]> {
    const outcomes = await this.run(tx, actor, commands, locked, true);
    return outcomes.map((outcome) => outcome.row as CaseEntity);
  }

  /** Each command on its own (batch decisions): refused ones are answered with their error, the others written together. */
  applyAll(tx: EntityManager, actor: CommandActor, commands: readonly CaseCommand[], locked?: Map<string, CaseEntity>): Promise<CommandOutcome[]> {
    return this.run(tx, actor, commands, locked, false);
  }

  /** The cases, locked in one statement in id order (lock-order.ts); ids that name no case are absent. */
  async lock(tx: EntityManager, caseIds: readonly string[]): Promise<Map<string, CaseEntity>> {
    const ids = [...new Set(caseIds)].filter((id) => UUID.test(id));
    if (ids.length === 0) return new Map();
    // One case (a command within a transaction) by `id = $1`, planned once, as insert-many's single rows are.
    const columns = caseColumns(tx, 'c');
    const raws = await preparedQuery<Record<string, unknown>>(
      tx,
      ids.length === 1
        ? { sql: `SELECT ${columns} FROM procedure_case c WHERE c.id = $1 FOR UPDATE`, params: ids }
        : { sql: `SELECT ${columns} FROM procedure_case c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE`, params: [ids] },
    );
    return new Map((await caseRows(tx, raws)).map((row) => [row.id, row]));
  }


  private async run(tx: EntityManager, actor: CommandActor, commands: readonly CaseCommand[], locked: Map<string, CaseEntity> | undefined, allOrNothing: boolean, batch = this.batch()): Promise<CommandOutcome[]> {
    const rows = locked ?? (await this.lock(tx, commands.map((command) => command.caseId)));
    const outcomes: CommandOutcome[] = [];
    for (const { item: command, index } of inLockOrder(commands, (command) => command.caseId)) {
      const row = rows.get(command.caseId) ?? null;
      try {
        outcomes[index] = { caseId: command.caseId, row: await this.applyTo(batch, row, actor, command.event, command.options ?? {}), error: null };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.metrics.commands.inc({ procedure: row?.procedure ?? 'unknown', event: command.event.type, outcome: error.code });
        if (allOrNothing) throw error;
        outcomes[index] = { caseId: command.caseId, row: null, error };
      }
    }
    await batch.writes.flush(tx);
    // Counted once written: a single command computed again after a race is one command.
    const outcome = dryRunLog() ? 'dry_run' : 'applied';
    commands.forEach((command, index) => {
      const applied = outcomes[index]?.row;
      if (applied) this.metrics.commands.inc({ procedure: applied.procedure, event: command.event.type, outcome });
    });
    return outcomes;
  }

  private batch(): Batch {
    let workdays: Promise<IsWorkday> | undefined;
    return { writes: new CaseWrites(this.deadlines, this.outbox), isWorkday: () => (workdays ??= this.calendar.isWorkdayFunction()) };
  }

  private async applyTo(batch: Batch, row: CaseEntity | null, actor: CommandActor, input: CaseEventInput, options: CommandOptions): Promise<CaseEntity> {
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
    const [next, actions] = machineStep(procedure.machine, snapshot, event);
    if (next === snapshot) {
      const problems = procedure.refusal(snapshot.context, event);
      throw new DomainError(ErrorCode.RuleViolation, '不符合办理规则', {
        ...at,
        errors: problems.length > 0 ? problems : [{ field: 'event', reason: `「${stageWords}」阶段现在不能执行此操作` }],
      });
    }

    const after = stagePath(next.value);
    row.snapshot = persistedSnapshot(procedure.machine, next, row.policy);
    row.stage = after.stage;
    row.phase = after.phase;
    row.final = next.status === 'done';
    row.awaitingRole = row.final ? null : procedure.awaitingRole(after.stage, next.context);
    row.version += 1;
    row.updatedAt = new Date(occurredAt);

    const { type, occurredAt: _time, ...payload } = event;
    this.appendJournal(batch.writes, row, actor, type, payload, stageLabel(snapshot.value), stageLabel(next.value), occurredAt);
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
    await this.carryOutAll(batch, row, actor, actions, payload, occurredAt);
    batch.writes.caseChanged(row);
    return row;
  }

  /**
   * Cases just opened: each one's journal entry and the effects of its first state (a
   * procedure's time limit), written as one batch in the caller's transaction.
   */
  async opened(tx: EntityManager, actor: CommandActor, cases: readonly { row: CaseEntity; payload: Record<string, unknown>; actions: readonly MachineAction[] }[]): Promise<void> {
    const batch = this.batch();
    const occurredAt = this.clock.now().toISOString();
    for (const { row, payload, actions } of cases) {
      this.appendJournal(batch.writes, row, actor, 'CASE_OPENED', payload, null, stageLabel(row.stage), occurredAt);
      await this.carryOutAll(batch, row, actor, actions, payload, occurredAt);
      batch.writes.caseChanged(row);
    }
    await batch.writes.flush(tx);
  }

  private async carryOutAll(batch: Batch, row: CaseEntity, actor: CommandActor, actions: readonly MachineAction[], event: Record<string, unknown>, occurredAt: string): Promise<void> {
    // A transition's notifications go out in one insert, in the machine's order.
    const notifications = actions.filter((action) => action.type === 'notify').map((action) => action.params as unknown as NotifyEffect);
    for (const action of actions) if (action.type !== 'notify') await this.carryOut(batch, row, actor, action.type, action.params ?? {}, event, occurredAt);
    batch.writes.notify(row, notifications);
    // A finished case has no time limit left running; its due day stays, to tell whether it was kept.
    if (row.final && row.dueAt !== null) batch.writes.cancel(deadlineKey.limits(row.id));
  }

  /**
   * A time limit the machine started: `days` from the event (or the instant it names) counted like publicity days (or in working days), the
   * overdue deadline at its end and a reminder `reminderDays` before, at 09:00 China time.
   * Answers when it ends; 0 days is no limit.
   */
  private async scheduleTimeLimit(batch: Batch, row: CaseEntity, limit: ScheduleTimeLimitEffect, now: string): Promise<Date | null> {
    if (limit.days <= 0) return null;
    const isWorkday = await batch.isWorkday();
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
    batch.writes.schedule(deadline('overdue', due));
    if (limit.reminderDays <= 0 || limit.reminderDays >= limit.days) return due;
    const reminderDay = dayWindow(today, limit.days - limit.reminderDays, counting, isWorkday).lastDay;
    const reminderAt = new Date(`${reminderDay}T01:00:00.000Z`);
    if (reminderAt.toISOString() > now) batch.writes.schedule(deadline('reminder', reminderAt));
    return due;
  }

  private appendJournal(
    writes: CaseWrites,
    row: CaseEntity,
    actor: CommandActor,
    eventType: string,
    payload: Record<string, unknown>,
    stageBefore: string | null,
    stageAfter: string,
    occurredAt: string,
  ): void {
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
    writes.journalEntry({ ...content, occurredAt: new Date(occurredAt), previousHash, hash });
    // Written with the case's own update.
    row.journalSequence = content.sequence;
    row.journalHash = hash;
  }

  private async carryOut(
    batch: Batch,
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
        const dueAt = await this.scheduleTimeLimit(batch, row, effect, occurredAt);
        if (effect.limit === PROCEDURE_LIMIT) row.dueAt = dueAt;
        else row.stageDueAt = dueAt;
        return;
      }
      case 'cancelTimeLimit': {
        const effect = params as unknown as CancelTimeLimitEffect;
        batch.writes.cancel(deadlineKey.limit(row.id, effect.limit));
        if (effect.limit === PROCEDURE_LIMIT) row.dueAt = null;
        else row.stageDueAt = null;
        return;
      }
      case 'scheduleDeadline': {
        // One deadline per notice, however many cases it lists (machine v1 did not name the notice).
        const noticeId = (params.noticeId ?? event.noticeId ?? null) as string | null;
        batch.writes.schedule({
          key: deadlineKey.publicity(noticeId ?? row.id),
          kind: DEADLINE_KIND.publicityWindowEnd,
          dueAt: new Date(params.dueAt as string),
          noticeId,
          caseId: noticeId ? null : row.id,
        });
        return;
      }
      case 'setHouseholdStatus': {
        // The system's own changes are recorded under the case's opener (a staff account: residents open only leads, which change no status).
        const accountId = actor.accountId ?? row.createdBy;
        if (!accountId) throw new Error(`case ${row.id} changes a household's status without a staff account behind it`);
        batch.writes.setHouseholdStatus(row, accountId, params as unknown as SetHouseholdStatusEffect);
        return;
      }
      case 'scheduleFollowUps': {
        // procedures.md "Exit": follow-up visits (回头看) at policy-set intervals, each a row and a deadline.
        for (const dueOn of (params as unknown as ScheduleFollowUpsEffect).dueOn) batch.writes.followUpVisit(row, dueOn);
        return;
      }
      default:
        throw new Error(`The machine named an effect the service does not know: ${type}`);
    }
  }
}
