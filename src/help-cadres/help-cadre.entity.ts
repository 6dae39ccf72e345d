import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A help cadre (帮扶责任人) of a county: a person from a unit paired with households, perhaps with a staff account. */
@Entity('help_cadre')
@Index('help_cadre_county_idx', ['countyCode', 'name'])
export class HelpCadreEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  countyCode!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  /** 帮扶单位: the office or enterprise the cadre comes from. */
  @Column({ type: 'varchar', length: 100 })
  unit!: string;

  @Column({ type: 'varchar', length: 20 })
  phone!: string;

  @Column({ type: 'uuid', nullable: true })
  accountId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A cadre paired with a household (结对帮扶) from a day until reassigned: the history of who was responsible. */
@Entity('cadre_pairing')
@Index('cadre_pairing_current', ['householdId'], { unique: true, where: 'ends_on IS NULL' })
@Index('cadre_pairing_cadre_idx', ['cadreId', 'endsOn'])
@Index('cadre_pairing_village_idx', ['villageCode'], { where: 'ends_on IS NULL' })
export class CadrePairingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  cadreId!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  /** The day another cadre took over; null while current. */
  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  /** Why the household was given to another cadre. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  endReason!: string | null;

  @Column({ type: 'uuid' })
  assignedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A help cadre's visit (走访) to a paired household: what was found, the measures discussed. */
@Entity('cadre_visit')
@Index('cadre_visit_household_idx', ['householdId', 'visitedOn'])
export class CadreVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'uuid' })
  pairingId!: string;

  @Column({ type: 'uuid' })
  cadreId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @Column({ type: 'date' })
  visitedOn!: string;

  @Column({ type: 'text' })
  findings!: string;

  @Column({ type: 'text', nullable: true })
  measuresDiscussed!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
