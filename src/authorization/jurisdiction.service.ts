import { Injectable } from '@nestjs/common';
import { AccessDenialService } from '../audit/access-denial.service';
import type { Actor } from '../common/actor';
import { DomainError, ErrorCode } from '../common/domain-error';
import { isWithinPrefix } from '../regions/region-code.util';

/**
 * Who may act where (procedures.md "Who uses it"): a village account on its village, a township
 * account on its villages, a county account on its townships; refusals are 403 and recorded.
 */
@Injectable()
export class JurisdictionService {
  constructor(private readonly denials: AccessDenialService) {}

  /** Admins pass everywhere; staff only where the code lies in their subtree. */
  async assertWithin(actor: Actor, regionCode: string): Promise<void> {
    if (actor.scopePrefix === null || isWithinPrefix(actor.scopePrefix, regionCode)) return;
    await this.refuse(actor, ErrorCode.OutsideJurisdiction, regionCode);
  }

  /** Refuses the request (403) after recording it. */
  async refuse(actor: Actor, code: ErrorCode.OutsideJurisdiction | ErrorCode.RoleNotAllowed, targetRegionCode: string | null): Promise<never> {
    await this.denials.record(actor, code, targetRegionCode);
    throw new DomainError(code, code === ErrorCode.OutsideJurisdiction ? '超出本账号管辖范围，无权操作' : '本账号的角色无权执行此操作');
  }
}
