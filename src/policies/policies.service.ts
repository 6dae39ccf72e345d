import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { BASE_MEASURE_TYPES } from '../../workflows/monitoring/measure-types';
import { DEFAULT_POLICY, lineForYear, withPolicyDefaults, type CountyPolicy } from '../../workflows/policy';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { invalidFields, notFound, type FieldProblem } from '../common/domain-error';
import { RegionEntity } from '../regions/region.entity';
import { enclosingCode, jurisdictionPrefix } from '../regions/region-code.util';
import type { PolicyVersionSummary } from './policy-version.view';
import { CountyPolicyEntity } from './county-policy.entity';
import { Settings } from '../config/settings';
import { DatabaseNoticesService, NOTICE_CHANNEL } from '../database/database-notices.service';

export interface PolicyVersion {
  countyId: string | null;
  version: number;
  settings: CountyPolicy;
  createdAt: Date | null;
}

@Injectable()
export class PoliciesService {
  /** The policy in force per county code, as last read: kept until PostgreSQL tells of a new version (issue 18). */
  private readonly inForce = new Map<string, Promise<PolicyVersion>>();

  constructor(
    @InjectRepository(CountyPolicyEntity) private readonly policies: Repository<CountyPolicyEntity>,
    @InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>,
    private readonly access: JurisdictionService,
    private readonly settings: Settings,
    private readonly notices: DatabaseNoticesService,
  ) {
    notices.subscribe(NOTICE_CHANNEL.policyChanged, { heard: () => this.inForce.clear(), reset: () => this.inForce.clear() });
  }

  /** The policy in force for a village's county; version 0 is the national default. */
  currentForVillage(villageCode: string, manager?: EntityManager): Promise<PolicyVersion> {
    const county = enclosingCode('county', villageCode);
    if (!this.notices.listening) return this.readCurrent(county, manager);
    const cached = this.inForce.get(county);
    if (cached) return cached;
    const reading = this.readCurrent(county, manager).catch((error: unknown) => {
      this.inForce.delete(county);
      throw error;
    });
    this.inForce.set(county, reading);
    return reading;
  }

  private async readCurrent(countyCode: string, manager?: EntityManager): Promise<PolicyVersion> {
    // The county and its newest version in one statement (a board read or a case opened sends it).
    const [row] = await (manager ?? this.policies.manager).query<{ county_id: string; version: number | null; settings: CountyPolicy | null; created_at: Date | null }[]>(
      `SELECT r.id AS county_id, p.version, p.settings, p.created_at FROM region r
         LEFT JOIN LATERAL (SELECT version, settings, created_at FROM county_policy WHERE county_id = r.id ORDER BY version DESC LIMIT 1) p ON true
        WHERE r.level = 'county' AND r.code = $1`,
      [countyCode],
    );
    if (!row) return { countyId: null, version: 0, settings: DEFAULT_POLICY, createdAt: null };
    return row.version === null || row.settings === null
      ? { countyId: row.county_id, version: 0, settings: DEFAULT_POLICY, createdAt: null }
      : { countyId: row.county_id, version: row.version, settings: withPolicyDefaults(row.settings), createdAt: row.created_at };
  }

  async current(actor: Actor, countyId: string): Promise<PolicyVersion> {
    const county = await this.county(countyId);
    await this.access.assertWithin(actor, county.code);
    return this.latest(county.id);
  }

  /**
   * Every version the county published, newest first, with the cases that run on each; the
   * national default (version 0) is listed while cases of the county run on it, or while it is
   * the version in force (nothing published yet).
   */
  async versions(actor: Actor, countyId: string): Promise<PolicyVersionSummary[]> {
    const county = await this.county(countyId);
    await this.access.assertWithin(actor, county.code);
    const rows = await this.policies.manager.query<{ version: number; created_at: Date | null; created_by: string | null; running: string; total: string }[]>(
      `WITH used AS (
         SELECT policy_version AS version, count(*) FILTER (WHERE NOT final) AS running, count(*) AS total
           FROM procedure_case WHERE village_code LIKE $2 || '%' GROUP BY policy_version
       )
       SELECT coalesce(p.version, used.version) AS version, p.created_at, a.display_name AS created_by,
              coalesce(used.running, 0) AS running, coalesce(used.total, 0) AS total
         FROM (SELECT * FROM county_policy WHERE county_id = $1) p
         FULL JOIN used ON used.version = p.version
         LEFT JOIN staff_account a ON a.id = p.created_by
        ORDER BY 1 DESC`,
      [county.id, jurisdictionPrefix('county', county.code)],
    );
    const versions = rows.map((row) => ({ version: row.version, createdAt: row.created_at, createdBy: row.created_by, runningCases: Number(row.running), cases: Number(row.total) }));
    return versions.length > 0 ? versions : [{ version: 0, createdAt: null, createdBy: null, runningCases: 0, cases: 0 }];
  }

