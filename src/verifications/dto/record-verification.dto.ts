import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { EXCLUSION_CHECK_LABELS, EXCLUSION_CHECKS, type ExclusionCheck } from '../../../workflows/policy';
import type { FactSource, Visitor } from '../../../workflows/identification/identification.types';
import { LivingConditionsDto } from '../../households/dto/register-household.dto';

export class VisitorDto implements Visitor {
  @ApiProperty()
  @IsString()
  @Length(1, 50)
  name!: string;

  @ApiProperty({ enum: ['village_committee', 'work_team'], description: '村两委 或 驻村工作队' })
  @IsIn(['village_committee', 'work_team'])
  team!: 'village_committee' | 'work_team';
}

const SOURCES: FactSource[] = ['declared', 'home_visit', 'department_data'];

export class ExclusionCheckDto {
  @ApiProperty({ enum: EXCLUSION_CHECKS, description: Object.entries(EXCLUSION_CHECK_LABELS).map(([check, label]) => `${check} (${label})`).join(', ') })
  @IsIn(EXCLUSION_CHECKS)
  check!: ExclusionCheck;

  @ApiProperty({ description: '是否存在该情形' })
  @IsBoolean()
  found!: boolean;

  @ApiProperty({ enum: SOURCES, description: '信息来源: 本人申报、入户核实、部门数据' })
  @IsIn(SOURCES)
  source!: FactSource;
}

export class CrossCheckHitDto {
  @ApiProperty({ description: '比对部门及数据，如「公安车辆登记」' })
  @IsString()
  @Length(1, 100)
  source!: string;

  @ApiPropertyOptional({ enum: ['confirmed', 'cleared'], description: '入户核实结论: 属实或排除；未核实不填' })
  @IsOptional()
  @IsIn(['confirmed', 'cleared'])
  resolution?: 'confirmed' | 'cleared';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}

/** 入户核实记录. */
export class RecordVerificationDto {
  @ApiProperty({ example: '2026-03-01' })
  @IsDateString({ strict: true })
  visitedOn!: string;

  @ApiProperty({ type: () => [VisitorDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => VisitorDto)
  visitors!: VisitorDto[];

  @ApiProperty({ description: '是否全面入户核实' })
  @IsBoolean()
  fullHomeVisit!: boolean;

  @ApiProperty({ description: '核实的家庭人均纯收入 (元/年)：识别以收入为基本依据，低于当年贫困线 (等于不算低于)', example: 3200 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100_000_000)
  incomeFound!: number;

  @ApiProperty({ description: '收入所属年度 (不晚于核实日期所在年度)', example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  incomeYear!: number;

  @ApiProperty({ type: () => LivingConditionsDto, description: '两不愁三保障及饮水安全，逐项填写' })
  @IsDefined()
  @ValidateNested()
  @Type(() => LivingConditionsDto)
  livingConditions!: LivingConditionsDto;

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
