import { MONITORING_SOURCES, type MonitoringSource } from '../../../workflows/monitoring/monitoring.types';
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

/** 申请书 (or, for exit and monitoring, the proposal): what the case is opened with. */
export class ApplicationDto {
  @ApiProperty({ description: '申请理由 (退出、监测: 提出理由)' })
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

  @ApiPropertyOptional({
    description: '贫困户识别必填: 农户是否签署信息比对授权 (承诺授权)；识别申请缺少此项时返回 400，字段 application.crossCheckConsent。其他程序不填',
  })
  @IsOptional()
  @IsBoolean()
  crossCheckConsent?: boolean;

  @ApiPropertyOptional({ enum: MONITORING_SOURCES, description: '防返贫监测: 线索来源 (农户自主申报、基层干部排查、部门筛查预警、回头看)' })
  @IsOptional()
  @IsIn(MONITORING_SOURCES)
  source?: MonitoringSource;

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
