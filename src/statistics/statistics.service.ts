import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MONITORING_OBJECT_TYPES, type MonitoringObjectType } from '../../workflows/policy';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import { ROLE_LABELS } from '../cases/journal-labels';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { invalidFields, notFound } from '../common/domain-error';
import { jurisdictionPrefix, type RegionLevel } from '../regions/region-code.util';
import { RegionEntity } from '../regions/region.entity';
import { RegionPopulationEntity } from './region-population.entity';
import { ExitTargetsService } from '../exits/exit-targets.service';
import { CasesService } from '../cases/cases.service';
import { tallyAsOf, type TallyRow, type TallyScope, type TallyStatus } from './household-tally';
import { LEAD_CHANNEL_LABELS, type LeadChannel } from '../../workflows/risk-lead/risk-lead.types';
import type { LeadsInMonth, MonitoringLimitCompliance, TrendPoint, OverdueByOffice, PopulationView, RegionStatistics, StatisticsView, StatusCount } from './statistics.view';

/** Which tally rows a region's figures come from, and which child each row counts toward. */
const CHILDREN: Record<RegionLevel, { scope: (region: RegionEntity) => TallyScope; childKey: (child: RegionEntity) => string }> = {
  county: { scope: (region) => ({ villagePrefix: jurisdictionPrefix('county', region.code), groupBy: 'township' }), childKey: (child) => child.code.slice(0, 9) },
  township: { scope: (region) => ({ villagePrefix: jurisdictionPrefix('township', region.code), groupBy: 'village' }), childKey: (child) => child.code },
  village: { scope: (region) => ({ village: region.code }), childKey: (child) => child.id },
  group: { scope: (region) => ({ village: region.code, groupId: region.id }), childKey: (child) => child.id },
};

const zero = (): StatusCount => ({ households: 0, people: 0 });

/**
 * The figures a county reports, as of any day: households and people by status that day come from
 * the tally the database keeps of every change, dated the day it took effect (household-tally.ts),
 * so a year-end report can be made in January and a county's answer never counts household by household.
 * 贫困发生率 = people of registered poor households ÷ rural population, the population either
 * entered from the statistical yearbook for the region and year or counted from the registry.
 */
