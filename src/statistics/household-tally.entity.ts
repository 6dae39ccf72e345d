import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The registry counted per village (and per villager group, for a village's own page), status and
 * monitoring object type, so the statistics never count households one by one (issue 15: a county
 * of a million households in under 300 ms). Triggers on `household` and `household_member` append
 * signed changes to `household_tally_pending`, each dated the day it took effect; the worker folds
 * them into the current totals and the totals per day, per village and per group. Writers only
 * ever insert, so no two transactions wait on the same counter row. A county or township reads
 * village rows; only a village reads its groups' rows.
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

/** What every tally row counts. */
abstract class Counts {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  status!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  objectType!: string;

  @Column({ type: 'integer' })
  households!: number;

  @Column({ type: 'integer' })
  people!: number;
}

/** Each village's households and people now (changes dated ahead included). */
@Entity('household_tally')
export class VillageTallyEntity extends Counts {
  @PrimaryColumn({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;
}

/** Each village's net change per day: a past day's figures are today's less the days after it. */
@Entity('household_tally_by_day')
// A region's days after a date (the statistics as of a past day): its villages' codes first, as the group tally's.
@Index('household_tally_by_day_village_idx', ['villageCode', 'day'])
export class VillageTallyByDayEntity extends Counts {
  @PrimaryColumn({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;
}

/** Each villager group's households and people now. */
@Entity('household_group_tally')
@Index('household_group_tally_village_idx', ['villageCode'])
export class GroupTallyEntity extends Counts {
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;
}

/** Each villager group's net change per day. */
@Entity('household_group_tally_by_day')
@Index('household_group_tally_by_day_village_idx', ['villageCode', 'day'])
export class GroupTallyByDayEntity extends Counts {
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;
}
