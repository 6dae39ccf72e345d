import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { BooleanQuery } from '../../common/boolean-query';
import { PageQuery } from '../../common/pagination';
import { HomeVisitDto } from '../../verifications/dto/visit.dto';

/** 回头看: what the visit found. */
export class RecordFollowUpDto extends HomeVisitDto {
  @ApiPropertyOptional({ description: '回访情况说明' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;

  @ApiPropertyOptional({ description: '早于到期日前规定天数 (政策 exit.followUpEarlyDays，默认 30 天) 登记时必填: 提前回访的理由' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  earlyReason?: string;
}

export class ListFollowUpsQuery extends PageQuery {
  @ApiPropertyOptional({ description: '只列出已到期、尚未回访的' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  due?: boolean;
}
