import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DryRunQuery } from '../cases/dry-run.middleware';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CaseView } from '../cases/case.view';
import { CasesService } from '../cases/cases.service';
import { ExpectedVersion, CaseCommand } from '../cases/if-match';
import type { Actor } from '../common/actor';
import { uuidParam, intParam } from '../common/param.pipes';
import { AcknowledgementDto, ExitTargetsDto, RefusalDto } from './dto/exit.dto';
import { ExitTargetsService } from './exit-targets.service';
import { ExitTargetRow } from './exit-target.view';

/** 贫困户退出: the steps of an exit case that are not shared with other procedures, and the annual targets. */
@ApiTags('exit')
@ApiBearerAuth()
@Controller()
export class ExitsController {
  constructor(
    private readonly cases: CasesService,
    private readonly targets: ExitTargetsService,
  ) {}

  @Post('cases/:id/acknowledgement')
  @DryRunQuery()
  @Roles('village')
  @CaseCommand()
  @ApiOperation({ summary: '拟退出户认可 (签字)' })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: AcknowledgementDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.cases.command(actor, id, { type: 'HOUSEHOLD_ACKNOWLEDGED', signatory: dto.signatory, signedOn: dto.signedOn }, version);
  }

  @Post('cases/:id/refusal')
  @DryRunQuery()
  @Roles('village')
  @CaseCommand()
  @ApiOperation({ summary: '农户不认可退出：重新核实或终止退出' })
  refuse(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: RefusalDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.cases.command(actor, id, { type: 'HOUSEHOLD_REFUSED', reason: dto.reason, next: dto.next }, version);
  }

  @Put('exit-targets/:year')
  @Roles('county')
  @ApiOperation({ summary: '年初制定各乡镇脱贫目标' })
  @ApiOkResponse({ type: [ExitTargetRow] })
  setTargets(@CurrentActor() actor: Actor, @Param('year', intParam('year')) year: number, @Body() dto: ExitTargetsDto): Promise<ExitTargetRow[]> {
    return this.targets.set(actor, year, dto);
  }

  @Get('exit-targets/:year')
  @Roles('township', 'county')
  @ApiOperation({ summary: '脱贫目标与实际退出户数对比' })
  @ApiOkResponse({ type: [ExitTargetRow] })
  report(@CurrentActor() actor: Actor, @Param('year', intParam('year')) year: number): Promise<ExitTargetRow[]> {
    return this.targets.report(actor, year);
  }
}
