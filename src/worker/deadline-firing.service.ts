import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseCommandService, SYSTEM_ACTOR } from '../cases/case-command.service';
import { CaseEntity } from '../cases/case.entity';
import { Clock } from '../common/clock';
import { DEADLINE_KIND } from '../deadlines/deadline-keys';
import { DeadlineEntity } from '../deadlines/deadline.entity';
import { FollowUpVisitEntity } from '../follow-ups/follow-up-visit.entity';
import { HouseholdEntity } from '../households/household.entity';
import { PublicityNoticeEntity } from '../publicity/publicity-notice.entity';
import { PublicityService } from '../publicity/publicity.service';

export type FiringOutcome = { result: 'fired' } | { result: 'not_pending' } | { result: 'early'; dueAt: Date };

/** The level above each office, for escalations of overdue reviews. */
const ESCALATION: Record<string, string> = { village: 'township', township: 'county', county: 'county' };

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
  ) {}

  fire(deadlineId: string): Promise<FiringOutcome> {
    return this.dataSource.transaction(async (tx) => {
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
        await this.publicity.endInTransaction(tx, SYSTEM_ACTOR, notice);
        return;
      }
      case DEADLINE_KIND.reviewReminder:
      case DEADLINE_KIND.reviewOverdue: {
        const row = await tx.getRepository(CaseEntity).findOneBy({ id: deadline.caseId ?? '' });
        // Only while the case is still in the stay the deadline was set for.
        if (!row || row.final || row.stage !== deadline.payload.stage || row.stageDueAt === null) return;
        const office = String(deadline.payload.office);
        const overdue = deadline.kind === DEADLINE_KIND.reviewOverdue;
        await this.commands.notify(tx, row, {
          recipient: overdue ? (ESCALATION[office] ?? 'county') : office,
          template: overdue ? 'review_overdue' : 'review_reminder',
          data: { stage: row.stage, dueAt: row.stageDueAt.toISOString(), office },
        });
        return;
      }
      case DEADLINE_KIND.procedureReminder:
      case DEADLINE_KIND.procedureOverdue: {
        const row = await tx.getRepository(CaseEntity).findOneBy({ id: deadline.caseId ?? '' });
        if (!row || row.final || row.dueAt === null) return;
        const overdue = deadline.kind === DEADLINE_KIND.procedureOverdue;
        // procedures.md "Monitoring": overdue steps are flagged and escalated.
        await this.commands.notify(tx, row, {
          recipient: overdue ? 'township' : 'village',
          template: overdue ? 'procedure_overdue' : 'procedure_reminder',
          data: { stage: row.stage, dueAt: row.dueAt.toISOString() },
        });
        return;
      }
      case DEADLINE_KIND.followUpDue: {
        const visit = await tx.getRepository(FollowUpVisitEntity).findOneBy({ id: String(deadline.payload.visitId) });
        const row = await tx.getRepository(CaseEntity).findOneBy({ id: deadline.caseId ?? '' });
        // A visit already recorded, or of an exit since corrected (错退: no exit year), is not due.
        const household = visit ? await tx.getRepository(HouseholdEntity).findOneBy({ id: visit.householdId }) : null;
        if (!visit || visit.visitedOn !== null || !row || household?.exitYear === null) return;
        await this.commands.notify(tx, row, { recipient: 'village', template: 'follow_up_due', data: { visitId: visit.id, dueOn: visit.dueOn } });
        return;
      }
      default:
        throw new Error(`No handler for deadlines of kind ${deadline.kind}`);
    }
  }
}
