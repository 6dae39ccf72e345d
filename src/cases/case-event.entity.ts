import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The journal: one row per change of a case, append-only (a trigger refuses UPDATE, DELETE
 * and TRUNCATE), each row hash-chained to the one before it on the same case.
 */
@Entity('case_event')
@Index('case_event_sequence_unique', ['caseId', 'sequence'], { unique: true })
export class CaseEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** 1, 2, 3 … per case. */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Null for the system (deadlines). */
  @Column({ type: 'uuid', nullable: true })
  accountId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  role!: string;

  @Column({ type: 'varchar', length: 40 })
  eventType!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 80, nullable: true })
  stageBefore!: string | null;

  @Column({ type: 'varchar', length: 80 })
  stageAfter!: string;

  @Column({ type: 'integer' })
  machineVersion!: number;

  @Column({ type: 'integer' })
  policyVersion!: number;

  @Column({ type: 'char', length: 64 })
  previousHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
