import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Actor } from '../common/actor';
import type { ErrorCode } from '../common/domain-error';
import { AccessDenialEntity } from './access-denial.entity';

/**
 * The record of a staff request refused for its role or jurisdiction (the decision is the
 * authorization module's). Written on its own connection, so it stays when the refused
 * request's transaction rolls back.
 */
@Injectable()
export class AccessDenialService {
  private readonly logger = new Logger(AccessDenialService.name);

  constructor(@InjectRepository(AccessDenialEntity) private readonly denials: Repository<AccessDenialEntity>) {}

  async record(actor: Actor, code: ErrorCode.OutsideJurisdiction | ErrorCode.RoleNotAllowed, targetRegionCode: string | null): Promise<void> {
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
  }
}
