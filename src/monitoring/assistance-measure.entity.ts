import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MeasureKind, MeasureStatus } from './measure-kinds';

/** One assistance measure of a monitored household's plan (一户一策). */
@Entity('assistance_measure')
@Index('assistance_measure_household_idx', ['householdId'])
export class AssistanceMeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: MeasureKind;

  @Column({ type: 'text' })
  description!: string;

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
