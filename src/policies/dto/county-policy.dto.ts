import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { MEASURE_TYPE_CODE, type ExtraMeasureType } from '../../../workflows/monitoring/measure-types';
import type { MicrocreditPolicy } from '../../../workflows/monitoring/microcredit';
import type { HelpVisitMonths } from '../../../workflows/monitoring/help-visits';
import { HOUSEHOLD_STATUS } from '../../households/household.enums';
import { EXCLUSION_CHECKS, type CountyPolicy, type ExclusionCheck, type TimeLimits } from '../../../workflows/policy';
import { ALERT_RULE_MODE_LABELS, ALERT_RULE_MODES, ALERT_TYPE_INFO, ALERT_TYPES, type AlertRule, type AlertRuleMode, type AlertType } from '../../../workflows/risk-lead/risk-alerts';

export class PublicityDaysDto {
  @ApiProperty({ type: 'integer', description: '村级公示天数', minimum: 5, maximum: 30 })
  @IsInt()
  @Min(5)
  @Max(30)
  village!: number;

  @ApiProperty({ type: 'integer', description: '乡镇审核后公示天数', minimum: 5, maximum: 30 })
  @IsInt()
  @Min(5)
  @Max(30)
  township!: number;

  @ApiProperty({ type: 'integer', description: '县级公告天数', minimum: 5, maximum: 30 })
  @IsInt()
  @Min(5)
  @Max(30)
  county!: number;
}

export class FractionDto {
  @ApiProperty({ type: 'integer', example: 2 })
  @IsInt()
  @Min(1)
  numerator!: number;

  @ApiProperty({ type: 'integer', example: 3 })
  @IsInt()
  @Min(1)
  @Max(100)
  denominator!: number;
}

/** Days of a stage's time limit (审核时限), 0 for none; the legal limits of the setting. */
export class IdentificationLimitsDto {
  @ApiProperty({ type: 'integer', description: '乡镇审核时限 (天，0 为不设时限)', minimum: 0, maximum: 90 })
  @IsInt()
  @Min(0)
  @Max(90)
  township_review!: number;

  @ApiProperty({ type: 'integer', description: '县级复审时限 (天，0 为不设时限)', minimum: 0, maximum: 90 })
  @IsInt()
  @Min(0)
  @Max(90)
  county_review!: number;
}

export class ExitLimitsDto {
  @ApiProperty({ type: 'integer', description: '退出乡镇审核时限 (天，0 为不设时限)', minimum: 0, maximum: 90 })
  @IsInt()
  @Min(0)
  @Max(90)
  township_review!: number;
}

export class MonitoringLimitsDto {
  @ApiProperty({ type: 'integer', description: '乡镇审核时限 (天，0 为不设时限)', minimum: 0, maximum: 90 })
  @IsInt()
  @Min(0)
  @Max(90)
  township_review!: number;

  @ApiProperty({ type: 'integer', description: '县级确认时限 (天，0 为不设时限)', minimum: 0, maximum: 90 })
  @IsInt()
  @Min(0)
  @Max(90)
  county_confirmation!: number;
}

export class TimeLimitsDto implements TimeLimits {
  @ApiProperty({ type: () => IdentificationLimitsDto, description: '贫困户识别' })
  @IsDefined()
  @ValidateNested()
  @Type(() => IdentificationLimitsDto)
  identification!: IdentificationLimitsDto;

  @ApiProperty({ type: () => ExitLimitsDto, description: '贫困户退出' })
  @IsDefined()
  @ValidateNested()
  @Type(() => ExitLimitsDto)
  exit!: ExitLimitsDto;

