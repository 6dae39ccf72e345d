import { ApiProperty } from '@nestjs/swagger';
import type { RegionEntity } from './region.entity';
import { REGION_LEVELS, type RegionLevel } from './region-code.util';

export class RegionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REGION_LEVELS }) level!: RegionLevel;
  @ApiProperty({ example: '450123100201' }) code!: string;
  @ApiProperty({ example: '青山村' }) name!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '村民小组序号' }) groupNumber!: number | null;
}

export function regionView(region: RegionEntity): RegionView {
  return {
    id: region.id,
    level: region.level,
    code: region.code,
    name: region.name,
    parentId: region.parentId,
    groupNumber: region.groupNumber,
  };
}

export class RegionList {
  @ApiProperty({ type: [RegionView] }) items!: RegionView[];
  @ApiProperty() total!: number;
}

/** A region with all of its subregions, nested (a picker's data). */
export class RegionTreeNode extends RegionView {
  @ApiProperty({ type: () => [RegionTreeNode] }) children!: RegionTreeNode[];
}

/** What an import did: regions created (with their ids, parents first), renamed, left as they were. */
export class ImportResult {
  @ApiProperty() created!: number;
  @ApiProperty() renamed!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty({ type: [RegionView] }) createdRegions!: RegionView[];
}
