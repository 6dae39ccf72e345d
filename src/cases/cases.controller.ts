import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DryRunQuery } from './dry-run.middleware';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { ApiPage, type Page } from '../common/pagination';
import { uuidParam } from '../common/param.pipes';
import { CasesService } from './cases.service';
import { BatchOutcome, CaseListItem, CaseStageCount, CaseView, JournalEntryView } from './case.view';
import { CountyDecisionDto, CountyDecisionsDto, ReviewDecisionDto, TownshipDecisionsDto, WithdrawDto } from './dto/case-commands.dto';
import { ListCasesQuery, StageCountsQuery } from './dto/list-cases.query';
import { OpenCaseDto } from './dto/open-case.dto';
import { ExpectedVersion, CaseCommand } from './if-match';

@ApiTags('cases')
@ApiBearerAuth()
@Roles('village', 'township', 'county')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @DryRunQuery()
  @Roles('village', 'county')
  @ApiOperation({ summary: '受理农户申请，开立案件 (冻结本县现行政策版本)' })
  @ApiCreatedResponse({ type: CaseView })
  open(@CurrentActor() actor: Actor, @Body() dto: OpenCaseDto): Promise<CaseView> {
    return this.cases.open(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: '案件列表 (区划、程序、阶段、待本级办理)' })
  @ApiPage(CaseListItem)
  list(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery): Promise<Page<CaseListItem>> {
    return this.cases.list(actor, query);
  }

  @Get('stage-counts')
  @ApiOperation({ summary: '各阶段案件数 (与案件列表同样的筛选)，含其中逾期的' })
  @ApiOkResponse({ type: [CaseStageCount] })
  stageCounts(@CurrentActor() actor: Actor, @Query() query: StageCountsQuery): Promise<CaseStageCount[]> {
    return this.cases.stageCounts(actor, query);
  }

  @Post('township-decisions')
  @DryRunQuery()
  @HttpCode(200)
  @Roles('township')
  @ApiOperation({ summary: '乡镇审核一批案件 (如一次通过一个村的名单、退回其中一户)：逐项办理，各自成功或返回该项的错误及序号 (items[i])，互不影响' })
  @ApiOkResponse({ type: BatchOutcome })
  townshipDecisions(@CurrentActor() actor: Actor, @Body() dto: TownshipDecisionsDto): Promise<BatchOutcome> {
    return this.cases.decideMany(actor, 'TOWNSHIP_DECIDED', dto.items);
  }

  @Post('county-decisions')
  @DryRunQuery()
  @HttpCode(200)
  @Roles('county')
  @ApiOperation({ summary: '县级复审 / 确认一批案件：逐项办理，各自成功或返回该项的错误及序号 (items[i])，互不影响' })
  @ApiOkResponse({ type: BatchOutcome })
  countyDecisions(@CurrentActor() actor: Actor, @Body() dto: CountyDecisionsDto): Promise<BatchOutcome> {
    return this.cases.decideMany(actor, 'COUNTY_DECIDED', dto.items);
  }

  @Get(':id')
  @ApiOperation({ summary: '案件详情：阶段、农户概况、政策版本、未处理异议、当前可办理的操作；ETag 为案件版本' })
  @ApiOkResponse({ type: CaseView })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<CaseView> {
    return this.cases.get(actor, id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: '办理日志 (只增不改，哈希链)' })
  @ApiOkResponse({ type: [JournalEntryView] })
  history(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<JournalEntryView[]> {
    return this.cases.history(actor, id);
  }

  @Post(':id/submit')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '提交申请，进入村民小组评议' })
  submit(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.cases.command(actor, id, { type: 'SUBMIT' }, version);
  }

  @Post(':id/withdraw')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '撤回 (识别: 农户在县级复审决定前撤回申请; 监测: 村里在民主评议前撤销)' })
  withdraw(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: WithdrawDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.cases.command(actor, id, { type: 'WITHDRAW', reason: dto.reason }, version);
  }

  @Post(':id/township-decision')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '乡镇审核：通过、退回补正、不通过' })
  townshipDecision(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: ReviewDecisionDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.cases.command(actor, id, { type: 'TOWNSHIP_DECIDED', decision: dto.decision, reason: dto.reason }, version);
  }

  @Post(':id/county-decision')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '县级复审 / 县级确认 / 错退审定：通过、退回乡镇、不通过' })
  countyDecision(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: CountyDecisionDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    const event = { type: 'COUNTY_DECIDED', decision: dto.decision, reason: dto.reason, ...(dto.objectType ? { objectType: dto.objectType } : {}) };
    return this.cases.command(actor, id, event, version);
  }
}
