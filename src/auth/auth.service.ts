import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiProperty } from '@nestjs/swagger';
import { accountView, AccountView } from '../accounts/account.view';
import { AccountsService } from '../accounts/accounts.service';
import { ActiveAccountsService } from '../accounts/active-accounts.service';
import { DomainError, ErrorCode } from '../common/domain-error';
import { Settings } from '../config/settings';
import { hashPassword, passwordMatches } from './password';
import type { TokenClaims } from './staff-auth.guard';

export class LoginResult {
  @ApiProperty({ description: '访问令牌，以 Authorization: Bearer 传回' }) accessToken!: string;
  @ApiProperty({ description: '令牌有效秒数' }) expiresIn!: number;
  @ApiProperty({ type: AccountView }) account!: AccountView;
}

@Injectable()
export class AuthService {
  /** Verified against when the user name is unknown, so both failures take as long. */
  private readonly decoyHash = hashPassword('decoy password that never matches');

  constructor(
    private readonly accounts: AccountsService,
    private readonly active: ActiveAccountsService,
    private readonly jwt: JwtService,
    private readonly settings: Settings,
  ) {}

  async login(username: string, password: string): Promise<LoginResult> {
    const account = await this.accounts.findForLogin(username);
    const matches = await passwordMatches(account?.passwordHash ?? (await this.decoyHash), password);
    if (!account || !matches) throw new DomainError(ErrorCode.InvalidCredentials, '用户名或密码错误');
    if (account.disabled) throw new DomainError(ErrorCode.InvalidCredentials, '账号已停用，请联系管理员');
    const claims: TokenClaims = { sub: account.id, tv: account.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.settings.jwtTtlSeconds });
    const active = await this.active.fresh(account.id);
    return { accessToken, expiresIn: this.settings.jwtTtlSeconds, account: accountView(active ?? account) };
  }
}
