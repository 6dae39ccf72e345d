import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { PROCEDURE_NAMES } from '../../cases/procedures';
import { HOUSEHOLD_STATUS, POVERTY_ATTRIBUTE, type HouseholdStatus, type PovertyAttribute } from '../household.enums';

export class ListHouseholdsQuery extends PageQuery {
  @ApiPropertyOptional({ description: '区划 (县、乡镇、村或村民小组)，默认为本账号的管辖区划' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ enum: HOUSEHOLD_STATUS.values })
  @IsOptional()
  @IsIn(HOUSEHOLD_STATUS.values)
  status?: HouseholdStatus;

  @ApiPropertyOptional({ enum: POVERTY_ATTRIBUTE.values })
  @IsOptional()
  @IsIn(POVERTY_ATTRIBUTE.values)
  povertyAttribute?: PovertyAttribute;

  @ApiPropertyOptional({ description: '户主姓名包含' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  headName?: string;

  @ApiPropertyOptional({ description: '任一家庭成员 (含户主) 姓名包含' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  memberName?: string;

  @ApiPropertyOptional({ description: '某位成员的居民身份证号码 (精确匹配；不写入日志)' })
  @IsOptional()
  @IsString()
  @Length(18, 18)
  idNumber?: string;

  @ApiPropertyOptional({ enum: PROCEDURE_NAMES, description: '只列出有该程序正在办理的案件的农户' })
  @IsOptional()
  @IsIn(PROCEDURE_NAMES)
  withOpenCase?: string;

  @ApiPropertyOptional({ enum: PROCEDURE_NAMES, description: '只列出没有该程序正在办理的案件的农户 (可以开立新案件)' })
  @IsOptional()
  @IsIn(PROCEDURE_NAMES)
  withoutOpenCase?: string;
}
