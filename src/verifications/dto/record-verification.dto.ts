import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
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

  @ApiPropertyOptional({ description: '核实的人均纯收入 (元/年)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100_000_000)
  incomeFound?: number;

  @ApiPropertyOptional({ type: () => LivingConditionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LivingConditionsDto)
  livingConditions?: LivingConditionsDto;

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

  @ApiProperty({ description: '是否符合识别条件' })
  @IsBoolean()
  eligible!: boolean;

  @ApiPropertyOptional({ description: '不符合条件时的理由' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}
