import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

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
}
