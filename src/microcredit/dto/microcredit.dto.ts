import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { BooleanQuery } from '../../common/boolean-query';

/** 认定帮扶小额信贷对象. */
export class CertifyMicrocreditDto {
  @ApiProperty({ format: 'uuid', description: '借款人 (该户家庭成员)' })
  @IsUUID()
  borrowerMemberId!: string;

  @ApiProperty({ type: 'integer', description: '贷款额度 (元)，不超过本县政策上限', example: 50000 })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  amount!: number;

  @ApiProperty({ description: '贷款用途', example: '发展特色养殖 (肉牛)' })
  @IsString()
  @Length(1, 200)
  purpose!: string;
}

export class RevokeMicrocreditDto {
  @ApiProperty({ description: '撤销理由', example: '借款人已外出务工，不再申请' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}

export class ListMicrocreditQuery {
  @ApiPropertyOptional({ format: 'uuid', description: '区划 (县、乡镇或村)，默认为本账号的管辖区划' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ description: '只列出今天仍有效的认定 (未撤销、未过期)' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  valid?: boolean;
}
