import { Injectable } from '@nestjs/common';
import { AccessDenialService } from '../audit/access-denial.service';
import type { Actor } from '../common/actor';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode, invalidFields, notFound } from '../common/domain-error';
import { HouseholdEntity } from '../households/household.entity';
import { RegionEntity } from '../regions/region.entity';
import { isWithinPrefix, jurisdictionPrefix } from '../regions/region-code.util';

/**
 * Who may act where (procedures.md "Who uses it"): a village account on its village, a township
 * account on its villages, a county account on its townships; refusals are 403 and recorded.
 */
/** The region a list is narrowed to, and the code prefix of everything in it. */
export interface RegionScope {
  region: RegionEntity;
  prefix: string;
}

@Injectable()
export class JurisdictionService {
  constructor(
    private readonly denials: AccessDenialService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A region a request names to narrow a list: it must exist (400) and lie in the actor's jurisdiction (403). */
  async regionScope(actor: Actor, regionId: string, field = 'regionId'): Promise<RegionScope> {
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ id: regionId });
    if (!region) throw invalidFields([{ field, reason: '区划不存在' }]);
    await this.assertWithin(actor, region.code);
    return { region, prefix: jurisdictionPrefix(region.level, region.code) };
  }

  /** Admins pass everywhere; staff only where the code lies in their subtree. */
  async assertWithin(actor: Actor, regionCode: string): Promise<void> {
    if (actor.scopePrefix === null || isWithinPrefix(actor.scopePrefix, regionCode)) return;
    await this.refuse(actor, ErrorCode.OutsideJurisdiction, regionCode);
  }

  /** A household the actor may see: 404 when there is none, 403 (recorded) outside the jurisdiction. */
  async household(actor: Actor, householdId: string): Promise<HouseholdEntity> {
    const household = await this.dataSource.getRepository(HouseholdEntity).findOneBy({ id: householdId });
    if (!household) throw notFound('农户');
    await this.assertWithin(actor, household.villageCode);
    return household;
  }

  /** Refuses the request (403) after recording it. */
  async refuse(actor: Actor, code: ErrorCode.OutsideJurisdiction | ErrorCode.RoleNotAllowed, targetRegionCode: string | null): Promise<never> {
    await this.denials.record(actor, code, targetRegionCode);
    throw new DomainError(code, code === ErrorCode.OutsideJurisdiction ? '超出本账号管辖范围，无权操作' : '本账号的角色无权执行此操作');
  }
}
