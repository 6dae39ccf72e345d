import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsDefined, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { LivingConditionsDto } from '../../households/dto/register-household.dto';
import type { Visitor } from '../../../workflows/case-types';

export class VisitorDto implements Visitor {
  @ApiProperty()
  @IsString()
  @Length(1, 50)
  name!: string;

  @ApiProperty({ enum: ['village_committee', 'work_team'], description: '村两委 或 驻村工作队' })
  @IsIn(['village_committee', 'work_team'])
  team!: 'village_committee' | 'work_team';
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

/** What every home visit records (identification and exit verification, monitoring home check, follow-up visit). */
export class HomeVisitDto {
  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsDateString({ strict: true })
  visitedOn!: string;

  @ApiProperty({ type: () => [VisitorDto], description: '至少两人，其中至少一人来自驻村工作队' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => VisitorDto)
  visitors!: VisitorDto[];

  @ApiProperty({ description: '核实的家庭人均纯收入 (元/年)', example: 3200 })
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
}

/** 退出核实. */
export class ExitVerificationDto extends HomeVisitDto {}

/** 监测入户核查 (纳入、风险消除、回退). */
export class HomeCheckDto extends HomeVisitDto {
  @ApiProperty({ description: '农户已签字的承诺授权书' })
  @IsBoolean()
  consentSigned!: boolean;

  @ApiPropertyOptional({ description: '说明 (如风险消除回退的理由)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

/** 信息比对结果: each department lead and how the home visit settled it. */
export class CrossCheckDto {
  @ApiProperty({ type: () => [CrossCheckHitDto], description: '比对线索；无线索时为空数组' })
  @IsArray()
  @ArrayMinSize(0)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CrossCheckHitDto)
  hits!: CrossCheckHitDto[];
}
