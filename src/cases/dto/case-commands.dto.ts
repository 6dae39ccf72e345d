import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MONITORING_OBJECT_TYPE_LABELS, MONITORING_OBJECT_TYPES, type MonitoringObjectType } from '../../../workflows/policy';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { Decision } from '../../../workflows/case-types';

export class WithdrawDto {
  @ApiProperty({ description: '撤回理由' })
  @IsString()
  @Length(1, 1000)
  reason!: string;
}

const DECISIONS: Decision[] = ['approve', 'return', 'reject'];

/** 乡镇审核 / 县级复审: approve, return for correction (退回补正) or reject, always with a reason. */
export class ReviewDecisionDto {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision!: Decision;

  @ApiProperty({ description: '审核意见' })
  @IsString()
  @Length(1, 1000)
  reason!: string;
}

/** 县级复审 / 县级确认: a monitoring enrolment also names the object type. */
export class CountyDecisionDto extends ReviewDecisionDto {
  @ApiPropertyOptional({
    enum: MONITORING_OBJECT_TYPES,
    description: `确认纳入监测时必填: ${MONITORING_OBJECT_TYPES.map((type) => `${type} (${MONITORING_OBJECT_TYPE_LABELS[type]})`).join(', ')}`,
  })
  @IsOptional()
  @IsIn(MONITORING_OBJECT_TYPES)
  objectType?: MonitoringObjectType;
}
