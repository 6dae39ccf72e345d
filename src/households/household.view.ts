import type { HouseholdMemberEntity } from './household-member.entity';
import type { HouseholdEntity } from './household.entity';

export function memberView(member: HouseholdMemberEntity) {
  return {
    id: member.id,
    name: member.name,
    idNumber: member.idNumber,
    relation: member.relation,
    sex: member.sex,
    birthDate: member.birthDate,
    health: member.health,
    labourCapacity: member.labourCapacity,
    schooling: member.schooling,
    phone: member.phone,
  };
}
export type MemberView = ReturnType<typeof memberView>;

/** Staff view of a household: full details, head first. */
export function householdView(household: HouseholdEntity, members: HouseholdMemberEntity[]) {
  const ordered = [...members].sort(
    (a, b) => Number(b.relation === 'head') - Number(a.relation === 'head') || a.birthDate.localeCompare(b.birthDate),
  );
  return {
    id: household.id,
    villageId: household.villageId,
    villageCode: household.villageCode,
    groupId: household.groupId,
    status: household.status,
    /** When the status last changed: registration, exit, enrolment in monitoring … */
    statusSince: household.statusSince,
    exitYear: household.exitYear,
    monitoringObjectType: household.monitoringObjectType,
    povertyAttribute: household.povertyAttribute,
    mainCause: household.mainCause,
    perCapitaIncome: household.perCapitaIncome,
    livingConditions: {
      food: household.foodSecure,
      clothing: household.clothingSecure,
      education: household.educationSecure,
      medical: household.medicalSecure,
      housing: household.housingSecure,
      drinkingWater: household.drinkingWaterSecure,
    },
    members: ordered.map(memberView),
    version: household.version,
    createdAt: household.createdAt,
    updatedAt: household.updatedAt,
  };
}
export type HouseholdView = ReturnType<typeof householdView>;

export interface HouseholdListItem {
  id: string;
  villageId: string;
  villageCode: string;
  groupId: string;
  headName: string;
  size: number;
  status: HouseholdEntity['status'];
  povertyAttribute: HouseholdEntity['povertyAttribute'];
}
