import { ApiProperty } from '@nestjs/swagger';
import type { CountyPolicy } from '../../workflows/policy';
import { CountyPolicyDto } from './dto/county-policy.dto';

/** A county's policy as published: version 0 is the national default, never stored. */
export class PolicyVersionView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '县级区划 (国家默认时为空)' }) countyId!: string | null;
  @ApiProperty({ example: 3, description: '版本号 (0 为国家默认)' }) version!: number;
  @ApiProperty({ type: () => CountyPolicyDto }) settings!: CountyPolicy;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '发布时间 (国家默认时为空)' }) createdAt!: Date | null;
}

/** One version in the county's history, with the cases that run on it (a case keeps the version it started with). */
export class PolicyVersionSummary {
  @ApiProperty({ example: 3 }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '发布时间 (国家默认时为空)' }) createdAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, example: '县乡村振兴局 王科长', description: '发布人' }) createdBy!: string | null;
  @ApiProperty({ description: '按此版本办理、尚未办结的案件数' }) runningCases!: number;
  @ApiProperty({ description: '按此版本办理的案件总数 (含已办结)' }) cases!: number;
}
