import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { MEASURE_KINDS, MEASURE_STATUS_LABELS, MEASURE_STATUSES, type MeasureKind, type MeasureStatus } from '../measure-kinds';

const KINDS = Object.keys(MEASURE_KINDS) as MeasureKind[];

/** One measure of the household plan (一户一策). */
export class CreateMeasureDto {
  @ApiProperty({ enum: KINDS, description: KINDS.map((kind) => `${kind} (${MEASURE_KINDS[kind]})`).join(', ') })
  @IsIn(KINDS)
  kind!: MeasureKind;

  @ApiProperty({ description: '帮扶措施内容', example: '安排公益性岗位 (护林员)' })
  @IsString()
  @Length(1, 1000)
  description!: string;
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
