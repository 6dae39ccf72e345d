import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const HOUSEHOLD_CHANGE_ACTIONS = [
  'registered',
  'updated',
  'member_added',
  'member_updated',
  'member_removed',
  'head_changed',
  'status_changed',
  'measure_planned',
  'measure_updated',
] as const;
export type HouseholdChangeAction = (typeof HOUSEHOLD_CHANGE_ACTIONS)[number];

/** Field → [before, after]; member changes are keyed "members.<memberId>.<field>". */
export type ChangeSet = Record<string, [unknown, unknown]>;

/** Append-only history of a household: who changed what, when. */
@Entity('household_change')
@Index('household_change_household_idx', ['householdId', 'id'])
export class HouseholdChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'enum', enum: HOUSEHOLD_CHANGE_ACTIONS, enumName: 'household_change_action' })
  action!: HouseholdChangeAction;

  @Column({ type: 'jsonb' })
  changes!: ChangeSet;
}
