import type { ExitTargetRow } from './exit-target.view';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { invalidFields, type FieldProblem } from '../common/domain-error';
import { RegionEntity } from '../regions/region.entity';
import { jurisdictionPrefix } from '../regions/region-code.util';
import type { ExitTargetsDto } from './dto/exit.dto';
import { ExitTargetEntity } from './exit-target.entity';

/** One township's target for the year against what happened. */
function checkYear(year: number): void {
  if (year < 2000 || year > 2100) throw invalidFields([{ field: 'year', reason: '年度须在 2000 至 2100 之间' }]);
}

@Injectable()
export class ExitTargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JurisdictionService,
  ) {}

  /** The county sets (or changes) the year's targets of its townships. */
  async set(actor: Actor, year: number, dto: ExitTargetsDto): Promise<ExitTargetRow[]> {
    checkYear(year);
    const ids = dto.targets.map((target) => target.townshipId);
    const townships = new Map((await this.dataSource.getRepository(RegionEntity).findBy({ id: In(ids), level: 'township' })).map((region) => [region.id, region]));
    const problems: FieldProblem[] = [];
    dto.targets.forEach((target, index) => {
      if (!townships.has(target.townshipId)) problems.push({ field: `targets[${index}].townshipId`, reason: '乡镇不存在' });
      if (ids.indexOf(target.townshipId) !== index) problems.push({ field: `targets[${index}].townshipId`, reason: '同一乡镇重复' });
    });
    if (problems.length > 0) throw invalidFields(problems);
    for (const township of townships.values()) await this.access.assertWithin(actor, township.code);
    await this.dataSource.getRepository(ExitTargetEntity).upsert(
      dto.targets.map((target) => ({ townshipId: target.townshipId, year, townshipCode: townships.get(target.townshipId)?.code ?? '', target: target.target, setBy: actor.accountId })),
      ['townshipId', 'year'],
    );
    return this.report(actor, year);
  }

  /**
   * Target against actual for every township the actor sees, or only those of `within` (a
   * region the caller has checked is the actor's: a township's statistics count that township).
   */
  async report(actor: Actor, year: number, within?: RegionEntity): Promise<ExitTargetRow[]> {
    checkYear(year);
    const prefix = within ? jurisdictionPrefix(within.level, within.code) : (actor.scopePrefix ?? '');
    // Each count is taken once for all townships and joined by township (a subquery per
    // township read the open exit cases once per township: BENCHMARKS.md, statistics). The
    // exits are counted from household_exit_year_idx alone, by the township part of the village
    // code (region-code.util.ts): reading the households' rows cost a county 20 to 200 ms.
    return this.dataSource.query<ExitTargetRow[]>(
      `WITH exited AS (
         SELECT left(h.village_code, 9) AS township_prefix,
                count(*)::int AS exited,
                (count(*) FILTER (WHERE h.status = 'exited'))::int AS still_exited,
                (count(*) FILTER (WHERE h.status IN ('monitored', 'risk_eliminated')))::int AS monitored_since
           FROM household h
          WHERE h.exit_year = $1 AND h.village_code LIKE $2 || '%'
          GROUP BY 1
       ), in_progress AS (
         SELECT v.parent_id AS township_id, count(*)::int AS n
           FROM procedure_case c JOIN household h ON h.id = c.household_id JOIN region v ON v.id = h.village_id
          WHERE c.procedure = 'exit' AND NOT c.final AND h.village_code LIKE $2 || '%'
          GROUP BY v.parent_id
       )
       SELECT t.id AS "townshipId", t.code AS "townshipCode", t.name AS "townshipName", x.target,
              coalesce(e.exited, 0) AS exited, coalesce(e.still_exited, 0) AS "stillExited",
              coalesce(e.monitored_since, 0) AS "monitoredSince", coalesce(p.n, 0) AS "inProgress"
         FROM region t
         LEFT JOIN exit_target x ON x.township_id = t.id AND x.year = $1
         LEFT JOIN exited e ON e.township_prefix = left(t.code, 9)
         LEFT JOIN in_progress p ON p.township_id = t.id
        WHERE t.level = 'township' AND t.code LIKE $2 || '%'
        ORDER BY t.code`,
      // A township's code starts with its own scope prefix as with its county's.
      [year, prefix],
    );
  }
}
