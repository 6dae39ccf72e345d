import { ApiProperty } from '@nestjs/swagger';
import { RISK_TYPE_LABELS, RISK_TYPES, type RiskType } from '../../workflows/risk-lead/risk-lead.types';
import type { RiskReportEntity } from './risk-report.entity';

/** A resident's report waiting for the village to find the household it is about. */
export class RiskReportView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'FY-2026-000017', description: '申报编号' }) publicNumber!: string;
  @ApiProperty({ example: '450123100201' }) villageCode!: string;
  @ApiProperty({ description: '申报人姓名' }) name!: string;
  @ApiProperty({ description: '申报人身份证号码 (登记农户时核对)' }) idNumber!: string;
  @ApiProperty({ description: '联系电话' }) phone!: string;
  @ApiProperty({ enum: RISK_TYPES }) riskType!: RiskType;
  @ApiProperty({ example: '因病' }) riskTypeLabel!: string;
  @ApiProperty({ description: '情况说明' }) details!: string;
  @ApiProperty({ type: String, format: 'date-time' }) reportedAt!: Date;
}

export function riskReportView(report: RiskReportEntity): RiskReportView {
  const { id, publicNumber, villageCode, name, idNumber, phone, riskType, details, reportedAt } = report;
  return { id, publicNumber, villageCode, name, idNumber, phone, riskType, riskTypeLabel: RISK_TYPE_LABELS[riskType], details, reportedAt };
}
