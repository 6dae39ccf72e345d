import { ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { BooleanQuery } from '../../common/boolean-query';
import { RegionPageQuery } from '../../common/pagination';
import { PROCEDURE_NAMES } from '../procedures';
import { LEAD_CHANNELS, type LeadChannel } from '../../../workflows/risk-lead/risk-lead.types';

/** Which cases: the filters of the case list and of its counts per stage. */
export class CaseFilters extends OmitType(RegionPageQuery, ['limit', 'cursor'] as const) {
  @ApiPropertyOptional({ enum: PROCEDURE_NAMES })
  @IsOptional()
  @IsIn(PROCEDURE_NAMES)
  procedure?: string;

  @ApiPropertyOptional({ description: '阶段代码，如 township_review' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  stage?: string;

  @ApiPropertyOptional({ description: '某一户的案件' })
  @IsOptional()
  @IsUUID()
  householdId?: string;

  @ApiPropertyOptional({ description: '案件编号 (不区分大小写)，如 SB-2026-000017', example: 'SB-2026-000017' })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  caseNumber?: string;

  @ApiPropertyOptional({ description: '户主姓名包含' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  headName?: string;

  @ApiPropertyOptional({ description: 'true: 只列出已办结的；false: 只列出办理中的' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  final?: boolean;

  @ApiPropertyOptional({ description: '只列出超过时限的案件' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: LEAD_CHANNELS, description: '风险线索: 只列出该渠道的线索' })
  @IsOptional()
  @IsIn(LEAD_CHANNELS)
  channel?: LeadChannel;

  @ApiPropertyOptional({ description: '只列出等待本账号所在级别办理的案件 (案件的 awaitingRole 为本账号的角色)' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  waitingOnMe?: boolean;
}

export class ListCasesQuery extends IntersectionType(CaseFilters, RegionPageQuery) {
  @ApiPropertyOptional({ enum: ['region', 'waiting'], default: 'region', description: 'region: 按村排列；waiting: 最近一次变动最早的在前 (待办：搁置最久的在前)' })
  @IsOptional()
  @IsIn(['region', 'waiting'])
  sort?: 'region' | 'waiting';
}

export class StageCountsQuery extends CaseFilters {
  @ApiPropertyOptional({ description: 'true: 按村分别计数 (乡镇、县查看各村进度)' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  perVillage?: boolean;
}