@Injectable()
export class StatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
    private readonly exitTargets: ExitTargetsService,
    private readonly cases: CasesService,
  ) {}

  async forRegion(actor: Actor, regionId: string, asOfText?: string): Promise<StatisticsView> {
    const asOf = this.asOfDay(asOfText);
    const region = await this.region(actor, regionId);
    const end = new Date(`${asOf}T23:59:59.999+08:00`);
    const children = await this.dataSource.getRepository(RegionEntity).find({ where: { parentId: region.id }, order: { code: 'ASC', groupNumber: 'ASC' } });
    const grouping = CHILDREN[region.level];
    const year = Number(asOf.slice(0, 4));
    // Independent reads, each on its own connection.
    const [rows, population, targets, cases, overdueByOffice, monitoringLimit, leadsByMonth] = await Promise.all([
      tallyAsOf(this.dataSource, grouping.scope(region), asOf),
      this.dataSource.getRepository(RegionPopulationEntity).find({ where: [{ regionId: region.id, year }, ...children.map((child) => ({ regionId: child.id, year }))] }),
      // Exits against the county's targets are set per township (procedures.md "Exit"): on the townships' rows and their total.
      region.level === 'county' || region.level === 'township' ? this.exitTargets.report(actor, year, region) : [],
      region.level === 'group' ? [] : this.cases.stageCounts(actor, { regionId: region.id, final: false }),
      this.overdueByOffice(region),
      this.monitoringLimit(region, end),
      this.leadsByMonth(region, year, end),
    ]);
    const entered = new Map(population.map((row) => [row.regionId, row.ruralPopulation]));
    const exitsOf = (of: RegionEntity): StatisticsView['total']['exits'] => {
      const own = of.level === 'township' ? targets.filter((row) => row.townshipId === of.id) : of.level === 'county' ? targets : [];
      if (own.length === 0) return null;
      const set = own.filter((row) => row.target !== null);
      return { year, target: set.length > 0 ? set.reduce((sum, row) => sum + (row.target ?? 0), 0) : null, exited: own.reduce((sum, row) => sum + row.exited, 0) };
    };
    const figures = (of: RegionEntity, own: TallyRow[]) => ({ ...statistics(of, own, entered.get(of.id) ?? null), exits: exitsOf(of) });
    return {
      asOf,
      total: figures(region, rows),
      children: children.map((child) => figures(child, rows.filter((row) => row.key === grouping.childKey(child)))),
      cases,
      overdueByOffice,
      monitoringLimit,
      leadsByMonth,
    };
  }

  /**
   * The registered poor and the incidence at the end of each of the `years` years up to `asOf`'s
   * (that year as of the day): one tally read per year, for the trend chart.
   */
  async trend(actor: Actor, regionId: string, years: number, asOfText?: string): Promise<TrendPoint[]> {
    const asOf = this.asOfDay(asOfText);
    const region = await this.region(actor, regionId);
    const last = Number(asOf.slice(0, 4));
    const points = Array.from({ length: years }, (_, index) => last - years + 1 + index).map((year) => ({ year, asOf: year === last ? asOf : `${year}-12-31` }));
    const entered = new Map(
      (await this.dataSource.getRepository(RegionPopulationEntity).find({ where: points.map((point) => ({ regionId: region.id, year: point.year })) })).map((row) => [row.year, row.ruralPopulation]),
    );
    return Promise.all(
      points.map(async (point) => {
        const figures = statistics(region, await tallyAsOf(this.dataSource, CHILDREN[region.level].scope(region), point.asOf), entered.get(point.year) ?? null);
        return { ...point, registered: figures.registered, incidence: figures.incidence };
      }),
    );
  }

  /** The yearbook's rural population of a region for a year (the county, its townships and villages enter theirs). */
  async enterPopulation(actor: Actor, regionId: string, year: number, ruralPopulation: number): Promise<PopulationView> {
    const region = await this.region(actor, regionId);
    await this.dataSource.getRepository(RegionPopulationEntity).upsert({ regionId: region.id, year, ruralPopulation, enteredBy: actor.accountId }, ['regionId', 'year']);
    return { regionId: region.id, year, ruralPopulation };
  }

  /** The day a report is made for: today unless given, never a day to come. */
  private asOfDay(asOfText: string | undefined): string {
    const today = chinaDate(this.clock.now());
    const asOf = asOfText ?? today;
    if (asOf > today) throw invalidFields([{ field: 'asOf', reason: '统计截止日不能晚于今天' }]);
    return asOf;
  }

  private async region(actor: Actor, regionId: string): Promise<RegionEntity> {
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ id: regionId });
    if (!region) throw notFound('区划');
    await this.access.assertWithin(actor, region.code);
    return region;
  }

  /** Cases carry their village's code: a group's cases are its village's. */
  private scopeOf(region: RegionEntity): string {
    return `${jurisdictionPrefix(region.level, region.code)}%`;
  }

  /** Running cases past their stage's limit now, by the office they wait on. */
  private async overdueByOffice(region: RegionEntity): Promise<OverdueByOffice[]> {
    const rows = await this.dataSource.query<{ role: string; count: number }[]>(
      `SELECT awaiting_role AS role, count(*)::int AS count FROM procedure_case
        WHERE village_code LIKE $1 AND NOT final AND awaiting_role IS NOT NULL AND stage_due_at < $2 GROUP BY 1 ORDER BY 1`,
      [this.scopeOf(region), this.clock.now()],
    );
    return rows.map((row) => ({ role: row.role, roleLabel: ROLE_LABELS[row.role] ?? row.role, count: row.count }));
  }

  /** Risk leads received each month of the year up to the day asked, by channel (a group's leads are its village's). */
  private async leadsByMonth(region: RegionEntity, year: number, end: Date): Promise<LeadsInMonth[]> {
    const rows = await this.dataSource.query<{ month: string; channel: LeadChannel; received: number }[]>(
      `SELECT to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, application ->> 'channel' AS channel, count(*)::int AS received
         FROM procedure_case WHERE procedure = 'risk_lead' AND village_code LIKE $1 AND created_at >= $2 AND created_at <= $3
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [this.scopeOf(region), new Date(`${year}-01-01T00:00:00+08:00`), end],
    );
    return rows.map((row) => ({ ...row, channelLabel: LEAD_CHANNEL_LABELS[row.channel] ?? row.channel }));
  }

  /** procedures.md "Monitoring": a lead is decided within its limit (15 days by default) from the lead. */
  private async monitoringLimit(region: RegionEntity, end: Date): Promise<MonitoringLimitCompliance> {
    const [row] = await this.dataSource.query<{ decided: number; within: number; overdue: number }[]>(
      `WITH leads AS (
         SELECT c.due_at, c.final, (SELECT max(e.occurred_at) FROM case_event e WHERE e.case_id = c.id) AS last_at
           FROM procedure_case c WHERE c.procedure = 'monitoring' AND c.village_code LIKE $1 AND c.created_at <= $2 AND c.due_at IS NOT NULL
       )
       SELECT count(*) FILTER (WHERE final AND last_at <= $2)::int AS decided,
              count(*) FILTER (WHERE final AND last_at <= $2 AND last_at <= due_at)::int AS within,
              count(*) FILTER (WHERE NOT (final AND last_at <= $2) AND due_at < $2)::int AS overdue
         FROM leads`,
      [this.scopeOf(region), end],
    );
    const decided = row?.decided ?? 0;
    const within = row?.within ?? 0;
    return { decided, decidedWithinLimit: within, share: decided > 0 ? Math.round((within / decided) * 1000) / 10 : null, overdue: row?.overdue ?? 0 };
  }
}

function statistics(region: RegionEntity, rows: TallyRow[], enteredPopulation: number | null): Omit<RegionStatistics, 'exits'> {
  const by: Record<TallyStatus, StatusCount> = { none: zero(), registered: zero(), exited: zero(), monitored: zero(), risk_eliminated: zero() };
  const monitoredByType = Object.fromEntries(MONITORING_OBJECT_TYPES.map((type) => [type, 0])) as Record<MonitoringObjectType, number>;
  for (const row of rows) {
    const counts = by[row.status] ?? by.none;
    counts.households += row.households;
    counts.people += row.people;
    if (row.status === 'monitored' && row.object_type) monitoredByType[row.object_type] += row.households;
  }
  const all = Object.values(by).reduce((sum, counts) => ({ households: sum.households + counts.households, people: sum.people + counts.people }), zero());
  const ruralPopulation = enteredPopulation ?? all.people;
  return {
    regionId: region.id,
    code: region.code,
    name: region.name,
    level: region.level,
    all,
    registered: by.registered,
    exited: by.exited,
    monitored: by.monitored,
    riskEliminated: by.risk_eliminated,
    monitoredByType,
    incidence: {
      poorPeople: by.registered.people,
      ruralPopulation,
      denominator: enteredPopulation === null ? 'registry' : 'entered',
      rate: ruralPopulation > 0 ? Math.round((by.registered.people / ruralPopulation) * 10_000) / 100 : null,
    },
  };
}
