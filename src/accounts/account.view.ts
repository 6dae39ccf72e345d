import { ApiProperty } from '@nestjs/swagger';
import type { StaffAccountEntity } from './staff-account.entity';
import { STAFF_ROLES, type StaffRole } from './staff-role';

class AccountRegionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '450123100201' }) code!: string;
  @ApiProperty({ example: '青山村' }) name!: string;
  @ApiProperty({ enum: ['county', 'township', 'village', 'group'] }) level!: string;
}

/** What the API shows of an account: never the password hash. */
export class AccountView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ example: '青山村村委会 李文书' }) displayName!: string;
  @ApiProperty({ enum: STAFF_ROLES }) role!: StaffRole;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '管辖区划；管理员为 null' }) regionId!: string | null;
  @ApiProperty({ type: AccountRegionView, nullable: true }) region!: AccountRegionView | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

export function accountView(account: StaffAccountEntity): AccountView {
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
