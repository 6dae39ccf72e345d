import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { recordDateProblems } from '../../workflows/record-dates';
import { sweepRisk, sweepVisitProblems } from '../../workflows/risk-lead/sweep-visit';
import { addDays } from '../../workflows/policy';
import { StaffAccountEntity } from '../accounts/staff-account.entity';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import { CasesService } from '../cases/cases.service';
import { requireProcedure } from '../cases/procedures';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { DomainError, ErrorCode, invalidFields, notFound, type FieldProblem } from '../common/domain-error';
import { keysetPage, type Page } from '../common/pagination';
import { HouseholdEntity } from '../households/household.entity';
import { enclosingCode, jurisdictionPrefix } from '../regions/region-code.util';
import { RegionEntity } from '../regions/region.entity';
import type { AssignVisitorDto, LaunchSweepDto, ListSweepHouseholdsQuery, SweepVisitDto } from './dto/sweep.dto';
import { SweepEntity, SweepHouseholdEntity } from './sweep.entity';
import type { AssignmentResult, SweepCounts, SweepCoverageView, SweepHouseholdView, SweepView, VisitorChoice } from './sweep.view';

/** The longest sweep a county may launch (procedures.md: at least once a year). */
const LONGEST_DAYS = 366;

interface CountRow {
  households: string;
  assigned: string;
  visited: string;
  risks: string;
}

const COUNTS = `count(*) AS households, count(sh.visitor_id) AS assigned, count(sh.visited_on) AS visited, count(*) FILTER (WHERE sh.risk_seen) AS risks`;

function counts(row: CountRow): SweepCounts {
  const households = Number(row.households);
  const visited = Number(row.visited);
  return { households, assigned: Number(row.assigned), visited, risks: Number(row.risks), coverage: households === 0 ? 0 : Math.floor((visited / households) * 1000) / 10 };
}

/**
 * Sweeps (集中排查, procedures.md "Monitoring as routine work": sweeps): the county launches one
 * over chosen villages for a period, every household of them gets a visitor, each visit records a
 * short checklist, and a risk the checklist's facts show becomes the household's risk lead
 * (cadre_sweep) in the same transaction. Coverage per village and visitor is read from the rows.
 */
