import { ApiProperty } from '@nestjs/swagger';

/** A county's webhook as lists show it: never its secret. */
export class WebhookView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) countyId!: string;
  @ApiProperty() countyCode!: string;
  @ApiProperty({ example: 'https://county.example.gov.cn/jingzhun/events' }) url!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'uuid', description: '登记人账号' }) createdBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

/** A webhook just registered: its secret, shown this once. */
export class RegisteredWebhook {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ description: '签名密钥，仅显示这一次' }) secret!: string;
}

/** A delivery that failed its last try. */
export class DeadLetter {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() outboxId!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'uuid' }) webhookId!: string;
  @ApiProperty() url!: string;
}
