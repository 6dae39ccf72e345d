import { ApiProperty } from '@nestjs/swagger';
import { MEASURE_KINDS, MEASURE_STATUSES, type MeasureKind, type MeasureStatus } from './measure-kinds';

/** One measure of a household plan (一户一策). */
export class MeasureView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() villageCode!: string;
  @ApiProperty({ enum: Object.keys(MEASURE_KINDS) }) kind!: MeasureKind;
  @ApiProperty({ example: '安排公益性岗位 (护林员)' }) description!: string;
  @ApiProperty({ enum: MEASURE_STATUSES }) status!: MeasureStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '落实日期' }) doneOn!: string | null;
  @ApiProperty({ format: 'uuid', description: '登记人账号' }) recordedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

class IncomeCheckView {
  @ApiProperty({ format: 'date' }) checkedOn!: string;
  @ApiProperty({ description: '家庭人均纯收入 (元/年)' }) perCapitaIncome!: number;
  @ApiProperty({ example: 'income_check', description: '记录来源：监测回访或入户核查' }) source!: string;
}

/** The household plan (一户一策) of a monitored household, and the income found between cases. */
export class HouseholdPlan {
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, nullable: true }) monitoringObjectType!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) statusSince!: string | null;
  @ApiProperty({ type: [MeasureView] }) measures!: MeasureView[];
  @ApiProperty({ type: [IncomeCheckView] }) incomeChecks!: IncomeCheckView[];
}
