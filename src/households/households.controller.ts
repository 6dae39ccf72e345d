import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../common/param.pipes';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { ApiPage, type Page } from '../common/pagination';
import { ChangeHeadDto } from './dto/change-head.dto';
import { ListHouseholdsQuery } from './dto/list-households.query';
import { MemberDto, UpdateMemberDto } from './dto/member.dto';
import { RegisterHouseholdDto, UpdateHouseholdDto } from './dto/register-household.dto';
import { HouseholdChangeView, HouseholdListItem, HouseholdView } from './household.view';
import { HouseholdsService } from './households.service';

/** The registry is kept by the offices of the county, townships and villages, each in its own area. */
@ApiTags('households')
@ApiBearerAuth()
@Roles('county', 'township', 'village')
@Controller('households')
export class HouseholdsController {
  constructor(private readonly households: HouseholdsService) {}

  @Post()
  @ApiOperation({ summary: '登记农户及家庭成员' })
  @ApiCreatedResponse({ type: HouseholdView })
  register(@CurrentActor() actor: Actor, @Body() dto: RegisterHouseholdDto): Promise<HouseholdView> {
    return this.households.register(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: '农户列表 (筛选，按游标分页)' })
  @ApiPage(HouseholdListItem)
  list(@CurrentActor() actor: Actor, @Query() query: ListHouseholdsQuery): Promise<Page<HouseholdListItem>> {
    return this.households.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '农户详情 (含家庭成员)' })
  @ApiOkResponse({ type: HouseholdView })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<HouseholdView> {
    return this.households.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改农户信息 (收入、两不愁三保障、属性、所在村民小组)' })
  @ApiOkResponse({ type: HouseholdView })
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: UpdateHouseholdDto): Promise<HouseholdView> {
    return this.households.update(actor, id, dto);
  }

  @Get(':id/history')
  @ApiOperation({ summary: '农户信息变更记录' })
  @ApiOkResponse({ type: [HouseholdChangeView] })
  history(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<HouseholdChangeView[]> {
    return this.households.history(actor, id);
  }

  @Post(':id/members')
  @ApiOperation({ summary: '添加家庭成员' })
  @ApiCreatedResponse({ type: HouseholdView })
  addMember(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: MemberDto): Promise<HouseholdView> {
    return this.households.addMember(actor, id, dto);
  }

  @Patch(':id/members/:memberId')
  @ApiOperation({ summary: '修改家庭成员' })
  @ApiOkResponse({ type: HouseholdView })
  updateMember(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Param('memberId', uuidParam('memberId')) memberId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<HouseholdView> {
    return this.households.updateMember(actor, id, memberId, dto);
  }

  @Delete(':id/members/:memberId')
  @ApiOperation({ summary: '移除家庭成员 (户主除外)' })
  @ApiOkResponse({ type: HouseholdView })
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Param('memberId', uuidParam('memberId')) memberId: string,
  ): Promise<HouseholdView> {
    return this.households.removeMember(actor, id, memberId);
  }

  @Post(':id/head')
  @ApiOperation({ summary: '更换户主' })
  @ApiCreatedResponse({ type: HouseholdView })
  changeHead(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: ChangeHeadDto): Promise<HouseholdView> {
    return this.households.changeHead(actor, id, dto);
  }
}
