import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayUnique, IsBoolean, IsDefined, IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { EXCLUSION_CHECKS, type CountyPolicy, type ExclusionCheck } from '../../../workflows/policy';

export class PublicityDaysDto {
  @ApiProperty({ description: '村级公示天数', minimum: 5, maximum: 30 })
  @IsInt()
  @Min(5)
  @Max(30)
  village!: number;

  @ApiProperty({ description: '乡镇审核后公示天数', minimum: 5, maximum: 30 })
  @IsInt()
  @Min(5)
  @Max(30)
  township!: number;

  @ApiProperty({ description: '县级公告天数', minimum: 5, maximum: 30 })
  @IsInt()
  @Min(5)
  @Max(30)
  county!: number;
}

export class FractionDto {
  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  numerator!: number;

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  @Max(100)
  denominator!: number;
}

/** The whole policy: a new version replaces the previous one for cases started from now on. */
export class CountyPolicyDto implements CountyPolicy {
  @ApiProperty({ type: () => PublicityDaysDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PublicityDaysDto)
  publicityDays!: PublicityDaysDto;

  @ApiProperty({ enum: ['calendar', 'working'] })
  @IsIn(['calendar', 'working'])
  dayCounting!: 'calendar' | 'working';

  @ApiProperty({ type: () => FractionDto, description: '民主评议到会比例 (默认 2/3)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => FractionDto)
  quorum!: FractionDto;

  @ApiProperty({ enum: EXCLUSION_CHECKS, isArray: true })
  @IsIn(EXCLUSION_CHECKS, { each: true })
  @ArrayUnique()
  exclusionChecks!: ExclusionCheck[];

  @ApiProperty({ enum: ['reject', 'return_to_verification'] })
  @IsIn(['reject', 'return_to_verification'])
  upheldObjection!: 'reject' | 'return_to_verification';

  @ApiProperty()
  @IsBoolean()
  anonymousObjections!: boolean;

  @ApiProperty({ description: '各年度贫困线 (元/人/年)，如 {"2020": 4000}', example: { '2020': 4000 } })
  @IsObject()
  povertyLines!: Record<string, number>;
}
