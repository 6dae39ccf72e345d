import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { EXCLUSION_CHECK_LABELS, EXCLUSION_CHECKS, type ExclusionCheck } from '../../../workflows/policy';
import { FACT_SOURCE_LABELS, type FactSource } from '../../../workflows/identification/identification.types';
import { CrossCheckHitDto, HomeVisitDto } from './visit.dto';

const SOURCES: FactSource[] = ['declared', 'home_visit', 'department_data'];

export class ExclusionCheckDto {
  @ApiProperty({ enum: EXCLUSION_CHECKS, description: Object.entries(EXCLUSION_CHECK_LABELS).map(([check, label]) => `${check} (${label})`).join(', ') })
  @IsIn(EXCLUSION_CHECKS)
  check!: ExclusionCheck;

  @ApiProperty({ description: '是否存在该情形' })
  @IsBoolean()
  found!: boolean;

  @ApiProperty({ enum: SOURCES, description: `信息来源: ${SOURCES.map((source) => `${source} (${FACT_SOURCE_LABELS[source]})`).join(', ')}` })
  @IsIn(SOURCES)
  source!: FactSource;
}

/** 入户核实记录: the facts of every home visit, and what identification checks besides. */
export class RecordVerificationDto extends HomeVisitDto {
  @ApiProperty({ description: '是否全面入户核实' })
  @IsBoolean()
  fullHomeVisit!: boolean;

  @ApiProperty({ type: () => [ExclusionCheckDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ExclusionCheckDto)
  exclusionChecks!: ExclusionCheckDto[];

  @ApiProperty({ type: () => [CrossCheckHitDto], description: '部门信息比对线索' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CrossCheckHitDto)
  crossCheckHits!: CrossCheckHitDto[];

  @ApiPropertyOptional({
    description: '核实人员的结论：由规则按收入、两不愁三保障和排除情形判定，结论只能与之一致；收入高于贫困线但在本县规定幅度内且有三保障问题时，填 true 并写明理由可认定符合',
  })
  @IsOptional()
  @IsBoolean()
  eligible?: boolean;

  @ApiPropertyOptional({ description: '说明 (按本县规定幅度例外认定时必填)' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}
