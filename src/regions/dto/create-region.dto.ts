import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { REGION_LEVELS, type RegionLevel } from '../region-code.util';

export class CreateRegionDto {
  @ApiProperty({ enum: REGION_LEVELS })
  @IsIn(REGION_LEVELS)
  level!: RegionLevel;

  @ApiPropertyOptional({ description: '12 位统计用区划代码 (村民小组不填)', example: '450123100201' })
  @IsOptional()
  @IsString()
  code?: string;

  @ApiProperty({ example: '青山村' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ description: '上级区划；县级不填' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ description: '村民小组在村内的编号 (仅村民小组)', minimum: 1, maximum: 999 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999)
  groupNumber?: number;
}

export class RenameRegionDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  name!: string;
}
