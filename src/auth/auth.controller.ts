import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsService } from '../accounts/accounts.service';
import { AccountView } from '../accounts/account.view';
import type { Actor } from '../common/actor';
import { AuthService, LoginResult } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { LoginDto } from './dto/login.dto';
import { Public } from './public.decorator';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  // Password guessing: ten tries a minute per client.
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @ApiOperation({ summary: '工作人员登录，返回访问令牌 (Bearer)' })
  @ApiOkResponse({ type: LoginResult })
  login(@Body() dto: LoginDto): Promise<LoginResult> {
    return this.auth.login(dto.username, dto.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前登录的账号' })
  @ApiOkResponse({ type: AccountView })
  me(@CurrentActor() actor: Actor): Promise<AccountView> {
    return this.accounts.get(actor.accountId);
  }
}
