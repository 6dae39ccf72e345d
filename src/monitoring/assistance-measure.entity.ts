import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const MEASURE_KINDS = {
  industry: '产业帮扶',
  employment: '就业帮扶',
  health: '健康帮扶',
  education: '教育帮扶',
  housing: '住房安全保障',
  drinking_water: '饮水安全保障',
  social_security: '综合保障 (低保、特困供养)',
  other: '其他帮扶',
} as const;
export type MeasureKind = keyof typeof MEASURE_KINDS;

export const MEASURE_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

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
