import { StaffAccountEntity } from '../accounts/staff-account.entity';
import { AccessDenialEntity } from '../audit/access-denial.entity';
import { HouseholdChangeEntity } from '../households/household-change.entity';
import { HouseholdMemberEntity } from '../households/household-member.entity';
import { HouseholdEntity } from '../households/household.entity';
import { RegionEntity } from '../regions/region.entity';

/** Every entity, listed once: the app, the migration tools and the schema check share it. */
export const ENTITIES = [
  RegionEntity,
  StaffAccountEntity,
  AccessDenialEntity,
  HouseholdEntity,
  HouseholdMemberEntity,
  HouseholdChangeEntity,
];
