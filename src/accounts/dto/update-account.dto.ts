import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '../staff-role';

export class UpdateAccountDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ minLength: 10 })
  @IsOptional()
  @IsString()
  @Length(10, 200, { message: '密码长度必须在 10 到 200 个字符之间' })
  password?: string;

  @ApiPropertyOptional({ description: '停用后该账号的所有令牌立即失效' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ enum: STAFF_ROLES, description: '改变角色时须同时给出相应级别的管辖区划 (管理员为 null)；原令牌立即失效' })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ type: String, nullable: true, description: '新的管辖区划 (级别须与角色相符)；原令牌立即失效' })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsUUID()
  regionId?: string | null;
}
