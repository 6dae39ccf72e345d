import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

/** Where a department's file goes and what it is called (its body is the file). */
export class DepartmentFileQuery {
  @ApiProperty({ format: 'uuid', description: '县、乡镇或村 (须在本账号管辖范围内)' })
  @IsUUID()
  regionId!: string;

  @ApiPropertyOptional({ description: '数据来源部门 (如公安交管、县医保局；比对数据的行内可另写)', example: '县医保局' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  source?: string;

  @ApiProperty({ description: '文件名，以 .xlsx 或 .csv 结尾', example: '2026年11月医保预警.xlsx' })
  @IsString()
  @Length(1, 200)
  fileName!: string;
}
