import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** The household a resident's report is about, found or registered by the village. */
export class ReportLeadDto {
  @ApiProperty({ format: 'uuid', description: '申报人所在农户 (已登记或刚登记)' })
  @IsUUID()
  householdId!: string;
}
