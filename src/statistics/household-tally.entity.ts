import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The registry counted per villager group, status and monitoring object type, so the statistics
 * never count households one by one (issue 15: a county of a million households in under 300 ms).
 * Triggers on `household` and `household_member` append signed changes to
 * `household_tally_pending`, each dated the day it took effect; the worker folds them into the
 * current totals (`household_tally`) and the totals per day (`household_tally_by_day`). Writers
 * only ever insert, so no two transactions wait on the same counter row.
 */
@Entity('household_tally_pending')
@Index('household_tally_pending_village_idx', ['villageCode'])
@Index('household_tally_pending_group_idx', ['groupId'])
export class HouseholdTallyPendingEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  /** The day the change took effect, in China. */
  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: string;

  /** The monitoring object type of a monitored household, '' otherwise. */
  @Column({ type: 'varchar', length: 20 })
  objectType!: string;

  @Column({ type: 'integer' })
  households!: number;

  @Column({ type: 'integer' })
  people!: number;
}

/** Households and people of each group, status and object type now (with changes dated ahead). */
@Entity('household_tally')
@Index('household_tally_village_idx', ['villageCode'])
export class HouseholdTallyEntity {
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  status!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  objectType!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @Column({ type: 'integer' })
  households!: number;

  @Column({ type: 'integer' })
  people!: number;
}

/** The net change of each group, status and object type per day: a past day's figures are today's less the days after it. */
@Entity('household_tally_by_day')
@Index('household_tally_by_day_village_idx', ['villageCode', 'day'])
export class HouseholdTallyByDayEntity {
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  status!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  objectType!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @Column({ type: 'integer' })
  households!: number;

  @Column({ type: 'integer' })
  people!: number;
}
