import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MeasureStatus } from './measure-statuses';

/**
 * One assistance measure of a household's plan (一户一策), a line of its ledger: its type (the
 * national list or the county's own), the department responsible, the amount where there is one,
 * its dates and its progress.
 */
@Entity('assistance_measure')
@Index('assistance_measure_household_idx', ['householdId'])
export class AssistanceMeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  /** A code of measureTypesOf(the county's policy). */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  department!: string;

  /** Yuan, where the measure has an amount (a loan, a subsidy, an allowance per year). */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: { to: (value: number | null | undefined) => value, from: (value: string | null) => (value === null ? null : Number(value)) } })
  amount!: number | null;

  /** When it starts (or started), if planned for a day. */
  @Column({ type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ type: 'varchar', length: 12 })
  status!: MeasureStatus;

  /** The day it was carried out (已落实), when done. */
  @Column({ type: 'date', nullable: true })
  doneOn!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
