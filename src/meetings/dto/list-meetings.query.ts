import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { MEETING_KINDS, type MeetingKind } from '../meeting.entity';

export class ListMeetingsQuery extends PageQuery {
  @ApiPropertyOptional({ description: '区划 (县、乡镇、村或村民小组)，默认为本账号的管辖区划' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ enum: MEETING_KINDS, description: 'group_review 村民小组评议; representatives 村民代表大会民主评议' })
  @IsOptional()
  @IsIn(MEETING_KINDS)
  kind?: MeetingKind;

  @ApiPropertyOptional({ description: '会议日期不早于', format: 'date', example: '2026-01-01' })
  @IsOptional()
  @IsDateString({ strict: true })
  heldFrom?: string;

  @ApiPropertyOptional({ description: '会议日期不晚于', example: '2026-12-31' })
  @IsOptional()
  @IsDateString({ strict: true })
  heldTo?: string;
}
