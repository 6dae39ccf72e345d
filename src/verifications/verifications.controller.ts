import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DryRunQuery } from '../cases/dry-run.middleware';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CaseView } from '../cases/case.view';
import { ExpectedVersion, CaseCommand } from '../cases/if-match';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { RecordVerificationDto } from './dto/record-verification.dto';
import { CrossCheckDto, ExitVerificationDto, HomeCheckDto } from './dto/visit.dto';
import { VerificationsService } from './verifications.service';

/** Home visits of every procedure (入户核实, 退出核实, 入户核查) and the department cross-checks they settle. */
@ApiTags('verifications')
@ApiBearerAuth()
@Roles('village')
@Controller('cases/:id')
export class VerificationsController {
  constructor(private readonly verifications: VerificationsService) {}

  @Post('verification')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '入户核实记录 (贫困户识别)：按收入、两不愁三保障和排除情形判定是否符合条件' })
  verify(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: RecordVerificationDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.verifications.record(actor, id, dto, version);
  }

  @Post('exit-verification')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '退出核实：收入高于当年贫困线，两不愁三保障全部达标' })
  verifyExit(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: ExitVerificationDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.verifications.recordExit(actor, id, dto, version);
  }

  @Post('home-check')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '入户核查 (纳入监测、风险消除、风险消除回退)' })
  homeCheck(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: HomeCheckDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.verifications.recordHomeCheck(actor, id, dto, version);
  }

  @Post('cross-check')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '信息比对结果 (每条线索须经入户核实确认或排除)' })
  crossCheck(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: CrossCheckDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.verifications.recordCrossCheck(actor, id, dto, version);
  }
}
