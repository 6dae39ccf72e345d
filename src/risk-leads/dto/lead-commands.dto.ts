import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsIn, IsString, Length } from 'class-validator';
import { LEAD_DISMISSAL_LABELS, LEAD_DISMISSALS, type LeadDismissal } from '../../../workflows/risk-lead/risk-lead.types';

/** 不予受理: a duplicate or out of scope, with a sentence the reporter is told. */
export class LeadDismissalDto {
  @ApiProperty({ enum: LEAD_DISMISSALS, description: `关闭原因: ${LEAD_DISMISSALS.map((reason) => `${reason} (${LEAD_DISMISSAL_LABELS[reason]})`).join(', ')}` })
  @IsIn(LEAD_DISMISSALS)
  reason!: LeadDismissal;

  @ApiProperty({ description: '关闭理由 (将告知反映人)' })
  @IsString()
  @Length(1, 1000)
  explanation!: string;
}

/** 核查无风险: the home check found no risk; what it found is recorded. */
export class LeadClearanceDto {
  @ApiProperty({ format: 'date', description: '入户核查日期' })
  @IsDateString({ strict: true })
  checkedOn!: string;

  @ApiProperty({ description: '核查了解到的情况' })
  @IsString()
  @Length(1, 2000)
  facts!: string;
}
