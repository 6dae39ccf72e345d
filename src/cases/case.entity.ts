import { GENESIS_HASH } from './journal-hash';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CountyPolicy } from '../../workflows/policy';
import type { ActingRole } from '../../workflows/procedure';

/** A household's run through one procedure (identification, exit, monitoring). */
@Entity('procedure_case')
// One open case per household per procedure (procedures.md: a new round is a new case).
@Index('procedure_case_one_open', ['householdId', 'procedure'], { unique: true, where: 'NOT final' })
@Index('procedure_case_number_unique', ['caseNumber'], { unique: true })
@Index('procedure_case_village_idx', ['villageCode', 'id'])
@Index('procedure_case_awaiting_idx', ['awaitingRole', 'villageCode'])
// The statistics: running cases per stage (index only), the overdue ones (a range of due times), a procedure's cases.
@Index('procedure_case_open_stage_idx', ['villageCode', 'procedure', 'stage', 'stageDueAt', 'dueAt'], { where: 'NOT final' })
@Index('procedure_case_overdue_idx', ['stageDueAt'], { where: 'NOT final AND awaiting_role IS NOT NULL' })
@Index('procedure_case_procedure_idx', ['procedure', 'villageCode'])
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Shown to applicants, e.g. SB-2026-000123. */
  @Column({ type: 'varchar', length: 32 })
  caseNumber!: string;

  @Column({ type: 'varchar', length: 32 })
  procedure!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @Column({ type: 'integer' })
  machineVersion!: number;

  @Column({ type: 'integer' })
  policyVersion!: number;

  /** The county policy as it was when the case started. */
  @Column({ type: 'jsonb' })
  policy!: CountyPolicy;

  /** SHA-256 of the policy as stored, kept by a trigger: what the command path reads in its place (case-rows.ts). */
  @Column({ type: 'bytea', select: false, insert: false, update: false })
  policyDigest!: Buffer;

  /** What the household applied with (reasons, self-reported facts, consent). */
  @Column({ type: 'jsonb' })
  application!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 40 })
  stage!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phase!: string | null;

  @Column({ type: 'boolean', default: false })
  final!: boolean;

  /** The office that must act next, for "waiting on me" lists. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  awaitingRole!: ActingRole | null;

  /** When the office acting now must have acted (county review limits); null without a limit. */
  @Column({ type: 'timestamptz', nullable: true })
  stageDueAt!: Date | null;

  /** The whole procedure's time limit (monitoring: 15 days from the first lead); null without one. */
  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** XState persisted snapshot. */
  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /**
   * The journal's newest entry (its sequence and hash), kept on the row the command locks: the
   * next entry chains to it without reading the journal, and a command that waited for the lock
   * sees the entry the one before it wrote.
   */
  @Column({ type: 'integer', default: 0 })
  journalSequence!: number;

  @Column({ type: 'varchar', length: 64, default: GENESIS_HASH })
  journalHash!: string;

  /** The staff account that opened it; null for a lead a resident's own report opened (农户自主申报). */
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
