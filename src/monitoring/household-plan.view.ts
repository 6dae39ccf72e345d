import { ApiProperty } from '@nestjs/swagger';
import { MEASURE_STATUSES, type MeasureStatus } from './measure-statuses';

/** One measure of a household plan (一户一策). */
export class MeasureView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() villageCode!: string;
  @ApiProperty({ example: 'public_welfare_job', description: '措施类型代码' }) kind!: string;
  @ApiProperty({ example: '公益岗位' }) kindLabel!: string;
  @ApiProperty({ example: '安排公益性岗位 (护林员)' }) description!: string;
  @ApiProperty({ example: '县人社局' }) department!: string;
  @ApiProperty({ type: Number, nullable: true, description: '金额 (元)' }) amount!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '开始日期' }) startsOn!: string | null;
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

export class MeasureTypeView {
  @ApiProperty({ example: 'public_welfare_job' }) code!: string;
  @ApiProperty({ example: '公益岗位' }) label!: string;
  @ApiProperty({ example: '人社局', description: '通常负责的部门' }) department!: string;
}

/** The household plan (一户一策): its measures, the types it may be given, and the income found between cases. */
export class HouseholdPlan {
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, nullable: true }) monitoringObjectType!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) statusSince!: string | null;
  @ApiProperty({ type: [MeasureView] }) measures!: MeasureView[];
  @ApiProperty({ type: [MeasureTypeView], description: '可选的措施类型：国家规定的，及本县政策增加的' }) measureTypes!: MeasureTypeView[];
  @ApiProperty({ type: [IncomeCheckView] }) incomeChecks!: IncomeCheckView[];
}
