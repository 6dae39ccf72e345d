import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { BooleanQuery } from '../../common/boolean-query';
import { PageQuery } from '../../common/pagination';
import { STAFF_ROLES, type StaffRole } from '../staff-role';

export class ListAccountsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ description: '管辖区划为该区划或其下级的账号' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ description: '用户名或姓名包含' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  search?: string;

  @ApiPropertyOptional({ description: 'true: 只列出已停用的；false: 只列出在用的' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  disabled?: boolean;
}
