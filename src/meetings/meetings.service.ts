import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APPRAISAL_OUTCOME_LABELS, appraisalOutcome, voteCountProblems } from '../../workflows/meeting-rules';
import type { MeetingOutcome } from './meeting.view';
import { withPolicyDefaults } from '../../workflows/policy';
import { stageName } from '../cases/procedures';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import { CaseCommandService, type CaseEventInput } from '../cases/case-command.service';
import { CasesService } from '../cases/cases.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { invalidFields, notFound, type FieldProblem } from '../common/domain-error';
import { insertMany } from '../database/insert-many';
import { recordDateProblems } from '../../workflows/record-dates';
import type { MeetingVoteDto, RecordMeetingDto } from './dto/record-meeting.dto';
import { MeetingVoteEntity } from './meeting-vote.entity';
import { MeetingEntity, type MeetingKind } from './meeting.entity';
import { keysetPage, type Page } from '../common/pagination';
import type { ListMeetingsQuery } from './dto/list-meetings.query';
import { commandTransaction } from '../cases/dry-run';
import { RegionEntity } from '../regions/region.entity';
import type { CaseEntity } from '../cases/case.entity';

export interface MeetingListItem {
  id: string;
  kind: MeetingKind;
  villageId: string;
  villageCode: string;
  groupId: string | null;
  groupName: string | null;
  heldOn: string;
  place: string;
  inOffice: number | null;
  present: number;
  caseCount: number;
}

