import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import type { Decision } from '../../../workflows/identification/identification.types';

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