  /** A new version; cases already running keep the one they started with. */
  async publish(actor: Actor, countyId: string, settings: CountyPolicy): Promise<PolicyVersion> {
    const county = await this.county(countyId);
    await this.access.assertWithin(actor, county.code);
    const years = Object.entries(settings.povertyLines);
    const badYear = years.find(([year, line]) => !/^\d{4}$/.test(year) || typeof line !== 'number' || !(line > 0));
    if (badYear) throw invalidFields([{ field: `povertyLines.${badYear[0]}`, reason: '年份须为四位数字，贫困线须为正数 (元)' }]);
    if (settings.demoWindowSeconds !== null && settings.demoWindowSeconds !== undefined && !this.settings.demo) {
      throw invalidFields([{ field: 'demoWindowSeconds', reason: '以秒计的公示期仅用于本地演示' }]);
    }
    if (settings.quorum.numerator > settings.quorum.denominator) {
      throw invalidFields([{ field: 'quorum', reason: '到会比例不能大于 1' }]);
    }
    settings = withPolicyDefaults(settings);
    throwIfAny([...monitoringLineProblems(settings), ...alertRuleProblems(settings), ...measureTypeProblems(settings)]);
    const published = await this.policies.manager.transaction(async (tx) => {
      // Serialise publishers of the same county so versions stay 1, 2, 3 …
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`policy:${county.id}`]);
      const previous = await this.latest(county.id, tx);
      const saved = await tx.getRepository(CountyPolicyEntity).save({
        countyId: county.id,
        version: previous.version + 1,
        settings: { ...settings, demoWindowSeconds: settings.demoWindowSeconds ?? null },
        createdBy: actor.accountId,
      });
      return { countyId: county.id, version: saved.version, settings: saved.settings, createdAt: saved.createdAt };
    });
    // This process opens its next case under the new version at once; the others hear of it.
    this.inForce.clear();
    return published;
  }

  private async latest(countyId: string, manager?: EntityManager): Promise<PolicyVersion> {
    const repository = manager ? manager.getRepository(CountyPolicyEntity) : this.policies;
    const row = await repository.findOne({ where: { countyId }, order: { version: 'DESC' } });
    return row
      ? { countyId, version: row.version, settings: withPolicyDefaults(row.settings), createdAt: row.createdAt }
      : { countyId, version: 0, settings: DEFAULT_POLICY, createdAt: null };
  }

  private async county(countyId: string): Promise<RegionEntity> {
    const county = await this.regions.findOneBy({ id: countyId, level: 'county' });
    if (!county) throw notFound('县级区划');
    return county;
  }
}

function throwIfAny(problems: FieldProblem[]): void {
  if (problems.length > 0) throw invalidFields(problems);
}

/** procedures.md "Monitoring": the monitoring line is at least 1.5 times the poverty line of its year. */
function monitoringLineProblems(settings: CountyPolicy): FieldProblem[] {
  return Object.entries(settings.monitoring.lines).flatMap(([year, line]) => {
    const poverty = /^\d{4}$/.test(year) ? lineForYear(settings.povertyLines, Number(year)) : null;
    if (!/^\d{4}$/.test(year) || typeof line !== 'number' || !(line > 0)) return [{ field: `monitoring.lines.${year}`, reason: '年份须为四位数字，监测标准须为正数 (元)' }];
    return poverty !== null && line < poverty * 1.5 ? [{ field: `monitoring.lines.${year}`, reason: `监测标准不得低于当年贫困线的 1.5 倍 (${poverty * 1.5} 元)` }] : [];
  });
}

/** A share of income is a per cent; a rule that compares needs something to compare with. */
function alertRuleProblems(settings: CountyPolicy): FieldProblem[] {
  return Object.entries(settings.monitoring.alertRules).flatMap(([type, rule]) => {
    if (rule.mode === 'share_of_income' && !(rule.threshold > 0 && rule.threshold <= 1000)) return [{ field: `monitoring.alertRules.${type}.threshold`, reason: '收入比例须大于 0、不超过 1000 (%)' }];
    if (rule.mode === 'amount' && !(rule.threshold > 0)) return [{ field: `monitoring.alertRules.${type}.threshold`, reason: '金额阈值须大于 0 (元)' }];
    return [];
  });
}

/** A county's own measure type has a code of its own: not a national one, not twice. */
function measureTypeProblems(settings: CountyPolicy): FieldProblem[] {
  const seen = new Set<string>(Object.keys(BASE_MEASURE_TYPES));
  return settings.monitoring.extraMeasureTypes.flatMap((type, index) => {
    if (seen.has(type.code)) return [{ field: `monitoring.extraMeasureTypes[${index}].code`, reason: `代码「${type.code}」已被使用` }];
    seen.add(type.code);
    return [];
  });
}
