import type { ExitTargetRow } from './exit-target.view';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { invalidFields, type FieldProblem } from '../common/domain-error';
import { RegionEntity } from '../regions/region.entity';
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

  /** Target against actual for every township the actor sees. */
  async report(actor: Actor, year: number): Promise<ExitTargetRow[]> {
    checkYear(year);
    return this.dataSource.query<ExitTargetRow[]>(
      `SELECT t.id AS "townshipId", t.code AS "townshipCode", t.name AS "townshipName", x.target,
              count(h.id)::int AS exited,
              (count(h.id) FILTER (WHERE h.status = 'exited'))::int AS "stillExited",
              (count(h.id) FILTER (WHERE h.status IN ('monitored', 'risk_eliminated')))::int AS "monitoredSince",
              (SELECT count(*)::int FROM procedure_case c JOIN household ch ON ch.id = c.household_id JOIN region cv ON cv.id = ch.village_id
                WHERE c.procedure = 'exit' AND NOT c.final AND cv.parent_id = t.id) AS "inProgress"
         FROM region t
         LEFT JOIN exit_target x ON x.township_id = t.id AND x.year = $1
         LEFT JOIN region v ON v.parent_id = t.id AND v.level = 'village'
         LEFT JOIN household h ON h.village_id = v.id AND h.exit_year = $1
        WHERE t.level = 'township' AND t.code LIKE $2 || '%'
        GROUP BY t.id, t.code, t.name, x.target
        ORDER BY t.code`,
      // A township's code starts with its own scope prefix as with its county's.
      [year, actor.scopePrefix ?? ''],
    );
  }
}
