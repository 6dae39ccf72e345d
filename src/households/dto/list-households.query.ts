import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery } from '../../common/pagination';
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
}
