import { ApiProperty } from '@nestjs/swagger';
import { IsUrl } from 'class-validator';

export class RegisterWebhookDto {
  @ApiProperty({ example: 'https://county.example.gov.cn/jingzhun/events' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: '必须是 http(s) 地址' })
  url!: string;
}
