import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LivingConditions, Visitor } from '../../workflows/case-types';
import { yuanTransformer } from '../database/yuan.transformer';

/** A follow-up visit (回头看) due after an exit, and what it found once recorded. */
@Entity('follow_up_visit')
@Index('follow_up_visit_due_idx', ['villageCode', 'dueOn'])
@Index('follow_up_visit_unique', ['exitCaseId', 'dueOn'], { unique: true })
export class FollowUpVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @Column({ type: 'uuid' })
  exitCaseId!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'date', nullable: true })
  visitedOn!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  visitors!: Visitor[] | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: yuanTransformer })
  incomeFound!: number | null;

  @Column({ type: 'integer', nullable: true })
  incomeYear!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  livingConditions!: Partial<LivingConditions> | null;

  /** Below the monitoring line or a 三保障 risk: the visit opened a monitoring case. */
  @Column({ type: 'boolean', nullable: true })
  atRisk!: boolean | null;

  @Column({ type: 'uuid', nullable: true })
  monitoringCaseId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Why the visit was recorded before its due window (policy `exit.followUpEarlyDays`). */
  @Column({ type: 'text', nullable: true })
  earlyReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
