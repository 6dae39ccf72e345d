/**
 * Statistical division codes (统计用区划代码), 12 digits: 2 province, 2 prefecture,
 * 2 county, 3 township, 3 village. A county's code ends in 000000, a township's in 000;
 * so a node's subtree is every code that starts with its significant prefix. Villager
 * groups have no code of their own: they are numbered inside their village.
 */
export type RegionLevel = 'county' | 'township' | 'village' | 'group';

export const REGION_LEVELS: readonly RegionLevel[] = ['county', 'township', 'village', 'group'];

const PREFIX_LENGTH: Record<Exclude<RegionLevel, 'group'>, number> = { county: 6, township: 9, village: 12 };

const PARENT_LEVEL: Record<RegionLevel, RegionLevel | null> = {
  county: null,
  township: 'county',
  village: 'township',
  group: 'village',
};

/** The level a 12-digit code denotes by its shape, or null when it is no valid code. */
export function levelOfCode(code: string): Exclude<RegionLevel, 'group'> | null {
  if (!/^\d{12}$/.test(code)) return null;
  if (code.slice(9) !== '000') return 'village';
  if (code.slice(6, 9) !== '000') return 'township';
  if (code.slice(4, 6) !== '00') return 'county';
  return null;
}

/** Codes of the subtree start with this; a group shares its village's code. */
export function jurisdictionPrefix(level: RegionLevel, code: string): string {
  return level === 'group' ? code : code.slice(0, PREFIX_LENGTH[level]);
}

/** The 12-digit code of the county or township a code lies in (a village's township, a township's county). */
export function enclosingCode(level: 'county' | 'township', code: string): string {
  return code.slice(0, PREFIX_LENGTH[level]).padEnd(12, '0');
}

export function isWithinPrefix(prefix: string, code: string): boolean {
  return code.startsWith(prefix);
}

/**
 * Why a code cannot be used for a node of `level` under a parent (level, code), or null.
 * Rules: the code's shape matches the level, and it nests in the parent's prefix.
 */
export function regionCodeProblem(
  level: Exclude<RegionLevel, 'group'>,
  code: string,
  parent: { level: RegionLevel; code: string } | null,
): { on: 'code' | 'parent'; reason: string } | null {
  if (!/^\d{12}$/.test(code)) return { on: 'code', reason: '区划代码必须是 12 位数字' };
  const shape = levelOfCode(code);
  if (shape !== level) {
    return {
      on: 'code',
      reason: `区划代码 ${code} 不是${LEVEL_NAMES[level]}级代码 (县级以 000000 结尾，乡级以 000 结尾，村级末三位非 000)`,
    };
  }
  const expectedParent = PARENT_LEVEL[level];
  if (expectedParent === null) return parent === null ? null : { on: 'parent', reason: '县级区划不能有上级区划' };
  if (parent === null || parent.level !== expectedParent) {
    return { on: 'parent', reason: `${LEVEL_NAMES[level]}级区划的上级必须是${LEVEL_NAMES[expectedParent]}级区划` };
  }
  const prefix = jurisdictionPrefix(parent.level, parent.code);
  if (!code.startsWith(prefix)) return { on: 'code', reason: `区划代码 ${code} 必须以上级区划代码前缀 ${prefix} 开头` };
  return null;
}

export const LEVEL_NAMES: Record<RegionLevel, string> = {
  county: '县',
  township: '乡镇',
  village: '村',
  group: '村民小组',
};
