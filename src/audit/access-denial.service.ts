import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Actor } from '../common/actor';
import { DomainError, ErrorCode } from '../common/domain-error';
import { AccessDenialEntity } from './access-denial.entity';

/**
 * Refuses and records a staff request outside the actor's role or jurisdiction. The row is
 * written on its own connection, so it stays when the refused request's transaction rolls back.
 */
@Injectable()
export class AccessDenialService {
  private readonly logger = new Logger(AccessDenialService.name);

  constructor(@InjectRepository(AccessDenialEntity) private readonly denials: Repository<AccessDenialEntity>) {}

  async refuse(actor: Actor, code: ErrorCode.OutsideJurisdiction | ErrorCode.RoleNotAllowed, targetRegionCode: string | null): Promise<never> {
    this.logger.warn(
      { accountId: actor.accountId, role: actor.role, action: actor.action, targetRegionCode, code, requestId: actor.requestId },
      'Access denied',
    );
    await this.denials.insert({
      accountId: actor.accountId,
      role: actor.role,
      code,
      action: actor.action.slice(0, 300),
      targetRegionCode,
      requestId: actor.requestId.slice(0, 64),
    });
    throw new DomainError(
      code,
      code === ErrorCode.OutsideJurisdiction ? '超出本账号管辖范围，无权操作' : '本账号的角色无权执行此操作',
    );
  }

  /** Admins pass everywhere; staff only where the code lies in their subtree. */
  async assertWithin(actor: Actor, regionCode: string): Promise<void> {
    if (actor.scopePrefix === null || regionCode.startsWith(actor.scopePrefix)) return;
    await this.refuse(actor, ErrorCode.OutsideJurisdiction, regionCode);
  }
}
