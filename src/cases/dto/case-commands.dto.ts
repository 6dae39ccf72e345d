import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MONITORING_OBJECT_TYPE_LABELS, MONITORING_OBJECT_TYPES, type MonitoringObjectType } from '../../../workflows/policy';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
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

/** The object type a county names when it confirms an enrolment in monitoring. */
const ObjectTypeProperty = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: MONITORING_OBJECT_TYPES,
      description: `确认纳入监测时必填: ${MONITORING_OBJECT_TYPES.map((type) => `${type} (${MONITORING_OBJECT_TYPE_LABELS[type]})`).join(', ')}`,
    }),
    IsOptional(),
    IsIn(MONITORING_OBJECT_TYPES),
  );

/** 县级复审 / 县级确认: a monitoring enrolment also names the object type. */
export class CountyDecisionDto extends ReviewDecisionDto {
  @ObjectTypeProperty()
  objectType?: MonitoringObjectType;
}

/** The case a decision in a list is on, and the version the reviewer saw. */
export class TownshipDecisionItemDto extends ReviewDecisionDto {
  @ApiProperty({ description: '案件' })
  @IsUUID()
  caseId!: string;

  @ApiPropertyOptional({ description: '审核人所见的案件版本；不一致时该项不办理 (VERSION_MISMATCH)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CountyDecisionItemDto extends TownshipDecisionItemDto {
  @ObjectTypeProperty()
  objectType?: MonitoringObjectType;
}

/** 乡镇审核一批: e.g. a village's list approved at once, one case returned with its reason. */
export class TownshipDecisionsDto {
  @ApiProperty({ type: () => [TownshipDecisionItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TownshipDecisionItemDto)
  items!: TownshipDecisionItemDto[];
}

/** 县级复审 / 确认一批. */
export class CountyDecisionsDto {
  @ApiProperty({ type: () => [CountyDecisionItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CountyDecisionItemDto)
  items!: CountyDecisionItemDto[];
}
