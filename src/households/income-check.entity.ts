import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { yuanTransformer } from '../database/yuan.transformer';

export const INCOME_CHECK_SOURCES = ['exit_verification', 'home_check', 'follow_up_visit', 'monitoring_visit'] as const;
export type IncomeCheckSource = (typeof INCOME_CHECK_SOURCES)[number];

/** Where an income figure was found, in Chinese. */
export const INCOME_CHECK_SOURCE_LABELS: Record<IncomeCheckSource, string> = { exit_verification: '退出核实', home_check: '入户核查', follow_up_visit: '回头看', monitoring_visit: '监测走访' };

/**
 * Per-capita income found at home on a day: the history the risk elimination guard reads
 * ("income stably above the monitoring line for half a year"). Written by every visit.
 */
@Entity('income_check')
@Index('income_check_household_idx', ['householdId', 'checkedOn'])
export class IncomeCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'date' })
  checkedOn!: string;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: yuanTransformer })
  perCapitaIncome!: number;

  @Column({ type: 'varchar', length: 20 })
  source!: IncomeCheckSource;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
