import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { BASE_MEASURE_TYPES } from '../../../workflows/monitoring/measure-types';
import { MEASURE_STATUS_LABELS, MEASURE_STATUSES, type MeasureStatus } from '../measure-statuses';

/** One measure of the household plan (一户一策), a line of its ledger. */
export class CreateMeasureDto {
  @ApiProperty({
    description: `措施类型代码: ${Object.entries(BASE_MEASURE_TYPES).map(([code, type]) => `${code} (${type.label})`).join(', ')}，及本县政策增加的类型 (见一户一策的 measureTypes)`,
    example: 'public_welfare_job',
  })
  @IsString()
  @Length(1, 40)
  kind!: string;

  @ApiProperty({ description: '帮扶措施内容', example: '安排公益性岗位 (护林员)' })
  @IsString()
  @Length(1, 1000)
  description!: string;

  @ApiPropertyOptional({ description: '责任部门 (不填为该类型通常的部门；"其他"类须填写)', example: '县人社局' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  department?: string;

  @ApiPropertyOptional({ description: '金额 (元)，有金额的措施填写 (贷款、补助、年度低保金等)', example: 6000 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100_000_000)
  amount?: number;

  @ApiPropertyOptional({ description: '开始日期', format: 'date', example: '2026-03-01' })
  @IsOptional()
  @IsDateString({ strict: true })
  startsOn?: string;
}

export class UpdateMeasureDto {
  @ApiProperty({ enum: MEASURE_STATUSES, description: MEASURE_STATUSES.map((status) => `${status} ${MEASURE_STATUS_LABELS[status]}`).join(', ') })
  @IsIn(MEASURE_STATUSES)
  status!: MeasureStatus;

  @ApiPropertyOptional({ description: '落实日期 (status 为 done 时必填)', format: 'date', example: '2026-03-01' })
  @IsOptional()
  @IsDateString({ strict: true })
  doneOn?: string;
}

/** 监测回访: income found on a visit to a monitored household. */
export class IncomeCheckDto {
  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsDateString({ strict: true })
  checkedOn!: string;

  @ApiProperty({ description: '家庭人均纯收入 (元/年)' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100_000_000)
  perCapitaIncome!: number;
}
