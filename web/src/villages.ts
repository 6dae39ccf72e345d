import { api, unwrap, type Schemas } from './api/client';
import { session } from './session';

export interface Village {
  id: string;
  code: string;
  name: string;
}

/** The villages in the signed-in office's jurisdiction (a village clerk: its own), from the region tree. */
export async function jurisdictionVillages(): Promise<Village[]> {
  const regionId = session.account?.regionId;
  if (!regionId) return [];
  const tree = await unwrap(api.GET('/regions/{id}/tree', { params: { path: { id: regionId } } }));
  const found: Village[] = [];
  const walk = (node: Schemas['RegionTreeNode']): void => {
    if (node.level === 'village') found.push({ id: node.id, code: node.code, name: node.name });
    else node.children.forEach(walk);
  };
  walk(tree);
  return found;
}
