import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  POVERTY_ATTRIBUTE,
  POVERTY_CAUSE,
  describeValues,
  type PovertyAttribute,
  type PovertyCause,
} from '../household.enums';
import { MemberDto } from './member.dto';

/** 两不愁三保障 and safe water: true secured, false not, absent unknown. */
export class LivingConditionsDto {
  @ApiPropertyOptional({ description: '不愁吃' })
  @IsOptional()
  @IsBoolean()
  food?: boolean;

  @ApiPropertyOptional({ description: '不愁穿' })
  @IsOptional()
  @IsBoolean()
  clothing?: boolean;

  @ApiPropertyOptional({ description: '义务教育有保障' })
  @IsOptional()
  @IsBoolean()
  education?: boolean;

  @ApiPropertyOptional({ description: '基本医疗有保障' })
  @IsOptional()
  @IsBoolean()
  medical?: boolean;

  @ApiPropertyOptional({ description: '住房安全有保障' })
  @IsOptional()
  @IsBoolean()
  housing?: boolean;

  @ApiPropertyOptional({ description: '饮水安全有保障' })
  @IsOptional()
  @IsBoolean()
  drinkingWater?: boolean;
}

export class RegisterHouseholdDto {
  @ApiProperty({ description: '所在村民小组' })
  @IsUUID()
  groupId!: string;

  @ApiProperty({ type: () => [MemberDto], description: '家庭成员，其中恰好一人为户主 (relation = head)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MemberDto)
  members!: MemberDto[];

  @ApiPropertyOptional({ enum: POVERTY_ATTRIBUTE.values, description: describeValues(POVERTY_ATTRIBUTE) })
  @IsOptional()
  @IsIn(POVERTY_ATTRIBUTE.values)
  povertyAttribute?: PovertyAttribute;

  @ApiPropertyOptional({ enum: POVERTY_CAUSE.values, description: `主要致贫原因: ${describeValues(POVERTY_CAUSE)}` })
  @IsOptional()
  @IsIn(POVERTY_CAUSE.values)
  mainCause?: PovertyCause;

  @ApiPropertyOptional({ description: '人均纯收入 (元/年)', example: 3600 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000_000)
  perCapitaIncome?: number;

  @ApiPropertyOptional({ type: () => LivingConditionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LivingConditionsDto)
  livingConditions?: LivingConditionsDto;
}

/** Household facts; members change through their own endpoints. */
export class UpdateHouseholdDto extends PartialType(OmitType(RegisterHouseholdDto, ['members'] as const)) {}
