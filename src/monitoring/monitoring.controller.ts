import { Body, Controller, Get, Headers, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CaseView } from '../cases/case.view';
import { CasesService } from '../cases/cases.service';
import { expectedVersion, IF_MATCH } from '../cases/if-match';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { CrossCheckDto, HomeCheckDto } from '../verifications/dto/visit.dto';
import { VerificationsService } from '../verifications/verifications.service';
import type { AssistanceMeasureEntity } from './assistance-measure.entity';
import { CreateMeasureDto, IncomeCheckDto, UpdateMeasureDto } from './dto/monitoring.dto';
import { HouseholdPlanService, type HouseholdPlan } from './household-plan.service';

/** 防返贫监测: the monitoring case's own steps, and the household plan (一户一策). */
@ApiTags('monitoring')
@ApiBearerAuth()
@Controller()
export class MonitoringController {
  constructor(
    private readonly cases: CasesService,
    private readonly verifications: VerificationsService,
    private readonly plans: HouseholdPlanService,
  ) {}

  @Post('cases/:id/home-check')
  @Roles('village')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: '入户核查 (纳入监测、风险消除、风险消除回退)' })
  homeCheck(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: HomeCheckDto, @Headers('if-match') ifMatch?: string): Promise<CaseView> {
    return this.verifications.recordHomeCheck(actor, id, dto, expectedVersion(ifMatch));
  }

  @Post('cases/:id/cross-check')
  @Roles('village')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: '信息比对结果 (每条线索须经入户核实确认或排除)' })
  crossCheck(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: CrossCheckDto, @Headers('if-match') ifMatch?: string): Promise<CaseView> {
    const hits = dto.hits.map((hit) => ({ source: hit.source, resolution: hit.resolution ?? null }));
    return this.cases.command(actor, id, { type: 'CROSS_CHECK_RECORDED', hits }, expectedVersion(ifMatch));
  }

  @Get('households/:id/plan')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '一户一策：帮扶措施及收入核查记录' })
  plan(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<HouseholdPlan> {
    return this.plans.plan(actor, id);
  }

  @Post('households/:id/measures')
  @Roles('village')
  @ApiOperation({ summary: '为监测对象制定帮扶措施' })
  addMeasure(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: CreateMeasureDto): Promise<AssistanceMeasureEntity> {
    return this.plans.addMeasure(actor, id, dto);
  }

  @Patch('measures/:id')
  @Roles('village')
  @ApiOperation({ summary: '更新帮扶措施进度 (已落实须填日期)' })
  updateMeasure(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: UpdateMeasureDto): Promise<AssistanceMeasureEntity> {
    return this.plans.updateMeasure(actor, id, dto);
  }

  @Post('households/:id/income-checks')
  @Roles('village')
  @ApiOperation({ summary: '监测回访：登记家庭人均纯收入' })
  addIncomeCheck(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: IncomeCheckDto): Promise<HouseholdPlan> {
    return this.plans.addIncomeCheck(actor, id, dto);
  }
}
