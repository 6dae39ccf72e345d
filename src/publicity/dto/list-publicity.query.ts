import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PROCEDURE_NAMES } from '../../cases/procedures';
import { RegionPageQuery } from '../../common/pagination';
import { OBJECTION_KINDS, OBJECTION_STATUSES, type ObjectionKind, type ObjectionStatus } from '../objection.entity';

export const NOTICE_STATES = ['open', 'ended', 'cancelled'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

export class ListNoticesQuery extends RegionPageQuery {
  @ApiPropertyOptional({ enum: PROCEDURE_NAMES })
  @IsOptional()
  @IsIn(PROCEDURE_NAMES)
  procedure?: string;

  @ApiPropertyOptional({ description: '公示阶段代码，如 village_publicity' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  stage?: string;

  @ApiPropertyOptional({ enum: NOTICE_STATES, description: 'open 公示中; ended 已期满; cancelled 已撤销' })
  @IsOptional()
  @IsIn(NOTICE_STATES)
  state?: NoticeState;

  @ApiPropertyOptional({ description: '公示期在该日之前结束 (该日 0 时前，北京时间)', example: '2026-12-10' })
  @IsOptional()
  @IsDateString({ strict: true })
  endsBefore?: string;
}

export class ListObjectionsQuery extends RegionPageQuery {
  @ApiPropertyOptional({ enum: OBJECTION_STATUSES, description: 'open 待处理; upheld 成立; dismissed 不成立; cancelled 因案件退出公示而撤销' })
  @IsOptional()
  @IsIn(OBJECTION_STATUSES)
  status?: ObjectionStatus;

  @ApiPropertyOptional({ enum: OBJECTION_KINDS, description: 'objection 异议; appeal 复核申请' })
  @IsOptional()
  @IsIn(OBJECTION_KINDS)
  kind?: ObjectionKind;

  @ApiPropertyOptional({ description: '某次公示' })
  @IsOptional()
  @IsUUID()
  noticeId?: string;

  @ApiPropertyOptional({ description: '某一案件' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}
