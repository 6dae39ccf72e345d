import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDateString, IsDefined, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { RISK_TYPES, type RiskType } from '../../../workflows/risk-lead/risk-lead.types';
import { INCOME_CHANGE_LABELS, INCOME_CHANGES, type IncomeChange, type SweepVisit } from '../../../workflows/risk-lead/sweep-visit';
import { BooleanQuery } from '../../common/boolean-query';
import { PageQuery } from '../../common/pagination';
import { LivingConditionsDto } from '../../households/dto/register-household.dto';

/** 发起集中排查. */
export class LaunchSweepDto {
  @ApiProperty({ example: '2026年冬季防返贫集中排查' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ format: 'date', example: '2026-12-01' })
  @IsDateString({ strict: true })
  startsOn!: string;

  @ApiProperty({ format: 'date', example: '2026-12-31' })
  @IsDateString({ strict: true })
  endsOn!: string;

  @ApiProperty({ type: [String], format: 'uuid', description: '排查的村 (本县的村)，其全部农户逐户走访' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  villageIds!: string[];
}

/** 分配走访人: the households named, or every household of a village not yet visited. */
export class AssignVisitorDto {
  @ApiProperty({ format: 'uuid', description: '走访人 (村级或乡镇账号，须负责该户所在村)' })
  @IsUUID()
  visitorId!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: '分配的农户；与 villageId 二选一' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  householdIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: '该村尚未走访的全部农户；与 householdIds 二选一' })
  @IsOptional()
  @IsUUID()
  villageId?: string;
}

/** 登记走访: the checklist (收入变化、两不愁三保障、遇到的困难); a risk is read from it. */
export class SweepVisitDto implements SweepVisit {
  @ApiProperty({ format: 'date', example: '2026-12-03' })
  @IsDateString({ strict: true })
  visitedOn!: string;

  @ApiProperty({ enum: INCOME_CHANGES, description: Object.entries(INCOME_CHANGE_LABELS).map(([code, label]) => `${code}: ${label}`).join('；') })
  @IsIn(INCOME_CHANGES)
  incomeChange!: IncomeChange;

  @ApiProperty({ type: () => LivingConditionsDto, description: '两不愁三保障及饮水安全，逐项填写' })
  @IsDefined()
  @ValidateNested()
  @Type(() => LivingConditionsDto)
  livingConditions!: LivingConditionsDto;

  @ApiPropertyOptional({ enum: RISK_TYPES, nullable: true, description: '遇到的困难 (因病、因残、因灾等)；没有则不填' })
  @IsOptional()
  @IsIn(RISK_TYPES)
  hardship!: RiskType | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '走访情况说明 (遇到困难时必填)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note!: string | null;
}

export class ListSweepHouseholdsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: '只列出该村的' })
  @IsOptional()
  @IsUUID()
  villageId?: string;

  @ApiPropertyOptional({ description: '只列出分配给本账号走访的' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ description: 'true: 只列出已走访的；false: 只列出尚未走访的' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  visited?: boolean;
}
