import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { RecordMeetingDto } from './dto/record-meeting.dto';
import type { MeetingEntity } from './meeting.entity';
import { MeetingsService, type MeetingOutcome } from './meetings.service';

@ApiTags('meetings')
@ApiBearerAuth()
@Roles('village', 'township', 'county')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post()
  @Roles('village')
  @ApiOperation({ summary: '记录村民小组评议或村民代表大会民主评议，一次处理多户；任何一户不符合则全部不处理' })
  record(@CurrentActor() actor: Actor, @Body() dto: RecordMeetingDto): Promise<MeetingOutcome> {
    return this.meetings.record(actor, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: '会议记录及各户表决结果' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<MeetingEntity> {
    return this.meetings.get(actor, id);
  }
}
