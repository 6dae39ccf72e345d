import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'village-1' })
  @IsString()
  @Length(1, 64)
  username!: string;

  @ApiProperty({ example: 'jingzhun-demo' })
  @IsString()
  @Length(1, 200)
  password!: string;
}
