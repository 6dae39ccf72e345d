import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { LRUCache } from 'lru-cache';
import { ActiveAccountsService } from '../accounts/active-accounts.service';
import type { StaffRole } from '../accounts/staff-role';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import { DomainError, ErrorCode } from '../common/domain-error';
import { jurisdictionPrefix } from '../regions/region-code.util';
import type { RequestWithActor } from './current-actor.decorator';
import { ALLOWED_ROLES } from './roles.decorator';
import { IS_PUBLIC } from './public.decorator';

export interface TokenClaims {
  sub: string;
  /** The account's token version when the token was issued. */
  tv: number;
}

const UNAUTHENTICATED = () => new DomainError(ErrorCode.Unauthenticated, '登录已失效或未登录，请重新登录');

/** Tokens whose signature has been checked, by their exact text (a changed token is another key). */
const VERIFIED_TOKENS = 10_000;

/**
 * Every route needs a valid staff token unless marked @Public(). The account is checked on each
 * request (from a cache that hears of every change), so disabling, deleting or a password change
 * takes effect at once.
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  /** Checking a token's signature cost 3 % of a command's CPU (issue 18); its expiry is still read at every request. */
  private readonly verified = new LRUCache<string, TokenClaims & { exp: number }>({ max: VERIFIED_TOKENS });

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly accounts: ActiveAccountsService,
    private readonly denials: JurisdictionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & RequestWithActor & { id?: string }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw UNAUTHENTICATED();
    const claims = await this.claimsOf(token);
    const account = await this.accounts.find(claims.sub);
    if (!account || account.tokenVersion !== claims.tv) throw UNAUTHENTICATED();

    request.actor = {
      accountId: account.id,
      username: account.username,
      role: account.role,
      scopePrefix: account.region ? jurisdictionPrefix(account.region.level, account.region.code) : null,
      action: `${request.method} ${request.originalUrl.split('?')[0] ?? ''}`,
      requestId: request.id ?? '',
    };
    const allowed = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed && !allowed.includes(account.role)) {
      await this.denials.refuse(request.actor, ErrorCode.RoleNotAllowed, null);
    }
    return true;
  }

  private async claimsOf(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    if (known && known.exp * 1000 > Date.now()) return known;
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims & { exp: number }>(token);
      this.verified.set(token, claims);
      return claims;
    } catch {
      this.verified.delete(token);
      throw UNAUTHENTICATED();
    }
  }
}