@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commands: CaseCommandService,
    private readonly cases: CasesService,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
  ) {}

  /**
   * A meeting and its outcome for every case on its agenda, in one transaction: all cases
   * move, or none does and the error names the vote at fault.
   */
  async record(actor: Actor, dto: RecordMeetingDto): Promise<MeetingOutcome> {
    return commandTransaction(this.dataSource, async (tx) => {
      // Checked before anything is written: a refusal rolls back only the cases' locks.
      const batch = await this.cases.villageBatch(tx, actor, dto.villageId, dto.votes.map((vote) => vote.caseId), (index) => `votes[${index}].caseId`);
      const village = batch.village;
      const problems = [
        ...recordDateProblems({ today: chinaDate(this.clock.now()), days: { heldOn: dto.heldOn } }),
        ...this.voteProblems(dto),
        ...batch.problems,
        ...(await this.groupProblems(dto, village, batch.cases)),
      ];
      if (problems.length > 0) throw invalidFields(problems);

      const meeting = await tx.getRepository(MeetingEntity).save(
        tx.getRepository(MeetingEntity).create({
          kind: dto.kind,
          villageId: village.id,
          villageCode: village.code,
          groupId: dto.groupId ?? null,
          heldOn: dto.heldOn,
          place: dto.place,
          inOffice: dto.inOffice ?? null,
          present: dto.present,
          attendees: dto.attendees ?? [],
          minutes: dto.minutes,
          recordedBy: actor.accountId,
        }),
      );
      // One statement of unnested arrays (TypeORM's insert builds a parameter per value and reads the ids back).
      await insertMany(
        tx,
        MeetingVoteEntity,
        ['meetingId', 'caseId', 'recommended', 'inFavour', 'against', 'abstaining', 'cadreRelationDeclared', 'note'],
        dto.votes.map((vote) => ({
          meetingId: meeting.id,
          caseId: vote.caseId,
          recommended: vote.recommended ?? null,
          inFavour: vote.inFavour ?? null,
          against: vote.against ?? null,
          abstaining: vote.abstaining ?? null,
          cadreRelationDeclared: vote.cadreRelationDeclared ?? false,
          note: vote.note ?? vote.reason ?? null,
        })),
      );
      const rows = await this.commands.applyEach(
        tx,
        actor,
        dto.votes.map((vote, index) => ({ caseId: vote.caseId, event: this.eventFor(dto, meeting.id, vote), options: { item: `votes[${index}]` } })),
        batch.cases,
      );
      const outcome: MeetingOutcome['cases'] = rows.map((row, index) => {
        const vote = dto.votes[index] as (typeof dto.votes)[number];
        return { caseId: row.id, caseNumber: row.caseNumber, vote: this.voteOutcome(dto, vote, row), stage: row.stage, stageLabel: stageName(row), phase: row.phase, version: row.version };
      });
      return { meetingId: meeting.id, cases: outcome };
    });
  }

  /** Meetings of the actor's jurisdiction, the latest first. */
  async list(actor: Actor, query: ListMeetingsQuery): Promise<Page<MeetingListItem>> {
    const builder = this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .addSelect('g.name', 'group_name')
      .addSelect('(SELECT count(*)::int FROM meeting_vote v WHERE v.meeting_id = m.id)', 'case_count')
      .leftJoin('region', 'g', 'g.id = m.group_id');
    if (actor.scopePrefix !== null) builder.andWhere('m.village_code LIKE :scope', { scope: `${actor.scopePrefix}%` });
    if (query.regionId !== undefined) {
      const { region, prefix } = await this.access.regionScope(actor, query.regionId);
      if (region.level === 'group') builder.andWhere('m.group_id = :groupId', { groupId: region.id });
      else builder.andWhere('m.village_code LIKE :region', { region: `${prefix}%` });
    }
    if (query.kind !== undefined) builder.andWhere('m.kind = :kind', { kind: query.kind });
    if (query.heldFrom !== undefined) builder.andWhere('m.held_on >= :heldFrom', { heldFrom: query.heldFrom });
    if (query.heldTo !== undefined) builder.andWhere('m.held_on <= :heldTo', { heldTo: query.heldTo });
    return keysetPage<MeetingListItem, MeetingEntity>(
      builder,
      query,
      [
        { column: 'm.held_on', sqlType: 'date', valueOf: (meeting) => meeting.heldOn },
        { column: 'm.id', sqlType: 'uuid', valueOf: (meeting) => meeting.id },
      ],
      async (paged) => {
        const { entities, raw } = await paged.getRawAndEntities<{ group_name: string | null; case_count: number }>();
        return entities.map((meeting, index) => ({
          id: meeting.id,
          kind: meeting.kind,
          villageId: meeting.villageId,
          villageCode: meeting.villageCode,
          groupId: meeting.groupId,
          groupName: raw[index]?.group_name ?? null,
          heldOn: meeting.heldOn,
          place: meeting.place,
          inOffice: meeting.inOffice,
          present: meeting.present,
          caseCount: raw[index]?.case_count ?? 0,
        }));
      },
      'DESC',
    );
  }

  async get(actor: Actor, id: string): Promise<MeetingEntity> {
    const meeting = await this.dataSource.getRepository(MeetingEntity).findOne({ where: { id }, relations: { votes: true } });
    if (!meeting) throw notFound('会议记录');
    await this.access.assertWithin(actor, meeting.villageCode);
    return meeting;
  }

  /** The vote's outcome for the case, by its frozen policy's quorum; a meeting without quorum says so for each case. */
  private voteOutcome(dto: RecordMeetingDto, vote: MeetingVoteDto, row: CaseEntity): MeetingOutcome['cases'][number]['vote'] {
    if (dto.kind === 'group_review') return vote.recommended ? { outcome: 'recommended', label: '推荐' } : { outcome: 'not_recommended', label: '不推荐' };
    const outcome = appraisalOutcome({ inOffice: dto.inOffice ?? 0, present: dto.present, inFavour: vote.inFavour ?? 0 }, withPolicyDefaults(row.policy).quorum);
    return { outcome, label: APPRAISAL_OUTCOME_LABELS[outcome] };
  }

  private eventFor(dto: RecordMeetingDto, meetingId: string, vote: MeetingVoteDto): CaseEventInput {
    if (dto.kind === 'group_review') {
      return { type: 'GROUP_REVIEW_RECORDED', meetingId, groupId: dto.groupId ?? null, recommended: vote.recommended === true, reason: vote.reason ?? null };
    }
    return {
      type: 'APPRAISAL_RECORDED',
      meetingId,
      inOffice: dto.inOffice ?? 0,
      present: dto.present,
      inFavour: vote.inFavour ?? 0,
      against: vote.against ?? 0,
      abstaining: vote.abstaining ?? 0,
      cadreRelationDeclared: vote.cadreRelationDeclared === true,
    };
  }

  /**
   * procedures.md "Identification", stage 2: a group review is the meeting of one villager group
   * of the village, with its attendees, on the applicants of that group; the representatives
   * meet for the whole village.
   */
  private async groupProblems(dto: RecordMeetingDto, village: RegionEntity, cases: Map<string, CaseEntity>): Promise<FieldProblem[]> {
    if (dto.kind !== 'group_review') return dto.groupId ? [{ field: 'groupId', reason: '村民代表大会为全村会议，不填村民小组' }] : [];
    if (!dto.groupId) return [{ field: 'groupId', reason: '必填: 村民小组评议须写明开会的村民小组' }];
    const problems: FieldProblem[] = [];
    if (!dto.attendees || dto.attendees.length === 0) problems.push({ field: 'attendees', reason: '必填: 村民小组评议须记录到会人员' });
    const group = await this.dataSource.getRepository(RegionEntity).findOneBy({ id: dto.groupId, level: 'group', parentId: village.id });
    if (!group) return [...problems, { field: 'groupId', reason: '该村民小组不属于本村' }];
    const householdIds = [...new Set([...cases.values()].map((row) => row.householdId))];
    // One array parameter: with TypeORM's In() each id is a parameter of its own, and a meeting of 500 households cost PostgreSQL 12 µs each (pg_stat_statements).
    const households = await this.dataSource.query<{ id: string; group_id: string }[]>('SELECT id, group_id FROM household WHERE id = ANY($1::uuid[])', [householdIds]);
    const groupOf = new Map(households.map((household) => [household.id, household.group_id]));
    dto.votes.forEach((vote, index) => {
      const row = cases.get(vote.caseId);
      if (row && groupOf.get(row.householdId) !== group.id) problems.push({ field: `votes[${index}].caseId`, reason: `该户不属于${group.name}，不能在本组评议` });
    });
    return problems;
  }

  /** What a record of this kind must hold, and counts that cannot be. */
  private voteProblems(dto: RecordMeetingDto): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    dto.votes.forEach((vote, index) => {
      if (seen.has(vote.caseId)) problems.push({ field: `votes[${index}].caseId`, reason: '同一案件在本次会议中重复' });
      seen.add(vote.caseId);
    });
    if (dto.kind === 'group_review') {
      dto.votes.forEach((vote, index) => {
        if (vote.recommended === undefined) problems.push({ field: `votes[${index}].recommended`, reason: '村民小组评议须写明是否推荐' });
        else if (!vote.recommended && !vote.reason) problems.push({ field: `votes[${index}].reason`, reason: '不推荐时须写明理由' });
      });
      return problems;
    }
    if (dto.inOffice === undefined) return [...problems, { field: 'inOffice', reason: '村民代表大会须填写在任代表人数' }];
    dto.votes.forEach((vote, index) => {
      for (const field of ['inFavour', 'against', 'abstaining'] as const) {
        if (vote[field] === undefined) problems.push({ field: `votes[${index}].${field}`, reason: '村民代表大会须填写票数' });
      }
      const counts = { inOffice: dto.inOffice ?? 0, present: dto.present, inFavour: vote.inFavour ?? 0, against: vote.against ?? 0, abstaining: vote.abstaining ?? 0 };
      for (const problem of voteCountProblems(counts)) {
        problems.push({ field: problem.field === 'present' ? 'present' : `votes[${index}].${problem.field}`, reason: problem.reason });
      }
    });
    return problems.filter((problem, index) => problems.findIndex((other) => other.field === problem.field) === index);
  }
}
