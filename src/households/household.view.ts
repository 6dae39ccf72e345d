import { ApiProperty } from '@nestjs/swagger';
import type { MonitoringObjectType } from '../../workflows/policy';
import type { HouseholdMemberEntity } from './household-member.entity';
import type { HouseholdEntity } from './household.entity';
import { HOUSEHOLD_CHANGE_ACTIONS, type ChangeSet, type HouseholdChangeAction } from './household-change.entity';
import {
  HEALTH,
  HOUSEHOLD_STATUS,
  LABOUR_CAPACITY,
  POVERTY_ATTRIBUTE,
  POVERTY_CAUSE,
  RELATION,
  SCHOOLING,
  SEX,
  type Health,
  type HouseholdStatus,
  type LabourCapacity,
  type PovertyAttribute,
  type PovertyCause,
  type Relation,
  type Schooling,
  type SexValue,
} from './household.enums';

export class MemberView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '450123198003150011' }) idNumber!: string;
  @ApiProperty({ enum: RELATION.values }) relation!: Relation;
  @ApiProperty({ enum: SEX.values }) sex!: SexValue;
  @ApiProperty({ format: 'date' }) birthDate!: string;
  @ApiProperty({ enum: HEALTH.values }) health!: Health;
  @ApiProperty({ enum: LABOUR_CAPACITY.values }) labourCapacity!: LabourCapacity;
  @ApiProperty({ enum: SCHOOLING.values }) schooling!: Schooling;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

export function memberView(member: HouseholdMemberEntity): MemberView {
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

/** 两不愁三保障 and safe water: true secured, false not, null unknown. */
class LivingConditionsView {
  @ApiProperty({ type: Boolean, nullable: true, description: '不愁吃' }) food!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, description: '不愁穿' }) clothing!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, description: '义务教育有保障' }) education!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, description: '基本医疗有保障' }) medical!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, description: '住房安全有保障' }) housing!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, description: '饮水安全有保障' }) drinkingWater!: boolean | null;
}

/** Staff view of a household: full details, head first. */
export class HouseholdView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) villageId!: string;
  @ApiProperty() villageCode!: string;
  @ApiProperty({ format: 'uuid' }) groupId!: string;
  @ApiProperty({ enum: HOUSEHOLD_STATUS.values }) status!: HouseholdStatus;
  /** When the status last changed: registration, exit, enrolment in monitoring … */
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '状态变更日期' }) statusSince!: string | null;
  @ApiProperty({ type: Number, nullable: true }) exitYear!: number | null;
  @ApiProperty({ type: String, nullable: true }) monitoringObjectType!: MonitoringObjectType | null;
  @ApiProperty({ type: String, enum: POVERTY_ATTRIBUTE.values, nullable: true }) povertyAttribute!: PovertyAttribute | null;
  @ApiProperty({ type: String, enum: POVERTY_CAUSE.values, nullable: true }) mainCause!: PovertyCause | null;
  @ApiProperty({ type: Number, nullable: true, description: '家庭人均纯收入 (元/年)' }) perCapitaIncome!: number | null;
  @ApiProperty({ type: LivingConditionsView }) livingConditions!: LivingConditionsView;
  @ApiProperty({ type: [MemberView] }) members!: MemberView[];
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export function householdView(household: HouseholdEntity, members: HouseholdMemberEntity[]): HouseholdView {
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
export class HouseholdListItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) villageId!: string;
  @ApiProperty() villageCode!: string;
  @ApiProperty({ format: 'uuid' }) groupId!: string;
  @ApiProperty() headName!: string;
  @ApiProperty() size!: number;
  @ApiProperty({ enum: HOUSEHOLD_STATUS.values }) status!: HouseholdStatus;
  @ApiProperty({ type: String, enum: POVERTY_ATTRIBUTE.values, nullable: true }) povertyAttribute!: PovertyAttribute | null;
}

/** One change of a household as its history shows it: who, when, what (before → after). */
export class HouseholdChangeView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: Date;
  @ApiProperty({ enum: HOUSEHOLD_CHANGE_ACTIONS }) action!: HouseholdChangeAction;
  @ApiProperty({ example: '添加家庭成员' }) actionLabel!: string;
  @ApiProperty({ format: 'uuid' }) accountId!: string;
  @ApiProperty({ type: String, nullable: true }) username!: string | null;
  /** Field → [before, after]; member changes are keyed "members.<memberId>.<field>". */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', items: {}, minItems: 2, maxItems: 2 }, description: '字段 → [修改前, 修改后]' }) changes!: ChangeSet;
}
