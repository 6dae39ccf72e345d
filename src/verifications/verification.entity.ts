import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { yuanTransformer } from '../database/yuan.transformer';
import type { CrossCheckHit, ExclusionCheckResult, Visitor } from '../../workflows/identification/identification.types';

export type VerificationKind = 'identification' | 'exit' | 'home_check';

/** A home visit (入户核实): who, when, what was found, and how each lead was settled. */
@Entity('verification')
@Index('verification_case_idx', ['caseId'])
export class VerificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** What the visit was for: identification (入户核实), exit (退出核实), home_check (监测核查). */
  @Column({ type: 'varchar', length: 20, default: 'identification' })
  kind!: VerificationKind;

  @Column({ type: 'date' })
  visitedOn!: string;

  @Column({ type: 'jsonb' })
  visitors!: Visitor[];

  @Column({ type: 'boolean' })
  fullHomeVisit!: boolean;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: yuanTransformer })
  incomeFound!: number | null;

  @Column({ type: 'integer', nullable: true })
  incomeYear!: number | null;

  @Column({ type: 'jsonb' })
  livingConditions!: Record<string, boolean>;

  /** Monitoring: the household's signed consent to the check (承诺授权). */
  @Column({ type: 'boolean', nullable: true })
  consentSigned!: boolean | null;

  @Column({ type: 'jsonb' })
  exclusionChecks!: ExclusionCheckResult[];

  @Column({ type: 'jsonb' })
  crossCheckHits!: (CrossCheckHit & { note?: string })[];

  /** Identification: the visitors' conclusion; exit and monitoring leave the judgement to the rules. */
  @Column({ type: 'boolean', nullable: true })
  eligible!: boolean | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
