import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { yuanTransformer } from '../database/yuan.transformer';
import type { CrossCheckHit, ExclusionCheckResult, Visitor } from '../../workflows/identification/identification.types';

/** A home visit (入户核实): who, when, what was found, and how each lead was settled. */
@Entity('verification')
@Index('verification_case_idx', ['caseId'])
export class VerificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'date' })
  visitedOn!: string;

  @Column({ type: 'jsonb' })
  visitors!: Visitor[];

  @Column({ type: 'boolean' })
  fullHomeVisit!: boolean;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: yuanTransformer })
  incomeFound!: number | null;

  @Column({ type: 'jsonb' })
  livingConditions!: Record<string, boolean>;

  @Column({ type: 'jsonb' })
  exclusionChecks!: ExclusionCheckResult[];

  @Column({ type: 'jsonb' })
  crossCheckHits!: (CrossCheckHit & { note?: string })[];

  @Column({ type: 'boolean' })
  eligible!: boolean;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
