import type { RegionLevel } from '../regions/region-code.util';

export const STAFF_ROLES = ['admin', 'county', 'township', 'village'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The region level a role's jurisdiction must be; admins act on the whole install. */
export const ROLE_REGION_LEVEL: Record<StaffRole, RegionLevel | null> = {
  admin: null,
  county: 'county',
  township: 'township',
  village: 'village',
};

export const ROLE_NAMES: Record<StaffRole, string> = {
  admin: '系统管理员',
  county: '县级',
  township: '乡镇级',
  village: '村级',
};
