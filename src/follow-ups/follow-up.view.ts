import { ApiProperty } from '@nestjs/swagger';
import type { LivingConditions, Visitor } from '../../workflows/case-types';

/** A follow-up visit (回头看) after an exit: when it is due, and once made what it found. */
export class FollowUpView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() villageCode!: string;
  @ApiProperty({ format: 'uuid' }) exitCaseId!: string;
  @ApiProperty({ format: 'date', description: '应回访日期' }) dueOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '回访日期；未回访为 null' }) visitedOn!: string | null;
  @ApiProperty({ type: 'array', nullable: true, items: { type: 'object', properties: { name: { type: 'string' }, team: { type: 'string' } } } }) visitors!: Visitor[] | null;
  @ApiProperty({ type: Number, nullable: true }) incomeFound!: number | null;
  @ApiProperty({ type: Number, nullable: true }) incomeYear!: number | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: { type: 'boolean' } }) livingConditions!: Partial<LivingConditions> | null;
  @ApiProperty({ type: Boolean, nullable: true, description: '是否发现返贫风险 (发现时已自动启动监测)' }) atRisk!: boolean | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '因本次回访启动的监测案件' }) monitoringCaseId!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true }) earlyReason!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recordedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, nullable: true, description: '户主姓名 (列表中)' }) headName?: string | null;
}
