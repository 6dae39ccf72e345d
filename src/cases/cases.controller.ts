import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import type { Page } from '../common/pagination';
import { uuidParam } from '../common/param.pipes';
import type { CaseView } from './case.view';
import { CasesService, type CaseListItem, type JournalEntryView } from './cases.service';
import { CountyDecisionDto, ReviewDecisionDto, WithdrawDto } from './dto/case-commands.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { OpenCaseDto } from './dto/open-case.dto';
import { ExpectedVersion, IfMatchHeader } from './if-match';

@ApiTags('cases')
@ApiBearerAuth()
@Roles('village', 'township', 'county')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @Roles('village', 'county')
  @ApiOperation({ summary: '受理农户申请，开立案件 (冻结本县现行政策版本)' })
  open(@CurrentActor() actor: Actor, @Body() dto: OpenCaseDto): Promise<CaseView> {
    return this.cases.open(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: '案件列表 (区划、程序、阶段、待本级办理)' })
  list(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery): Promise<Page<CaseListItem>> {
    return this.cases.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '案件详情：阶段、农户概况、政策版本、未处理异议、当前可办理的操作' })
  async get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Res({ passthrough: true }) response: Response): Promise<CaseView> {
    const view = await this.cases.get(actor, id);
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Get(':id/history')
  @ApiOperation({ summary: '办理日志 (只增不改，哈希链)' })
  history(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<JournalEntryView[]> {
    return this.cases.history(actor, id);
  }

  @Post(':id/submit')
  @IfMatchHeader()
  @ApiOperation({ summary: '提交申请，进入村民小组评议' })
  submit(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.cases.command(actor, id, { type: 'SUBMIT' }, version);
  }

  @Post(':id/withdraw')
  @IfMatchHeader()
  @ApiOperation({ summary: '撤回 (识别: 农户在县级复审决定前撤回申请; 监测: 村里在民主评议前撤销)' })
  withdraw(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: WithdrawDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.cases.command(actor, id, { type: 'WITHDRAW', reason: dto.reason }, version);
  }

  @Post(':id/township-decision')
  @IfMatchHeader()
  @ApiOperation({ summary: '乡镇审核：通过、退回补正、不通过' })
  townshipDecision(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: ReviewDecisionDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.cases.command(actor, id, { type: 'TOWNSHIP_DECIDED', decision: dto.decision, reason: dto.reason }, version);
  }

  @Post(':id/county-decision')
  @IfMatchHeader()
  @ApiOperation({ summary: '县级复审 / 县级确认 / 错退审定：通过、退回乡镇、不通过' })
  countyDecision(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: CountyDecisionDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    const event = { type: 'COUNTY_DECIDED', decision: dto.decision, reason: dto.reason, ...(dto.objectType ? { objectType: dto.objectType } : {}) };
    return this.cases.command(actor, id, event, version);
  }
}
