import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DryRunQuery } from '../cases/dry-run.middleware';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { RecordMeetingDto } from './dto/record-meeting.dto';
import type { MeetingEntity } from './meeting.entity';
import { MeetingsService, type MeetingListItem } from './meetings.service';
import { MeetingOutcome } from './meeting.view';
import { ListMeetingsQuery } from './dto/list-meetings.query';
import type { Page } from '../common/pagination';

@ApiTags('meetings')
@ApiBearerAuth()
@Roles('village', 'township', 'county')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get()
  @ApiOperation({ summary: '会议列表 (新的在前)：按区划 (含村民小组)、会议类别、日期范围筛选，返回 items、total 与 nextCursor' })
  list(@CurrentActor() actor: Actor, @Query() query: ListMeetingsQuery): Promise<Page<MeetingListItem>> {
    return this.meetings.list(actor, query);
  }

  @Post()
  @DryRunQuery()
  @Roles('village')
  @ApiOperation({ summary: '记录村民小组评议或村民代表大会民主评议，一次处理多户；任何一户不符合则全部不处理' })
  @ApiCreatedResponse({ type: MeetingOutcome, description: '各户结果；dryRun=true 时为按规则将得出的结果，不作任何记录' })
  record(@CurrentActor() actor: Actor, @Body() dto: RecordMeetingDto): Promise<MeetingOutcome> {
    return this.meetings.record(actor, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: '会议记录及各户表决结果' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<MeetingEntity> {
    return this.meetings.get(actor, id);
  }
}
