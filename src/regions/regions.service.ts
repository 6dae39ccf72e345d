import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository, type EntityManager } from 'typeorm';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { DomainError, ErrorCode, invalidFields, notFound } from '../common/domain-error';
import { isUniqueViolation } from '../database/postgres-errors';
import type { CreateRegionDto } from './dto/create-region.dto';
import { jurisdictionPrefix, LEVEL_NAMES, regionCodeProblem } from './region-code.util';
import { parentCodeOf, type ImportPlan } from './region-import';
import { RegionEntity } from './region.entity';
import { regionView, type ImportResult, type RegionList, type RegionTreeNode, type RegionView } from './region.view';

@Injectable()
export class RegionsService {
  constructor(
    @InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JurisdictionService,
  ) {}

  async create(dto: CreateRegionDto): Promise<RegionView> {
    const parent = dto.parentId ? await this.regions.findOneBy({ id: dto.parentId }) : null;
    if (dto.parentId && !parent) throw invalidFields([{ field: 'parentId', reason: '上级区划不存在' }]);
    if (dto.level === 'group') {
      if (!parent || parent.level !== 'village') throw invalidFields([{ field: 'parentId', reason: '村民小组的上级必须是村级区划' }]);
      if (dto.groupNumber === undefined) throw invalidFields([{ field: 'groupNumber', reason: '村民小组必须有编号' }]);
      if (dto.code !== undefined) throw invalidFields([{ field: 'code', reason: '村民小组没有自己的区划代码，不填' }]);
      return this.insert({ level: 'group', code: parent.code, name: dto.name, parentId: parent.id, groupNumber: dto.groupNumber });
    }
    if (dto.groupNumber !== undefined) throw invalidFields([{ field: 'groupNumber', reason: '只有村民小组有编号' }]);
    if (dto.code === undefined) throw invalidFields([{ field: 'code', reason: '必填' }]);
    const problem = regionCodeProblem(dto.level, dto.code, parent);
    if (problem) throw invalidFields([{ field: problem.on === 'parent' ? 'parentId' : 'code', reason: problem.reason }]);
    return this.insert({ level: dto.level, code: dto.code, name: dto.name, parentId: parent?.id ?? null, groupNumber: null });
  }

  async rename(id: string, name: string): Promise<RegionView> {
    const region = await this.load(id);
    region.name = name;
    await this.regions.save(region);
    return regionView(region);
  }

  async get(actor: Actor, id: string): Promise<RegionView & { children: RegionView[] }> {
    const region = await this.load(id);
    await this.access.assertWithin(actor, region.code);
    const children = await this.regions.find({ where: { parentId: region.id }, order: { code: 'ASC', groupNumber: 'ASC' } });
    return { ...regionView(region), children: children.map(regionView) };
  }

  /**
   * By statistical code (the county, township or village with it, and a village's groups), or
   * a parent's children; without either, the roots the actor may see (all counties for admins,
   * else their own region).
   */
  async list(actor: Actor, query: { parentId?: string; code?: string }): Promise<RegionList> {
    const listed = await this.find(actor, query);
    return { items: listed.map(regionView), total: listed.length };
  }

  private async find(actor: Actor, query: { parentId?: string; code?: string }): Promise<RegionEntity[]> {
    if (query.code !== undefined) {
      const found = await this.regions.find({ where: { code: query.code }, order: { level: 'ASC', groupNumber: 'ASC' } });
      for (const region of found) await this.access.assertWithin(actor, region.code);
      return found;
    }
    if (query.parentId !== undefined) {
      const parent = await this.load(query.parentId);
      await this.access.assertWithin(actor, parent.code);
      return this.regions.find({ where: { parentId: query.parentId }, order: { code: 'ASC', groupNumber: 'ASC' } });
    }
    if (actor.scopePrefix === null) return this.regions.find({ where: { parentId: IsNull() }, order: { code: 'ASC' } });
    return this.regions
      .createQueryBuilder('region')
      .innerJoin('staff_account', 'account', 'account.region_id = region.id')
      .where('account.id = :accountId', { accountId: actor.accountId })
      .getMany();
  }

