import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import type { AssistanceMeasureEntity } from './assistance-measure.entity';
import { CreateMeasureDto, IncomeCheckDto, UpdateMeasureDto } from './dto/monitoring.dto';
import { HouseholdPlanService } from './household-plan.service';
import { HouseholdPlan, MeasureView } from './household-plan.view';

/** 防返贫监测: the household plan (一户一策); the case's home check and cross-check are verifications. */
@ApiTags('monitoring')
@ApiBearerAuth()
@Controller()
export class MonitoringController {
  constructor(private readonly plans: HouseholdPlanService) {}

  @Get('households/:id/plan')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '一户一策：帮扶措施及收入核查记录' })
  @ApiOkResponse({ type: HouseholdPlan })
  plan(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<HouseholdPlan> {
    return this.plans.plan(actor, id);
  }

  @Post('households/:id/measures')
  @Roles('village')
  @ApiOperation({ summary: '为监测对象制定帮扶措施' })
  @ApiCreatedResponse({ type: MeasureView })
  addMeasure(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: CreateMeasureDto): Promise<AssistanceMeasureEntity> {
    return this.plans.addMeasure(actor, id, dto);
  }

  @Patch('measures/:id')
  @Roles('village')
  @ApiOperation({ summary: '更新帮扶措施进度 (已落实须填日期)' })
  @ApiOkResponse({ type: MeasureView })
  updateMeasure(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: UpdateMeasureDto): Promise<AssistanceMeasureEntity> {
    return this.plans.updateMeasure(actor, id, dto);
  }

  @Post('households/:id/income-checks')
  @Roles('village')
  @ApiOperation({ summary: '监测回访：登记家庭人均纯收入' })
  @ApiCreatedResponse({ type: HouseholdPlan })
  addIncomeCheck(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: IncomeCheckDto): Promise<HouseholdPlan> {
    return this.plans.addIncomeCheck(actor, id, dto);
  }
}
