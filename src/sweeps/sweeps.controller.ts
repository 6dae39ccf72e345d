import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { ApiPage, type Page } from '../common/pagination';
import { uuidParam } from '../common/param.pipes';
import { AssignVisitorDto, LaunchSweepDto, ListSweepHouseholdsQuery, SweepVisitDto } from './dto/sweep.dto';
import { AssignmentResult, SweepCoverageView, SweepHouseholdView, SweepList, SweepView, VisitorChoiceList } from './sweep.view';
import { SweepsService } from './sweeps.service';

@ApiTags('sweeps')
@ApiBearerAuth()
@Controller('sweeps')
export class SweepsController {
  constructor(private readonly sweeps: SweepsService) {}

  @Post()
  @Roles('county')
  @ApiOperation({ summary: '发起集中排查：所选各村的全部农户逐户走访 (期间不超过一年)' })
  @ApiCreatedResponse({ type: SweepView })
  launch(@CurrentActor() actor: Actor, @Body() dto: LaunchSweepDto): Promise<SweepView> {
    return this.sweeps.launch(actor, dto);
  }

  @Get()
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '本县的集中排查 (新的在前)，各项计数只含本辖区农户' })
  @ApiOkResponse({ type: SweepList })
  async list(@CurrentActor() actor: Actor): Promise<SweepList> {
    return { items: await this.sweeps.list(actor) };
  }

  @Get(':id')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '排查覆盖情况：本辖区各村、各走访人的应走访、已分配、已走访、发现风险' })
  @ApiOkResponse({ type: SweepCoverageView })
  coverage(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<SweepCoverageView> {
    return this.sweeps.coverage(actor, id);
  }

  @Get(':id/households')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '排查的农户 (按村)：走访人、走访日期、是否发现风险；mine=true 只列本账号负责的' })
  @ApiPage(SweepHouseholdView)
  households(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Query() query: ListSweepHouseholdsQuery): Promise<Page<SweepHouseholdView>> {
    return this.sweeps.households(actor, id, query);
  }

  @Get(':id/visitors')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '可分配的走访人：排查各村 (本辖区内) 在用的村级账号' })
  @ApiOkResponse({ type: VisitorChoiceList })
  async visitors(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<VisitorChoiceList> {
    return { items: await this.sweeps.visitors(actor, id) };
  }

  @Post(':id/assignments')
  @HttpCode(200)
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '分配走访人：所列农户，或一个村尚未走访的全部农户；走访人须为该村的村级账号' })
  @ApiOkResponse({ type: AssignmentResult })
  assign(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: AssignVisitorDto): Promise<AssignmentResult> {
    return this.sweeps.assign(actor, id, dto);
  }

  @Post(':id/households/:householdId/visit')
  @Roles('village')
  @ApiOperation({ summary: '登记走访 (每户一次，由分配的走访人)：收入变化、两不愁三保障、遇到的困难；据此发现风险的，同时生成风险线索 (已有在办线索的并入)' })
  @ApiCreatedResponse({ type: SweepHouseholdView })
  visit(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Param('householdId', uuidParam('householdId')) householdId: string, @Body() dto: SweepVisitDto): Promise<SweepHouseholdView> {
    return this.sweeps.visit(actor, id, householdId, dto);
  }
}
