import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { BooleanQuery } from '../../common/boolean-query';
import { PageQuery } from '../../common/pagination';
import { PROCEDURE_NAMES } from '../procedures';

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ description: '区划 (县、乡镇或村)，默认为本账号的管辖区划' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ enum: PROCEDURE_NAMES })
  @IsOptional()
  @IsIn(PROCEDURE_NAMES)
  procedure?: string;

  @ApiPropertyOptional({ description: '阶段代码，如 township_review' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  stage?: string;

  @ApiPropertyOptional({ description: '只列出超过审核时限的案件' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: '只列出等待本级办理的案件' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  waitingOnMe?: boolean;
}
