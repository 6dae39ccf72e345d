import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { LivingConditionsDto } from '../../households/dto/register-household.dto';
import { PROCEDURE_NAMES } from '../procedures';

export class CadreRelativeDto {
  @ApiProperty({ description: '相关村干部或经办人员姓名' })
  @IsString()
  @Length(1, 50)
  cadreName!: string;

  @ApiProperty({ description: '亲属关系', example: '兄弟' })
  @IsString()
  @Length(1, 50)
  relation!: string;
}

/** 申请书: what the household states when it applies. */
export class ApplicationDto {
  @ApiProperty({ description: '申请理由' })
  @IsString()
  @Length(1, 2000)
  reasons!: string;

  @ApiPropertyOptional({ description: '自报人均纯收入 (元/年)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100_000_000)
  selfReportedIncome?: number;

  @ApiPropertyOptional({ type: () => LivingConditionsDto, description: '自报两不愁三保障情况' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LivingConditionsDto)
  livingConditions?: LivingConditionsDto;

  @ApiProperty({ description: '已签署信息比对授权 (承诺授权)' })
  @IsBoolean()
  crossCheckConsent!: boolean;

  @ApiPropertyOptional({ type: () => CadreRelativeDto, description: '申请人为村干部或经办人员近亲属时填写' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CadreRelativeDto)
  cadreRelative?: CadreRelativeDto;
}

export class OpenCaseDto {
  @ApiProperty()
  @IsUUID()
  householdId!: string;

  @ApiProperty({ enum: PROCEDURE_NAMES, example: 'identification' })
  @IsIn(PROCEDURE_NAMES)
  procedure!: string;

  @ApiProperty({ type: () => ApplicationDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicationDto)
  application!: ApplicationDto;
}
