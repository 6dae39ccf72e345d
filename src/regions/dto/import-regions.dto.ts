import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';

export class ImportGroupDto {
  @ApiProperty({ minimum: 1, maximum: 999 })
  @IsInt()
  @Min(1)
  @Max(999)
  number!: number;

  @ApiProperty({ example: '第一村民小组' })
  @IsString()
  @Length(1, 100)
  name!: string;
}

/** A node of the tree; its level follows from the shape of its code. */
export class ImportRegionNodeDto {
  @ApiProperty({ example: '450123000000' })
  @IsString()
  code!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ type: () => [ImportRegionNodeDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ImportRegionNodeDto)
  children?: ImportRegionNodeDto[];

  @ApiPropertyOptional({ type: () => [ImportGroupDto], description: '村民小组 (仅村级节点)' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ImportGroupDto)
  groups?: ImportGroupDto[];
}

export class ImportRegionsDto {
  @ApiProperty({ type: () => [ImportRegionNodeDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => ImportRegionNodeDto)
  regions!: ImportRegionNodeDto[];
}
