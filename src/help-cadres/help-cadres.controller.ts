import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { CreateHelpCadreDto, ListVisitsDueQuery, PairCadreDto, RecordCadreVisitDto } from './dto/help-cadre.dto';
import { HelpCadreList, HelpCadreView, HouseholdHelpView, VisitDueList } from './help-cadre.view';
import { HelpCadresService } from './help-cadres.service';

@ApiTags('help-cadres')
@ApiBearerAuth()
@Controller()
export class HelpCadresController {
  constructor(private readonly help: HelpCadresService) {}

  @Post('help-cadres')
  @Roles('county')
  @ApiOperation({ summary: '登记帮扶责任人：姓名、帮扶单位、电话，可关联工作人员账号' })
  @ApiCreatedResponse({ type: HelpCadreView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateHelpCadreDto): Promise<HelpCadreView> {
    return this.help.createCadre(actor, dto);
  }

  @Get('help-cadres')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '本县的帮扶责任人及现结对农户数' })
  @ApiOkResponse({ type: HelpCadreList })
  async list(@CurrentActor() actor: Actor): Promise<HelpCadreList> {
    return { items: await this.help.cadres(actor) };
  }

  @Get('households/:id/help')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '该户的结对帮扶：现帮扶责任人、结对记录、走访记录、下次走访应在何日前' })
  @ApiOkResponse({ type: HouseholdHelpView })
  householdHelp(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<HouseholdHelpView> {
    return this.help.help(actor, id);
  }

  @Post('households/:id/pairing')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '结对或调整结对：原结对当日结束 (须写明理由)，结对记录保留' })
  @ApiCreatedResponse({ type: HouseholdHelpView })
  pair(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: PairCadreDto): Promise<HouseholdHelpView> {
    return this.help.pair(actor, id, dto);
  }

  @Post('households/:id/help-visits')
  @Roles('village')
  @ApiOperation({ summary: '登记帮扶走访 (村级账号代登记，或帮扶责任人本人的账号)：日期、了解的情况、商议的措施' })
  @ApiCreatedResponse({ type: HouseholdHelpView })
  visit(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: RecordCadreVisitDto): Promise<HouseholdHelpView> {
    return this.help.recordVisit(actor, id, dto);
  }

  @Get('help-visits/due')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '7 天内到期或已逾期的帮扶走访 (按本县政策的走访间隔)，最早到期的在前；state=overdue 只列出逾期的' })
  @ApiOkResponse({ type: VisitDueList })
  async due(@CurrentActor() actor: Actor, @Query() query: ListVisitsDueQuery): Promise<VisitDueList> {
    return { items: await this.help.visitsDue(actor, query) };
  }
}
