import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { ApiPage, type Page } from '../common/pagination';
import { uuidParam } from '../common/param.pipes';
import { ListFollowUpsQuery, RecordFollowUpDto } from './dto/follow-up.dto';
import { FollowUpsService } from './follow-ups.service';
import { FollowUpView } from './follow-up.view';

@ApiTags('follow-ups')
@ApiBearerAuth()
@Controller('follow-up-visits')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get()
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '脱贫户回头看任务 (due=true: 已到期未回访)' })
  @ApiPage(FollowUpView)
  list(@CurrentActor() actor: Actor, @Query() query: ListFollowUpsQuery): Promise<Page<FollowUpView>> {
    return this.followUps.list(actor, query);
  }

  @Post(':id')
  @Roles('village')
  @ApiOperation({ summary: '登记回访结果；发现返贫风险时自动启动防返贫监测' })
  @ApiCreatedResponse({ type: FollowUpView })
  record(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: RecordFollowUpDto): Promise<FollowUpView> {
    return this.followUps.record(actor, id, dto);
  }
}
