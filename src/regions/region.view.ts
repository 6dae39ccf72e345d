import type { RegionEntity } from './region.entity';

export function regionView(region: RegionEntity) {
  return {
    id: region.id,
    level: region.level,
    code: region.code,
    name: region.name,
    parentId: region.parentId,
    groupNumber: region.groupNumber,
  };
}
export type RegionView = ReturnType<typeof regionView>;

export interface RegionList {
  items: RegionView[];
  total: number;
}

export type RegionTreeNode = RegionView & { children: RegionTreeNode[] };
