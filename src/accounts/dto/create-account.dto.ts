import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '../staff-role';

export class CreateAccountDto {
  @ApiProperty({ example: 'village-5' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: '只能使用小写字母、数字、点、横线和下划线，3 到 64 个字符' })
  username!: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @Length(10, 200, { message: '密码长度必须在 10 到 200 个字符之间' })
  password!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  role!: StaffRole;

  @ApiPropertyOptional({ description: '管辖区划 (县、乡镇或村)；管理员不填' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}
