import type { StaffAccountEntity } from './staff-account.entity';

/** What the API shows of an account: never the password hash. */
export function accountView(account: StaffAccountEntity) {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    regionId: account.regionId,
    region: account.region ? { id: account.region.id, code: account.region.code, name: account.region.name, level: account.region.level } : null,
    disabled: account.disabled,
    createdAt: account.createdAt,
  };
}
export type AccountView = ReturnType<typeof accountView>;
