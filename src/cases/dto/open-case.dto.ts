import { MONITORING_SOURCES, type MonitoringSource } from '../../../workflows/monitoring/monitoring.types';
import { LEAD_CHANNEL_LABELS, LEAD_CHANNELS, RISK_TYPE_LABELS, RISK_TYPES, type LeadChannel, type RiskType } from '../../../workflows/risk-lead/risk-lead.types';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LivingConditionsDto } from '../../households/dto/register-household.dto';
import { PHONE_NUMBER, PHONE_NUMBER_REASON } from '../../households/phone-number';
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

/** Who reported a risk lead (a resident, a cadre, a department's clerk). */
export class ReporterDto {
  @ApiProperty({ description: '反映人姓名' })
  @IsString()
  @Length(1, 50)
  name!: string;

  @ApiPropertyOptional({ description: '反映人联系电话 (处理结果告知)' })
  @IsOptional()
  @Matches(PHONE_NUMBER, { message: PHONE_NUMBER_REASON })
  phone?: string;
}

/** 申请书 (or, for exit and monitoring, the proposal; for a risk lead, what was reported): what the case is opened with. */
export class ApplicationDto {
  @ApiProperty({ description: '申请理由 (退出、监测: 提出理由；风险线索: 反映的情况)' })
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

  @ApiPropertyOptional({ enum: LEAD_CHANNELS, description: `风险线索必填: 线索渠道 ${LEAD_CHANNELS.map((channel) => `${channel} (${LEAD_CHANNEL_LABELS[channel]})`).join(', ')}` })
  @IsOptional()
  @IsIn(LEAD_CHANNELS)
  channel?: LeadChannel;

  @ApiPropertyOptional({ enum: RISK_TYPES, description: `风险线索必填: 风险类型 ${RISK_TYPES.map((type) => `${type} (${RISK_TYPE_LABELS[type]})`).join(', ')}` })
  @IsOptional()
  @IsIn(RISK_TYPES)
  riskType?: RiskType;

  @ApiPropertyOptional({ type: () => ReporterDto, description: '风险线索: 反映人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReporterDto)
  reporter?: ReporterDto;

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
