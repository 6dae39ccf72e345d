import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import {
  HEALTH,
  LABOUR_CAPACITY,
  RELATION,
  SCHOOLING,
  SEX,
  type Health,
  type LabourCapacity,
  type Relation,
  type Schooling,
  type SexValue,
} from './household.enums';
import { HouseholdEntity } from './household.entity';

@Entity('household_member')
// One person belongs to at most one household (procedures.md): the ID number is unique.
@Index('household_member_id_number_unique', ['idNumber'], { unique: true })
// Exactly one head per household; the service keeps "at least one", the index "at most one".
@Index('household_member_one_head', ['householdId'], { unique: true, where: `relation = 'head'` })
@Index('household_member_household_idx', ['householdId'])
export class HouseholdMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => HouseholdEntity, (household) => household.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: HouseholdEntity;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 18 })
  idNumber!: string;

  @Column({ type: 'enum', enum: RELATION.values, enumName: 'member_relation' })
  relation!: Relation;

  @Column({ type: 'enum', enum: SEX.values, enumName: 'member_sex' })
  sex!: SexValue;

  @Column({ type: 'date' })
  birthDate!: string;

  @Column({ type: 'enum', enum: HEALTH.values, enumName: 'member_health' })
  health!: Health;

  @Column({ type: 'enum', enum: LABOUR_CAPACITY.values, enumName: 'member_labour_capacity' })
  labourCapacity!: LabourCapacity;

  @Column({ type: 'enum', enum: SCHOOLING.values, enumName: 'member_schooling' })
  schooling!: Schooling;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