  @ApiProperty({ type: () => MonitoringLimitsDto, description: '纳入监测 (须在从线索到纳入的总时限内)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => MonitoringLimitsDto)
  monitoring!: MonitoringLimitsDto;

  @ApiProperty({ type: () => MonitoringLimitsDto, description: '风险消除' })
  @IsDefined()
  @ValidateNested()
  @Type(() => MonitoringLimitsDto)
  risk_elimination!: MonitoringLimitsDto;

  @ApiProperty({ type: () => MonitoringLimitsDto, description: '风险消除回退' })
  @IsDefined()
  @ValidateNested()
  @Type(() => MonitoringLimitsDto)
  elimination_rollback!: MonitoringLimitsDto;
}

export class IdentificationPolicyDto {
  @ApiProperty({ description: '收入高于贫困线但存在两不愁三保障问题时仍可认定的幅度 (元，0 为不允许)', minimum: 0, maximum: 10_000 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10_000)
  incomeMarginAboveLine!: number;
}

export class ContactDto {
  @ApiProperty({ example: '乡镇纪委' })
  @IsString()
  @Length(1, 40)
  label!: string;

  @ApiProperty({ example: '0771-1234567' })
  @IsString()
  @Length(3, 30)
  phone!: string;
}

export class PublicBoardDto {
  @ApiProperty({ description: '网上公示栏是否显示户主全名 (默认遮蔽中间字)' })
  @IsBoolean()
  fullNames!: boolean;

  @ApiProperty({ type: 'integer', description: '公示结束后在网上保留的天数', minimum: 0, maximum: 365 })
  @IsInt()
  @Min(0)
  @Max(365)
  retentionDays!: number;

  @ApiProperty({ type: () => [ContactDto], description: '监督举报电话' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts!: ContactDto[];
}

export class ExitPublicityDaysDto {
  @ApiProperty({ type: 'integer', description: '退出村内公示天数', minimum: 5, maximum: 30 })
  @IsInt()
  @Min(5)
  @Max(30)
  village!: number;

  @ApiProperty({ type: 'integer', description: '公告退出天数', minimum: 5, maximum: 30 })
  @IsInt()
  @Min(5)
  @Max(30)
  announcement!: number;
}

export class ExitPolicyDto {
  @ApiProperty({ type: () => ExitPublicityDaysDto, description: '退出各级公示天数' })
  @IsDefined()
  @ValidateNested()
  @Type(() => ExitPublicityDaysDto)
  publicityDays!: ExitPublicityDaysDto;

  @ApiProperty({ description: '是否允许当年识别的贫困户当年退出' })
  @IsBoolean()
  sameYearAsRegistration!: boolean;

  @ApiProperty({ type: 'array', items: { type: 'integer', minimum: 1, maximum: 120 }, maxItems: 12, description: '脱贫后回头看的时间 (退出后第几个月)', example: [6, 12] })
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(120, { each: true })
  followUpMonths!: number[];

  @ApiProperty({ enum: ['county', 'township'], description: '公告退出由县级或乡镇发布' })
  @IsIn(['county', 'township'])
  announcedBy!: 'county' | 'township';

  @ApiPropertyOptional({ type: 'integer', description: '回头看最早可提前几天记录 (更早须写明理由)', minimum: 0, maximum: 180, default: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(180)
  followUpEarlyDays!: number;
}

export class AlertRuleDto implements AlertRule {
  @ApiProperty({ enum: ALERT_RULE_MODES, description: Object.entries(ALERT_RULE_MODE_LABELS).map(([mode, label]) => `${mode}: ${label}`).join('；') })
  @IsIn(ALERT_RULE_MODES)
  mode!: AlertRuleMode;

  @ApiProperty({ description: '阈值: 按金额时为元，按收入比例时为百分比 (一律生成线索时不用)', minimum: 0, maximum: 10_000_000 })
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  threshold!: number;
}

/** One rule per alert type, each a property (the types are data, so the properties are decorated from them). */
export class AlertRulesDto {}
for (const type of ALERT_TYPES) {
  const info = ALERT_TYPE_INFO[type];
  ApiProperty({ type: () => AlertRuleDto, description: `${info.department}: ${info.label}` })(AlertRulesDto.prototype, type);
  IsDefined()(AlertRulesDto.prototype, type);
  ValidateNested()(AlertRulesDto.prototype, type);
  Type(() => AlertRuleDto)(AlertRulesDto.prototype, type);
}

export class ExtraMeasureTypeDto implements ExtraMeasureType {
  @ApiProperty({ description: '代码: 小写字母开头，可含小写字母、数字、下划线', example: 'ecological_compensation' })
  @Matches(MEASURE_TYPE_CODE, { message: '代码须以小写字母开头，只含小写字母、数字和下划线 (2–40 个字符)' })
  code!: string;

  @ApiProperty({ example: '生态补偿' })
  @IsString()
  @Length(1, 40)
  label!: string;

  @ApiProperty({ description: '通常负责的部门', example: '林业局' })
  @IsString()
  @Length(0, 60)
  department!: string;
}

export class MonitoringPolicyDto {
  @ApiProperty({ enum: ['监测对象', '防止返贫致贫对象'], description: '对外使用的名称' })
  @IsIn(['监测对象', '防止返贫致贫对象'])
  term!: '监测对象' | '防止返贫致贫对象';

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: '各年度监测标准 (元/人/年)，不低于当年贫困线的 1.5 倍', example: { '2025': 7500 } })
  @IsObject()
  lines!: Record<string, number>;

  @ApiProperty({ type: 'integer', description: '村内公示天数 (至少 5 天)', minimum: 5, maximum: 30 })
  @IsInt()
  @Min(5)
  @Max(30)
  publicityDays!: number;

  @ApiProperty({ type: 'integer', description: '从发现线索到纳入监测的时限 (天)', minimum: 1, maximum: 90 })
  @IsInt()
  @Min(1)
  @Max(90)
  limitDays!: number;

  @ApiProperty({ type: 'integer', description: '时限到期前几天提醒', minimum: 0, maximum: 30 })
  @IsInt()
  @Min(0)
  @Max(30)
  reminderDays!: number;

  @ApiProperty({ type: 'integer', description: '村级受理风险线索的时限 (工作日)', minimum: 1, maximum: 10 })
  @IsInt()
  @Min(1)
  @Max(10)
  leadAcceptanceDays!: number;

  @ApiPropertyOptional({ type: () => AlertRulesDto, description: '部门筛查预警: 各类预警何时生成风险线索 (一律，或金额、占家庭年收入比例达到阈值)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AlertRulesDto)
  alertRules!: Record<AlertType, AlertRuleDto>;

  @ApiPropertyOptional({ type: () => [ExtraMeasureTypeDto], description: '本县增加的帮扶措施类型 (在国家规定的产业、就业、公益岗位、低保、医疗保障、教育资助、危房改造、小额信贷、到户奖补、其他之后)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ExtraMeasureTypeDto)
  extraMeasureTypes!: ExtraMeasureTypeDto[];

  @ApiProperty({ type: 'integer', description: '风险消除: 纳入监测至少几个月', minimum: 1, maximum: 60 })
  @IsInt()
  @Min(1)
  @Max(60)
  eliminationMonthsEnrolled!: number;

  @ApiProperty({ type: 'integer', description: '风险消除: 收入稳定高于监测标准至少几个月', minimum: 1, maximum: 60 })
  @IsInt()
  @Min(1)
  @Max(60)
  eliminationMonthsAboveLine!: number;
}

export class BorrowerAgeDto {
  @ApiProperty({ type: 'integer', description: '借款人最低年龄 (周岁)', minimum: 16, maximum: 30 })
  @IsInt()
  @Min(16)
  @Max(30)
  min!: number;

  @ApiProperty({ type: 'integer', description: '借款人最高年龄 (周岁)', minimum: 50, maximum: 75 })
  @IsInt()
  @Min(50)
  @Max(75)
  max!: number;
}

export class MicrocreditPolicyDto implements MicrocreditPolicy {
  @ApiProperty({ enum: HOUSEHOLD_STATUS.values, isArray: true, description: '可认定的农户 (按状态): 建档立卡户、脱贫户、监测对象等' })
  @IsIn(HOUSEHOLD_STATUS.values, { each: true })
  @ArrayUnique()
  eligibleStatuses!: string[];

  @ApiProperty({ type: 'integer', description: '单户贷款额度上限 (元，2026 年起 10 万元)', minimum: 10_000, maximum: 100_000 })
  @IsInt()
  @Min(10_000)
  @Max(100_000)
  maxAmount!: number;

  @ApiProperty({ type: () => BorrowerAgeDto, description: '借款人年龄' })
  @IsDefined()
  @ValidateNested()
  @Type(() => BorrowerAgeDto)
  borrowerAge!: BorrowerAgeDto;

  @ApiProperty({ type: 'integer', description: '认定有效期 (月)', minimum: 1, maximum: 36 })
  @IsInt()
  @Min(1)
  @Max(36)
  validMonths!: number;
}

/** Months between a help cadre's visits by the household's status, 0 for none. */
export class HelpVisitMonthsDto implements HelpVisitMonths {
  @ApiProperty({ type: 'integer', description: '建档立卡贫困户: 走访间隔 (月，0 为不定期)', minimum: 0, maximum: 12 })
  @IsInt()
  @Min(0)
  @Max(12)
  registered!: number;

  @ApiProperty({ type: 'integer', description: '监测对象: 走访间隔 (月)', minimum: 0, maximum: 12 })
  @IsInt()
  @Min(0)
  @Max(12)
  monitored!: number;

  @ApiProperty({ type: 'integer', description: '已脱贫户: 走访间隔 (月)', minimum: 0, maximum: 12 })
  @IsInt()
  @Min(0)
  @Max(12)
  exited!: number;

  @ApiProperty({ type: 'integer', description: '风险已消除户: 走访间隔 (月)', minimum: 0, maximum: 12 })
  @IsInt()
  @Min(0)
  @Max(12)
  risk_eliminated!: number;

  @ApiProperty({ type: 'integer', description: '县里指定结对的其他农户: 走访间隔 (月)', minimum: 0, maximum: 12 })
  @IsInt()
  @Min(0)
  @Max(12)
  none!: number;
}

/** The whole policy: a new version replaces the previous one for cases started from now on. */
export class CountyPolicyDto implements CountyPolicy {
  @ApiProperty({ type: () => PublicityDaysDto, description: '贫困户识别各级公示天数' })
  @IsDefined()
  @ValidateNested()
  @Type(() => PublicityDaysDto)
  publicityDays!: PublicityDaysDto;

  @ApiProperty({ enum: ['calendar', 'working'], description: '公示期按自然日或工作日计算 (工作日按官方日历，含调休)' })
  @IsIn(['calendar', 'working'])
  dayCounting!: 'calendar' | 'working';

  @ApiProperty({ type: () => FractionDto, description: '民主评议到会比例 (默认 2/3)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => FractionDto)
  quorum!: FractionDto;

  @ApiProperty({ enum: EXCLUSION_CHECKS, isArray: true, description: '入户核实时须逐项核实的排除情形' })
  @IsIn(EXCLUSION_CHECKS, { each: true })
  @ArrayUnique()
  exclusionChecks!: ExclusionCheck[];

  @ApiProperty({ enum: ['reject', 'return_to_verification'], description: '异议经核实成立时: 不予通过，或退回重新核实' })
  @IsIn(['reject', 'return_to_verification'])
  upheldObjection!: 'reject' | 'return_to_verification';

  @ApiProperty({ description: '是否受理匿名异议' })
  @IsBoolean()
  anonymousObjections!: boolean;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: '各年度贫困线 (元/人/年)，如 {"2020": 4000}', example: { '2020': 4000 } })
  @IsObject()
  povertyLines!: Record<string, number>;

  @ApiPropertyOptional({ type: () => IdentificationPolicyDto, description: '贫困户识别 (缺省为国家规定)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdentificationPolicyDto)
  identification!: IdentificationPolicyDto;

  @ApiPropertyOptional({ type: () => TimeLimitsDto, description: '各程序各阶段的审核时限 (缺省为默认值)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TimeLimitsDto)
  timeLimits!: TimeLimitsDto;

  @ApiProperty({ type: 'integer', description: '审核时限到期前几天提醒', minimum: 0, maximum: 30 })
  @IsInt()
  @Min(0)
  @Max(30)
  reviewReminderDays!: number;

  @ApiPropertyOptional({ type: 'integer', description: '仅限本地演示: 公示期以秒计 (如 60)，正式环境拒绝', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(86_400)
  demoWindowSeconds!: number | null;

  @ApiProperty({ type: () => PublicBoardDto, description: '网上公示栏' })
  @IsDefined()
  @ValidateNested()
  @Type(() => PublicBoardDto)
  publicBoard!: PublicBoardDto;

  @ApiPropertyOptional({ type: () => ExitPolicyDto, description: '贫困户退出 (缺省为国家规定)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExitPolicyDto)
  exit!: ExitPolicyDto;

  @ApiPropertyOptional({ type: () => MonitoringPolicyDto, description: '防返贫监测 (缺省为国家规定)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MonitoringPolicyDto)
  monitoring!: MonitoringPolicyDto;

  @ApiPropertyOptional({ type: () => MicrocreditPolicyDto, description: '帮扶小额信贷 (缺省为 2026 年国家规定)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MicrocreditPolicyDto)
  microcredit!: MicrocreditPolicyDto;

  @ApiPropertyOptional({ type: () => HelpVisitMonthsDto, description: '结对帮扶: 帮扶责任人走访的间隔 (按农户状态)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HelpVisitMonthsDto)
  helpVisitMonths!: HelpVisitMonthsDto;
}
