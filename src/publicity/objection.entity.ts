import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const OBJECTION_KINDS = ['objection', 'appeal'] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];
/** cancelled: the notice it was filed against was withdrawn before a finding. */
export const OBJECTION_STATUSES = ['open', 'upheld', 'dismissed', 'cancelled'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** An objection (异议) during publicity, or an appeal (复核申请) against a decision. */
@Entity('objection')
@Index('objection_case_idx', ['caseId', 'status'])
@Index('objection_public_number_unique', ['publicNumber'], { unique: true })
// A form sent twice (a double tap) is one objection.
@Index('objection_submission_unique', ['submissionKey'], { unique: true, where: 'submission_key IS NOT NULL' })
export class ObjectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid', nullable: true })
  noticeId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  stage!: string;

  /** Given to the objector to look the finding up, e.g. YY-2026-000042. */
  @Column({ type: 'varchar', length: 32 })
  publicNumber!: string;

  /** The form's one-time key, for objections filed on the public board. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  submissionKey!: string | null;

  @Column({ type: 'enum', enum: OBJECTION_KINDS, enumName: 'objection_kind' })
  kind!: ObjectionKind;

  @Column({ type: 'varchar', length: 50, nullable: true })
  objectorName!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  objectorContact!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: ObjectionStatus;

  @Column({ type: 'text', nullable: true })
  finding!: string | null;

  @Column({ type: 'timestamptz' })
  filedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  filedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;
}
