import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseCommandService, SYSTEM_ACTOR } from '../cases/case-command.service';
import { CaseEntity } from '../cases/case.entity';
import { DomainError, ErrorCode } from '../common/domain-error';
import { Clock } from '../common/clock';
import { DEADLINE_KIND } from '../deadlines/deadline-keys';
import { DeadlineEntity } from '../deadlines/deadline.entity';
import { FollowUpVisitEntity } from '../follow-ups/follow-up-visit.entity';
import { HouseholdEntity } from '../households/household.entity';
import { PublicityNoticeEntity } from '../publicity/publicity-notice.entity';
import { PublicityService } from '../publicity/publicity.service';
import { OutboxWriter } from '../outbox/outbox.writer';
import { HelpCadresService } from '../help-cadres/help-cadres.service';

export type FiringOutcome = { result: 'fired' } | { result: 'not_pending' } | { result: 'early'; dueAt: Date };

/** What a time limit's deadline tells the case: its reminder, or that it has passed. */
const LIMIT_EVENT: Record<string, 'LIMIT_REMINDER' | 'LIMIT_OVERDUE'> = {
  [DEADLINE_KIND.limitReminder]: 'LIMIT_REMINDER',
  [DEADLINE_KIND.limitOverdue]: 'LIMIT_OVERDUE',
  [DEADLINE_KIND.legacyReviewReminder]: 'LIMIT_REMINDER',
  [DEADLINE_KIND.legacyReviewOverdue]: 'LIMIT_OVERDUE',
  [DEADLINE_KIND.legacyProcedureReminder]: 'LIMIT_REMINDER',
  [DEADLINE_KIND.legacyProcedureOverdue]: 'LIMIT_OVERDUE',
};

/** Refusals that mean the event no longer applies: the case moved on or was told already (at-least-once jobs). */
const NO_LONGER_APPLIES = new Set<string>([ErrorCode.TransitionNotAllowed, ErrorCode.RuleViolation, ErrorCode.NotFound]);

/**
 * What a deadline does when its time comes, in one transaction with marking it fired. A
 * deadline that is no longer pending (fired by a duplicate job, or cancelled) does nothing.
 */
@Injectable()
export class DeadlineFiringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publicity: PublicityService,
    private readonly commands: CaseCommandService,
    private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly help: HelpCadresService,
  ) {}

  fire(deadlineId: string): Promise<FiringOutcome> {
    return this.dataSource.transaction(async (tx) => {
      // A case's deadline is locked after its case, in the order every command takes (case, then
      // its deadlines), so a command cancelling it and its firing cannot deadlock.
      await tx.query(`SELECT 1 FROM procedure_case WHERE id = (SELECT case_id FROM deadline WHERE id = $1) FOR UPDATE`, [deadlineId]);
      const deadline = await tx.getRepository(DeadlineEntity).findOne({ where: { id: deadlineId }, lock: { mode: 'pessimistic_write' } });
      if (!deadline || deadline.state !== 'pending') return { result: 'not_pending' as const };
      if (this.clock.now() < deadline.dueAt) return { result: 'early' as const, dueAt: deadline.dueAt };
      await this.carryOut(tx, deadline);
      await tx.getRepository(DeadlineEntity).update(deadline.id, { state: 'fired', firedAt: this.clock.now() });
      return { result: 'fired' as const };
    });
  }

  private async carryOut(tx: EntityManager, deadline: DeadlineEntity): Promise<void> {
    switch (deadline.kind) {
      case DEADLINE_KIND.publicityWindowEnd: {
        const notice = await tx.getRepository(PublicityNoticeEntity).findOneByOrFail({ id: deadline.noticeId ?? '' });
        await this.publicity.windowDeadlineFired(tx, notice);
        return;
      }
      case DEADLINE_KIND.publicityWindowPart: {
        const notice = await tx.getRepository(PublicityNoticeEntity).findOneByOrFail({ id: deadline.noticeId ?? '' });
        await this.publicity.endInTransaction(tx, SYSTEM_ACTOR, notice, deadline.payload.caseIds as string[]);
        return;
      }
      case DEADLINE_KIND.limitReminder:
      case DEADLINE_KIND.limitOverdue:
      case DEADLINE_KIND.legacyReviewReminder:
      case DEADLINE_KIND.legacyReviewOverdue:
      case DEADLINE_KIND.legacyProcedureReminder:
      case DEADLINE_KIND.legacyProcedureOverdue: {
        await this.tellCase(tx, deadline);
        return;
      }
      case DEADLINE_KIND.followUpDue: {
        const visit = await tx.getRepository(FollowUpVisitEntity).findOneBy({ id: String(deadline.payload.visitId) });
        const row = await tx.getRepository(CaseEntity).findOneBy({ id: deadline.caseId ?? '' });
        // A visit already recorded, or of an exit since corrected (错退: no exit year), is not due.
        const household = visit ? await tx.getRepository(HouseholdEntity).findOneBy({ id: visit.householdId }) : null;
        if (!visit || visit.visitedOn !== null || !row || household?.exitYear === null) return;
        await this.outbox.notify(tx, row, { recipient: 'village', template: 'follow_up_due', data: { visitId: visit.id, dueOn: visit.dueOn } });
        return;
      }
      case DEADLINE_KIND.helpVisitDue:
      case DEADLINE_KIND.helpVisitOverdue:
        await this.help.fireVisitDeadline(tx, deadline);
        return;
      default:
        throw new Error(`No handler for deadlines of kind ${deadline.kind}`);
    }
  }

  /**
   * A time limit falling due is an event on the case's one command path, sent by the system: the
   * machine says who is told and where it escalates, and the journal keeps it. Deadlines the
   * service set before machines kept limits name the stage (or none: the procedure's).
   */
  private async tellCase(tx: EntityManager, deadline: DeadlineEntity): Promise<void> {
    const type = LIMIT_EVENT[deadline.kind] ?? 'LIMIT_OVERDUE';
    const limit = typeof deadline.payload.limit === 'string' ? deadline.payload.limit : typeof deadline.payload.stage === 'string' ? deadline.payload.stage : 'procedure';
    const endsAt = typeof deadline.payload.endsAt === 'string' ? deadline.payload.endsAt : deadline.dueAt.toISOString();
    try {
      await this.commands.apply(tx, SYSTEM_ACTOR, deadline.caseId ?? '', { type, limit, dueAt: endsAt });
    } catch (error) {
      if (!(error instanceof DomainError && NO_LONGER_APPLIES.has(error.code))) throw error;
    }
  }
}
