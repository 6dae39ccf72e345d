import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appraisalOutcome, APPRAISAL_OUTCOME_LABELS } from '../../workflows/meeting-rules';
import { withPolicyDefaults } from '../../workflows/policy';
import { CaseEntity } from '../cases/case.entity';
import { CasesService } from '../cases/cases.service';
import type { Dossier } from './dossier.view';
import { procedureAt } from '../cases/procedures';
import type { Actor } from '../common/actor';
import { notFound } from '../common/domain-error';
import { DeadlineEntity } from '../deadlines/deadline.entity';
import { HouseholdsService } from '../households/households.service';
import { MeetingVoteEntity } from '../meetings/meeting-vote.entity';
import { noticeTitle } from '../publicity/notice-titles';
import { ObjectionEntity } from '../publicity/objection.entity';
import { PublicityNoticeEntity } from '../publicity/publicity-notice.entity';
import { VerificationEntity } from '../verifications/verification.entity';
import { DECISION_LABELS, MEETING_KIND_LABELS, OBJECTION_STATUS_LABELS, VERIFICATION_KIND_LABELS } from './dossier.labels';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import { Clock } from '../common/clock';
import { textOf } from '../common/text';

@Injectable()
export class DossiersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly households: HouseholdsService,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
  ) {}

  async dossier(actor: Actor, caseId: string): Promise<Dossier> {
    const row = await this.dataSource.getRepository(CaseEntity).findOneBy({ id: caseId });
    if (!row) throw notFound('案件');
    await this.access.assertWithin(actor, row.villageCode);
    const procedure = procedureAt(row.procedure, row.machineVersion);
    const policy = withPolicyDefaults(row.policy);
    const household = await this.households.get(actor, row.householdId);
    const [place] = await this.dataSource.query<{ village: string; group: string }[]>(
      'SELECT v.name AS village, g.name AS "group" FROM household h JOIN region v ON v.id = h.village_id JOIN region g ON g.id = h.group_id WHERE h.id = $1',
      [row.householdId],
    );
    const journal = await this.cases.history(actor, caseId);

    const votes = await this.dataSource
      .getRepository(MeetingVoteEntity)
      .createQueryBuilder('v')
      .innerJoinAndSelect('v.meeting', 'm')
      .addSelect('g.name', 'group_name')
      .leftJoin('region', 'g', 'g.id = m.group_id')
      .where('v.case_id = :caseId', { caseId })
      .orderBy('m.held_on', 'ASC')
      .addOrderBy('m.created_at', 'ASC')
      .getRawAndEntities<{ group_name: string | null }>();
    const meetings = votes.entities.map((vote, index) => {
      const meeting = vote.meeting;
      if (!meeting) throw new Error('A vote without its meeting');
      const outcome =
        meeting.kind === 'group_review'
          ? vote.recommended ? '推荐' : '不推荐'
          : APPRAISAL_OUTCOME_LABELS[appraisalOutcome({ inOffice: meeting.inOffice ?? 0, present: meeting.present, inFavour: vote.inFavour ?? 0 }, policy.quorum)];
      return {
        id: meeting.id,
        kind: meeting.kind,
        kindLabel: MEETING_KIND_LABELS[meeting.kind],
        heldOn: meeting.heldOn,
        place: meeting.place,
        groupName: votes.raw[index]?.group_name ?? null,
        inOffice: meeting.inOffice,
        present: meeting.present,
        attendees: meeting.attendees,
        vote: { recommended: vote.recommended, inFavour: vote.inFavour, against: vote.against, abstaining: vote.abstaining, cadreRelationDeclared: vote.cadreRelationDeclared, note: vote.note },
        outcome,
      };
    });

    const verifications = (await this.dataSource.getRepository(VerificationEntity).find({ where: { caseId }, order: { createdAt: 'ASC' } })).map(({ recordedBy: _by, createdAt: _at, ...visit }) => ({
      ...visit,
      kindLabel: VERIFICATION_KIND_LABELS[visit.kind],
    }));
    const notices = (
      await this.dataSource.getRepository(PublicityNoticeEntity).createQueryBuilder('n').where('n.case_ids ? :caseId', { caseId }).orderBy('n.starts_on', 'ASC').addOrderBy('n.created_at', 'ASC').getMany()
    ).map((notice) => ({
      id: notice.id,
      stage: notice.stage,
      title: noticeTitle(notice.procedure, notice.stage, policy)?.board ?? notice.stage,
      startsOn: notice.startsOn,
      endsAt: notice.endsAt,
      cancelledAt: notice.cancelledAt,
      cancelReason: notice.cancelReason,
    }));
    const objections = (await this.dataSource.getRepository(ObjectionEntity).find({ where: { caseId }, order: { filedAt: 'ASC' } })).map((objection) => ({
      id: objection.id,
      publicNumber: objection.publicNumber,
      kind: objection.kind,
      status: objection.status,
      statusLabel: OBJECTION_STATUS_LABELS[objection.status],
      stage: objection.stage,
      reason: objection.reason,
      objectorName: objection.objectorName,
      filedAt: objection.filedAt,
      finding: objection.finding,
      resolvedAt: objection.resolvedAt,
    }));
    const decisions = journal
      .filter((entry) => entry.eventType === 'TOWNSHIP_DECIDED' || entry.eventType === 'COUNTY_DECIDED')
      .map((entry) => {
        const stage = (entry.stageBefore ?? '').split('.')[0] ?? '';
        const decision = textOf(entry.payload.decision);
        return {
          sequence: entry.sequence,
          eventType: entry.eventType,
          stage,
          stageLabel: procedure.stageLabels[stage] ?? stage,
          decision,
          decisionLabel: DECISION_LABELS[decision] ?? decision,
          reason: textOf(entry.payload.reason),
          role: entry.role,
          username: entry.username,
          displayName: entry.displayName,
          occurredAt: entry.occurredAt,
        };
      });
    const deadlines = await this.dataSource.getRepository(DeadlineEntity).find({ where: { caseId }, order: { dueAt: 'ASC' } });
    const timeLimits = deadlines
      .filter((deadline) => deadline.kind !== 'follow_up_due')
      .map((deadline) => ({ limit: textOf(deadline.payload.limit ?? deadline.payload.stage) || 'procedure', kind: deadline.kind, dueAt: deadline.dueAt, state: deadline.state }));

    return {
      case: await this.cases.view(actor, row),
      household: { ...household, villageName: place?.village ?? '', groupName: place?.group ?? '' },
      application: row.application,
      meetings,
      verifications,
      notices,
      objections,
      decisions,
      timeLimits,
      journal,
    };
  }

  /** When the dossier was printed, for its footer. */
  printedAt(): Date {
    return this.clock.now();
  }
}
