import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { CountyPolicy } from '../../workflows/policy';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import { procedureAt } from '../cases/procedures';
import type { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { keysetPage, type Page } from '../common/pagination';
import { PoliciesService } from '../policies/policies.service';
import { enclosingCode } from '../regions/region-code.util';
import type { ListNoticesQuery, ListObjectionsQuery } from './dto/list-publicity.query';
import { noticeTitle } from './notice-titles';
import { ObjectionEntity, type ObjectionKind, type ObjectionStatus } from './objection.entity';
import { PublicityNoticeEntity } from './publicity-notice.entity';
import type { NoticeListItem } from './notice.view';

export interface ObjectionListItem {
  id: string;
  publicNumber: string;
  kind: ObjectionKind;
  status: ObjectionStatus;
  caseId: string;
  caseNumber: string;
  villageCode: string;
  noticeId: string | null;
  stage: string;
  stageLabel: string;
  reason: string;
  objectorName: string | null;
  finding: string | null;
  filedAt: Date;
  resolvedAt: Date | null;
}

/** Within the actor's jurisdiction, and the region the query names. */
async function narrow(builder: SelectQueryBuilder<PublicityNoticeEntity | ObjectionEntity>, column: string, actor: Actor, scope: JurisdictionService, regionId?: string): Promise<void> {
  if (actor.scopePrefix !== null) builder.andWhere(`${column} LIKE :scope`, { scope: `${actor.scopePrefix}%` });
  if (regionId !== undefined) builder.andWhere(`${column} LIKE :region`, { region: `${(await scope.regionScope(actor, regionId)).prefix}%` });
}

/** The lists of publicity: notices and the objections and appeals filed against them, newest first. */
@Injectable()
export class PublicityListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JurisdictionService,
    private readonly policies: PoliciesService,
    private readonly clock: Clock,
  ) {}

  async notices(actor: Actor, query: ListNoticesQuery): Promise<Page<NoticeListItem>> {
    const now = this.clock.now();
    const builder = this.dataSource
      .getRepository(PublicityNoticeEntity)
      .createQueryBuilder('n')
      .addSelect('v.name', 'village_name')
      .innerJoin('region', 'v', 'v.id = n.village_id');
    await narrow(builder, 'n.village_code', actor, this.access, query.regionId);
    if (query.procedure !== undefined) builder.andWhere('n.procedure = :procedure', { procedure: query.procedure });
    if (query.stage !== undefined) builder.andWhere('n.stage = :stage', { stage: query.stage });
    if (query.state === 'cancelled') builder.andWhere('n.cancelled_at IS NOT NULL');
    if (query.state === 'open') builder.andWhere('n.cancelled_at IS NULL AND n.ends_at > :now', { now });
    if (query.state === 'ended') builder.andWhere('n.cancelled_at IS NULL AND n.ends_at <= :now', { now });
    // The day starts at 00:00 in China (UTC+8).
    if (query.endsBefore !== undefined) builder.andWhere('n.ends_at <= :endsBefore', { endsBefore: new Date(`${query.endsBefore}T00:00:00+08:00`) });
    const policies = new Map<string, Promise<CountyPolicy>>();
    const policyOf = (villageCode: string) => {
      const county = enclosingCode('county', villageCode);
      if (!policies.has(county)) policies.set(county, this.policies.currentForVillage(villageCode).then((policy) => policy.settings));
      return policies.get(county) as Promise<CountyPolicy>;
    };
    return keysetPage<NoticeListItem, PublicityNoticeEntity>(
      builder,
      query,
      [
        { column: 'n.starts_on', sqlType: 'date', valueOf: (notice) => notice.startsOn },
        { column: 'n.id', sqlType: 'uuid', valueOf: (notice) => notice.id },
      ],
      async (paged) => {
        const { entities, raw } = await paged.getRawAndEntities<{ village_name: string }>();
        return Promise.all(
          entities.map(async (notice, index) => ({
            id: notice.id,
            villageId: notice.villageId,
            villageCode: notice.villageCode,
            villageName: raw[index]?.village_name ?? '',
            procedure: notice.procedure,
            stage: notice.stage,
            title: noticeTitle(notice.procedure, notice.stage, await policyOf(notice.villageCode))?.board ?? notice.stage,
            startsOn: notice.startsOn,
            endsAt: notice.endsAt,
            caseCount: notice.caseIds.length,
            state: notice.cancelledAt ? 'cancelled' : notice.endsAt > now ? 'open' : 'ended',
          })),
        );
      },
      'DESC',
    );
  }

  async objections(actor: Actor, query: ListObjectionsQuery): Promise<Page<ObjectionListItem>> {
    const builder = this.dataSource
      .getRepository(ObjectionEntity)
      .createQueryBuilder('o')
      .addSelect('c.case_number', 'case_number')
      .addSelect('c.village_code', 'village_code')
      .addSelect('c.procedure', 'procedure')
      .addSelect('c.machine_version', 'machine_version')
      .innerJoin('procedure_case', 'c', 'c.id = o.case_id');
    await narrow(builder, 'c.village_code', actor, this.access, query.regionId);
    if (query.status !== undefined) builder.andWhere('o.status = :status', { status: query.status });
    if (query.kind !== undefined) builder.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.noticeId !== undefined) builder.andWhere('o.notice_id = :noticeId', { noticeId: query.noticeId });
    if (query.caseId !== undefined) builder.andWhere('o.case_id = :caseId', { caseId: query.caseId });
    return keysetPage<ObjectionListItem, ObjectionEntity>(
      builder,
      query,
      [
        { column: 'o.filed_at', sqlType: 'timestamptz', valueOf: (objection) => objection.filedAt.toISOString() },
        { column: 'o.id', sqlType: 'uuid', valueOf: (objection) => objection.id },
      ],
      async (paged) => {
        const { entities, raw } = await paged.getRawAndEntities<{ case_number: string; village_code: string; procedure: string; machine_version: number }>();
        return entities.map((objection, index) => {
          const row = raw[index];
          const stageLabel = row ? (procedureAt(row.procedure, row.machine_version).stageLabels[objection.stage] ?? objection.stage) : objection.stage;
          return {
            id: objection.id,
            publicNumber: objection.publicNumber,
            kind: objection.kind,
            status: objection.status,
            caseId: objection.caseId,
            caseNumber: row?.case_number ?? '',
            villageCode: row?.village_code ?? '',
            noticeId: objection.noticeId,
            stage: objection.stage,
            stageLabel,
            reason: objection.reason,
            objectorName: objection.objectorName,
            finding: objection.finding,
            filedAt: objection.filedAt,
            resolvedAt: objection.resolvedAt,
          };
        });
      },
      'DESC',
    );
  }
}