@Injectable()
export class SweepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
  ) {}

  async launch(actor: Actor, dto: LaunchSweepDto): Promise<SweepView> {
    const today = chinaDate(this.clock.now());
    const problems: FieldProblem[] = [];
    if (dto.endsOn < dto.startsOn) problems.push({ field: 'endsOn', reason: '截止日期不能早于开始日期' });
    else if (dto.endsOn > addDays(dto.startsOn, LONGEST_DAYS - 1)) problems.push({ field: 'endsOn', reason: `一次排查不超过 ${LONGEST_DAYS} 天` });
    if (dto.endsOn < today) problems.push({ field: 'endsOn', reason: `截止日期不能早于今天 (${today})` });
    const villages = await this.dataSource.getRepository(RegionEntity).findBy({ id: In(dto.villageIds), level: 'village' });
    const found = new Set(villages.map((village) => village.id));
    dto.villageIds.forEach((id, index) => found.has(id) || problems.push({ field: `villageIds[${index}]`, reason: '村级区划不存在' }));
    if (problems.length > 0) throw invalidFields(problems);
    for (const village of villages) await this.access.assertWithin(actor, village.code);
    const counties = new Set(villages.map((village) => enclosingCode('county', village.code)));
    if (counties.size > 1) throw invalidFields([{ field: 'villageIds', reason: '一次排查的村须属于同一个县' }]);
    const sweep = await this.dataSource.transaction(async (tx) => {
      const saved = await tx.getRepository(SweepEntity).save(tx.getRepository(SweepEntity).create({ countyCode: [...counties][0] ?? '', name: dto.name, startsOn: dto.startsOn, endsOn: dto.endsOn, villageIds: dto.villageIds, createdBy: actor.accountId }));
      // Every household of the villages, as the registry has them today: one statement.
      await tx.query(`INSERT INTO sweep_household (sweep_id, household_id, village_code) SELECT $1, h.id, h.village_code FROM household h WHERE h.village_id = ANY($2::uuid[])`, [saved.id, dto.villageIds]);
      return saved;
    });
    return (await this.views(actor, [sweep]))[0] as SweepView;
  }

  /** The sweeps with households in the caller's jurisdiction, newest first, with its part of their counts. */
  async list(actor: Actor): Promise<SweepView[]> {
    const builder = this.dataSource.getRepository(SweepEntity).createQueryBuilder('s').orderBy('s.starts_on', 'DESC').addOrderBy('s.created_at', 'DESC').limit(100);
    if (actor.scopePrefix !== null) builder.where('s.county_code = :county', { county: enclosingCode('county', actor.scopePrefix) });
    return (await this.views(actor, await builder.getMany())).filter((view) => view.households > 0);
  }

  async coverage(actor: Actor, id: string): Promise<SweepCoverageView> {
    const sweep = await this.visible(actor, id);
    const scope = `${actor.scopePrefix ?? ''}%`;
    const [villages, visitors] = await Promise.all([
      this.dataSource.query<(CountRow & { village_id: string; village_name: string })[]>(
        `SELECT r.id AS village_id, r.name AS village_name, ${COUNTS}
           FROM sweep_household sh JOIN region r ON r.code = sh.village_code AND r.level = 'village'
          WHERE sh.sweep_id = $1 AND sh.village_code LIKE $2
          GROUP BY r.id, r.name, sh.village_code ORDER BY sh.village_code`,
        [sweep.id, scope],
      ),
      this.dataSource.query<(CountRow & { visitor_id: string; visitor_name: string })[]>(
        `SELECT a.id AS visitor_id, a.display_name AS visitor_name, ${COUNTS}
           FROM sweep_household sh JOIN staff_account a ON a.id = sh.visitor_id
          WHERE sh.sweep_id = $1 AND sh.village_code LIKE $2
          GROUP BY a.id, a.display_name ORDER BY a.display_name`,
        [sweep.id, scope],
      ),
    ]);
    return {
      sweep: (await this.views(actor, [sweep]))[0] as SweepView,
      villages: villages.map((row) => ({ villageId: row.village_id, villageName: row.village_name, ...counts(row) })),
      visitors: visitors.map((row) => ({ visitorId: row.visitor_id, visitorName: row.visitor_name, assigned: Number(row.assigned), visited: Number(row.visited), risks: Number(row.risks) })),
    };
  }

  /** The households of the sweep in the caller's jurisdiction, by village, a page at a time. */
  async households(actor: Actor, id: string, query: ListSweepHouseholdsQuery): Promise<Page<SweepHouseholdView>> {
    const sweep = await this.visible(actor, id);
    const builder = this.householdRows(actor, sweep.id);
    if (query.villageId !== undefined) builder.andWhere('sh.village_code = :village', { village: (await this.access.regionScope(actor, query.villageId, 'villageId')).region.code });
    if (query.mine === true) builder.andWhere('sh.visitor_id = :me', { me: actor.accountId });
    if (query.visited !== undefined) builder.andWhere(query.visited ? 'sh.visited_on IS NOT NULL' : 'sh.visited_on IS NULL');
    return keysetPage<SweepHouseholdView & { key: SweepHouseholdEntity }, SweepHouseholdEntity>(
      builder,
      query,
      [
        { column: 'sh.village_code', sqlType: 'text', valueOf: (row) => row.key.villageCode },
        { column: 'sh.id', sqlType: 'uuid', valueOf: (row) => row.key.id },
      ],
      (paged) => readHouseholdRows(paged),
    );
  }

  /** A sweep's households with what a list shows of each: head, group, village, visitor. */
  private householdRows(actor: Actor, sweepId: string): SelectQueryBuilder<SweepHouseholdEntity> {
    const builder = this.dataSource
      .getRepository(SweepHouseholdEntity)
      .createQueryBuilder('sh')
      .leftJoin(HouseholdEntity, 'h', 'h.id = sh.household_id')
      .leftJoin(RegionEntity, 'g', 'g.id = h.group_id')
      .leftJoin(RegionEntity, 'v', `v.code = sh.village_code AND v.level = 'village'`)
      .leftJoin(StaffAccountEntity, 'a', 'a.id = sh.visitor_id')
      .addSelect(`(SELECT m.name FROM household_member m WHERE m.household_id = sh.household_id AND m.relation = 'head')`, 'head_name')
      .addSelect('g.name', 'group_name')
      .addSelect('v.name', 'village_name')
      .addSelect('a.display_name', 'visitor_name')
      .where('sh.sweep_id = :sweepId', { sweepId });
    if (actor.scopePrefix !== null) builder.andWhere('sh.village_code LIKE :scope', { scope: `${actor.scopePrefix}%` });
    return builder;
  }

  /** Who may visit the sweep's households in the caller's jurisdiction: the villages' own active accounts. */
  async visitors(actor: Actor, id: string): Promise<VisitorChoice[]> {
    const sweep = await this.visible(actor, id);
    const rows = await this.dataSource.query<{ id: string; display_name: string; village_id: string; village_name: string }[]>(
      `SELECT a.id, a.display_name, r.id AS village_id, r.name AS village_name
         FROM staff_account a JOIN region r ON r.id = a.region_id
        WHERE a.role = 'village' AND NOT a.disabled AND a.deleted_at IS NULL AND r.id = ANY($1::uuid[]) AND r.code LIKE $2
        ORDER BY r.code, a.display_name`,
      [sweep.villageIds, `${actor.scopePrefix ?? ''}%`],
    );
    return rows.map((row) => ({ visitorId: row.id, visitorName: row.display_name, villageId: row.village_id, villageName: row.village_name }));
  }

  /**
   * Gives households not yet visited to a visitor: an account of their village, so the visitor
   * can record what they find and open the lead a risk calls for.
   */
  async assign(actor: Actor, id: string, dto: AssignVisitorDto): Promise<AssignmentResult> {
    if ((dto.householdIds === undefined) === (dto.villageId === undefined)) throw invalidFields([{ field: 'householdIds', reason: '请指定农户 (householdIds) 或村 (villageId) 之一' }]);
    const sweep = await this.visible(actor, id);
    const visitor = await this.dataSource.getRepository(StaffAccountEntity).findOne({ where: { id: dto.visitorId }, relations: { region: true } });
    // The visitor records the visit and opens the lead a risk calls for, which is the village's to do.
    if (!visitor || visitor.disabled || !visitor.region || visitor.role !== 'village') throw invalidFields([{ field: 'visitorId', reason: '走访人须为在用的村级账号' }]);
    const visitorScope = jurisdictionPrefix(visitor.region.level, visitor.region.code);
    const rows = dto.villageId
      ? await this.dataSource.getRepository(SweepHouseholdEntity).findBy({ sweepId: sweep.id, villageCode: (await this.access.regionScope(actor, dto.villageId, 'villageId')).region.code })
      : await this.dataSource.getRepository(SweepHouseholdEntity).findBy({ sweepId: sweep.id, householdId: In(dto.householdIds ?? []) });
    const byHousehold = new Map(rows.map((row) => [row.householdId, row]));
    const problems: FieldProblem[] = [];
    (dto.householdIds ?? []).forEach((householdId, index) => {
      const row = byHousehold.get(householdId);
      if (!row) problems.push({ field: `householdIds[${index}]`, reason: '该户不在本次排查范围内' });
      else if (!row.villageCode.startsWith(visitorScope)) problems.push({ field: `householdIds[${index}]`, reason: '走访人不负责该户所在村' });
    });
    if (dto.villageId && rows.some((row) => !row.villageCode.startsWith(visitorScope))) problems.push({ field: 'visitorId', reason: '走访人不负责该村' });
    if (problems.length > 0) throw invalidFields(problems);
    for (const code of new Set(rows.map((row) => row.villageCode))) await this.access.assertWithin(actor, code);
    const open = rows.filter((row) => row.visitedOn === null).map((row) => row.id);
    if (open.length > 0) await this.dataSource.getRepository(SweepHouseholdEntity).update({ id: In(open) }, { visitorId: visitor.id });
    return { assigned: open.length };
  }

  /**
   * Records a household's visit once, by its visitor (a household not yet assigned is the
   * recorder's): the checklist, and a risk its facts show as the household's risk lead, opened in
   * the same transaction (or its lead already open).
   */
  async visit(actor: Actor, id: string, householdId: string, dto: SweepVisitDto): Promise<SweepHouseholdView> {
    const sweep = await this.visible(actor, id);
    const visit = { ...dto, hardship: dto.hardship ?? null, note: dto.note ?? null, livingConditions: { ...dto.livingConditions } };
    const problems = [...recordDateProblems({ today: chinaDate(this.clock.now()), days: { visitedOn: dto.visitedOn } }), ...sweepVisitProblems(visit, sweep)];
    if (problems.length > 0) throw invalidFields(problems);
    await this.dataSource.transaction(async (tx) => {
      const row = await tx.getRepository(SweepHouseholdEntity).findOne({ where: { sweepId: sweep.id, householdId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('本次排查中的农户');
      await this.access.assertWithin(actor, row.villageCode);
      if (row.visitedOn !== null) throw new DomainError(ErrorCode.Conflict, `该户已于 ${row.visitedOn} 走访`);
      if (row.visitorId !== null && row.visitorId !== actor.accountId) throw new DomainError(ErrorCode.RoleNotAllowed, '该户已分配给其他走访人');
      const risk = sweepRisk(visit);
      let leadCaseId: string | null = null;
      if (risk) {
        const household = await tx.getRepository(HouseholdEntity).findOneByOrFail({ id: householdId });
        const open = await this.cases.openCaseOf(household.id, 'risk_lead', tx);
        leadCaseId =
          open?.id ??
          (
            await this.cases.openIn(tx, actor, household, requireProcedure('risk_lead'), {
              reasons: `集中排查「${sweep.name}」${dto.visitedOn} 走访发现: ${risk.findings.join('；')}${visit.note ? `。${visit.note}` : ''}`,
              channel: 'cadre_sweep',
              riskType: risk.riskType,
              reporter: { name: actor.username, phone: null },
              sweepId: sweep.id,
            })
          ).id;
      }
      await tx.getRepository(SweepHouseholdEntity).update(row.id, {
        visitorId: actor.accountId,
        visitedOn: dto.visitedOn,
        incomeChange: dto.incomeChange,
        livingConditions: visit.livingConditions,
        hardship: visit.hardship,
        note: visit.note,
        riskSeen: risk !== null,
        leadCaseId,
        recordedAt: this.clock.now(),
      });
    });
    const [recorded] = await readHouseholdRows(this.householdRows(actor, sweep.id).andWhere('sh.household_id = :householdId', { householdId }));
    if (!recorded) throw notFound('本次排查中的农户');
    return withoutKey(recorded);
  }

  /** A sweep of the caller's county: the county's offices, its townships' and villages' see it. */
  private async visible(actor: Actor, id: string): Promise<SweepEntity> {
    const sweep = await this.dataSource.getRepository(SweepEntity).findOneBy({ id });
    if (!sweep) throw notFound('集中排查');
    if (actor.scopePrefix !== null && enclosingCode('county', actor.scopePrefix) !== sweep.countyCode) await this.access.refuse(actor, ErrorCode.OutsideJurisdiction, sweep.countyCode);
    return sweep;
  }

  /** Each sweep with the counts of its households in the caller's jurisdiction. */
  private async views(actor: Actor, sweeps: SweepEntity[]): Promise<SweepView[]> {
    if (sweeps.length === 0) return [];
    const rows = await this.dataSource.query<(CountRow & { sweep_id: string })[]>(
      `SELECT sh.sweep_id, ${COUNTS} FROM sweep_household sh WHERE sh.sweep_id = ANY($1::uuid[]) AND sh.village_code LIKE $2 GROUP BY sh.sweep_id`,
      [sweeps.map((sweep) => sweep.id), `${actor.scopePrefix ?? ''}%`],
    );
    const bySweep = new Map(rows.map((row) => [row.sweep_id, counts(row)]));
    const today = chinaDate(this.clock.now());
    return sweeps.map((sweep) => ({
      id: sweep.id,
      name: sweep.name,
      startsOn: sweep.startsOn,
      endsOn: sweep.endsOn,
      period: today < sweep.startsOn ? 'upcoming' : today > sweep.endsOn ? 'ended' : 'running',
      createdAt: sweep.createdAt,
      ...(bySweep.get(sweep.id) ?? { households: 0, assigned: 0, visited: 0, risks: 0, coverage: 0 }),
    }));
  }
}

type HouseholdRow = SweepHouseholdView & { key: SweepHouseholdEntity };

async function readHouseholdRows(builder: SelectQueryBuilder<SweepHouseholdEntity>): Promise<HouseholdRow[]> {
  const { entities, raw } = await builder.getRawAndEntities<{ head_name: string | null; group_name: string | null; village_name: string; visitor_name: string | null }>();
  return entities.map((row, index) => ({
    key: row,
    householdId: row.householdId,
    headName: raw[index]?.head_name ?? null,
    groupName: raw[index]?.group_name ?? null,
    villageName: raw[index]?.village_name ?? '',
    visitorId: row.visitorId,
    visitorName: raw[index]?.visitor_name ?? null,
    visitedOn: row.visitedOn,
    riskSeen: row.riskSeen,
    leadCaseId: row.leadCaseId,
  }));
}

function withoutKey({ key: _key, ...view }: HouseholdRow): SweepHouseholdView {
  return view;
}