  /**
   * A region and everything below it, nested (what a region picker shows): a county down to
   * its villager groups in one answer, read in one query by code prefix.
   */
  async tree(actor: Actor, id: string): Promise<RegionTreeNode> {
    const root = await this.load(id);
    await this.access.assertWithin(actor, root.code);
    const prefix = jurisdictionPrefix(root.level, root.code);
    const below = await this.regions
      .createQueryBuilder('region')
      .where('region.code LIKE :prefix', { prefix: `${prefix}%` })
      .orderBy('region.code', 'ASC')
      .addOrderBy('region.group_number', 'ASC', 'NULLS FIRST')
      .getMany();
    const nodes = new Map<string, RegionTreeNode>(below.map((region) => [region.id, { ...regionView(region), children: [] }]));
    for (const region of below) {
      if (region.id !== root.id && region.parentId) nodes.get(region.parentId)?.children.push(nodes.get(region.id) as RegionTreeNode);
    }
    return nodes.get(root.id) ?? { ...regionView(root), children: [] };
  }

  /** The group a household lives in, with its village; 400 naming `field` when it is none. */
  async groupWithVillage(groupId: string, field: string, manager?: EntityManager): Promise<{ group: RegionEntity; village: RegionEntity }> {
    const repository = manager ? manager.getRepository(RegionEntity) : this.regions;
    const group = await repository.findOne({ where: { id: groupId, level: 'group' }, relations: { parent: true } });
    if (!group?.parent) throw invalidFields([{ field, reason: '村民小组不存在' }]);
    return { group, village: group.parent };
  }

  /** All or nothing: any problem, in the input or against the database, refuses the whole import. */
  async import(plan: ImportPlan): Promise<ImportResult> {
    if (plan.problems.length > 0) throw invalidFields(plan.problems);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(RegionEntity);
      const codes = [...new Set(plan.rows.flatMap((row) => [row.code, parentCodeOf(row.level, row.code) ?? row.code]))];
      const existing = await repository.find({ where: { code: In(codes) } });
      const byKey = new Map(existing.map((region) => [`${region.code}#${region.groupNumber ?? ''}`, region]));
      const result: ImportResult = { created: 0, renamed: 0, unchanged: 0, createdRegions: [] };
      const problems = [];
      for (const row of plan.rows) {
        const key = `${row.code}#${row.groupNumber ?? ''}`;
        const found = byKey.get(key);
        if (found) {
          if (found.level !== row.level) {
            problems.push({ field: row.field, reason: `代码 ${row.code} 已属于${LEVEL_NAMES[found.level]}级区划` });
          } else if (found.name === row.name) {
            result.unchanged += 1;
          } else {
            found.name = row.name;
            await repository.save(found);
            result.renamed += 1;
          }
          continue;
        }
        const parentCode = parentCodeOf(row.level, row.code);
        const parent = parentCode === null ? null : byKey.get(`${parentCode}#`);
        if (parentCode !== null && !parent) {
          problems.push({ field: row.field, reason: `上级区划 ${parentCode} 不存在，请一并导入` });
          continue;
        }
        const created = await repository.save(
          repository.create({ level: row.level, code: row.code, name: row.name, parentId: parent?.id ?? null, groupNumber: row.groupNumber }),
        );
        byKey.set(key, created);
        result.created += 1;
        result.createdRegions.push(regionView(created));
      }
      if (problems.length > 0) throw invalidFields(problems);
      return result;
    });
  }

  private async insert(values: Omit<RegionEntity, 'id' | 'createdAt' | 'parent'>): Promise<RegionView> {
    try {
      return regionView(await this.regions.save(this.regions.create(values)));
    } catch (error) {
      if (isUniqueViolation(error)) {
        const what = values.level === 'group' ? `村民小组编号 ${String(values.groupNumber)}` : `区划代码 ${values.code}`;
        throw new DomainError(ErrorCode.RegionCodeTaken, `${what} 已存在`);
      }
      throw error;
    }
  }

  private async load(id: string): Promise<RegionEntity> {
    const region = await this.regions.findOneBy({ id });
    if (!region) throw notFound('区划');
    return region;
  }
}
