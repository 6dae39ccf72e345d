import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MEETING_KINDS, type MeetingKind } from '../meeting.entity';

/** The meeting's outcome for one case. */
export class MeetingVoteDto {
  @ApiProperty()
  @IsUUID()
  caseId!: string;

  @ApiPropertyOptional({ description: '村民小组评议: 是否推荐' })
  @IsOptional()
  @IsBoolean()
  recommended?: boolean;

  @ApiPropertyOptional({ description: '不推荐的理由' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;

  @ApiPropertyOptional({ description: '村民代表大会: 赞成票' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  inFavour?: number;

  @ApiPropertyOptional({ description: '反对票' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  against?: number;

  @ApiPropertyOptional({ description: '弃权票' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  abstaining?: number;

  @ApiPropertyOptional({ description: '已在会上说明申请人与村干部或经办人员的亲属关系' })
  @IsOptional()
  @IsBoolean()
  cadreRelationDeclared?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class RecordMeetingDto {
  @ApiProperty({ enum: MEETING_KINDS, description: 'group_review 村民小组评议; representatives 村民代表大会民主评议' })
  @IsIn(MEETING_KINDS)
  kind!: MeetingKind;

  @ApiProperty()
  @IsUUID()
  villageId!: string;

  @ApiPropertyOptional({ description: '村民小组评议必填: 开会的村民小组；所列案件的农户须属于该小组。村民代表大会不填' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsDateString({ strict: true })
  heldOn!: string;

  @ApiProperty({ example: '村委会会议室' })
  @IsString()
  @Length(1, 200)
  place!: string;

  @ApiPropertyOptional({ description: '在任村民代表人数 (村民代表大会必填)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  inOffice?: number;

  @ApiProperty({ description: '到会人数' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  present!: number;

  @ApiPropertyOptional({ type: [String], description: '到会人员名单 (村民小组评议必填)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  attendees?: string[];

  @ApiProperty({ description: '会议记录' })
  @IsString()
  @Length(1, 20_000)
  minutes!: string;

  @ApiProperty({ type: () => [MeetingVoteDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => MeetingVoteDto)
  votes!: MeetingVoteDto[];
}
