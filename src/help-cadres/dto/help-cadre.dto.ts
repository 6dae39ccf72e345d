import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PHONE_NUMBER, PHONE_NUMBER_REASON } from '../../households/phone-number';

export class CreateHelpCadreDto {
  @ApiProperty({ example: '李明' })
  @IsString()
  @Length(1, 50)
  name!: string;

  @ApiProperty({ description: '帮扶单位', example: '县农业农村局' })
  @IsString()
  @Length(1, 100)
  unit!: string;

  @ApiProperty({ example: '13912345678' })
  @Matches(PHONE_NUMBER, { message: PHONE_NUMBER_REASON })
  phone!: string;

  @ApiPropertyOptional({ format: 'uuid', description: '对应的工作人员账号 (可登录登记走访)' })
  @IsOptional()
  @IsUUID()
  accountId?: string;
}

/** 结对 (or 调整结对): the household given to a cadre; a current pairing ends with the reason. */
export class PairCadreDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cadreId!: string;

  @ApiPropertyOptional({ description: '调整结对时必填: 原帮扶责任人不再负责的理由', example: '原帮扶责任人工作调动' })
  @IsOptional()
  @IsString()
  @Length(2, 500)
  reason?: string;
}

export class RecordCadreVisitDto {
  @ApiProperty({ format: 'date', example: '2026-03-02' })
  @IsDateString({ strict: true })
  visitedOn!: string;

  @ApiProperty({ description: '走访了解的情况', example: '家中生产生活正常，子女按时上学' })
  @IsString()
  @Length(2, 2000)
  findings!: string;

  @ApiPropertyOptional({ description: '商议的帮扶措施', example: '申请公益性岗位' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  measuresDiscussed?: string;
}

export class ListVisitsDueQuery {
  @ApiPropertyOptional({ format: 'uuid', description: '区划 (县、乡镇或村)，默认为本账号的管辖区划' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ enum: ['falling_due', 'overdue'], description: 'falling_due: 7 天内到期 (含逾期)；overdue: 已逾期' })
  @IsOptional()
  @IsIn(['falling_due', 'overdue'])
  state?: 'falling_due' | 'overdue';
}
