import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const DEADLINE_STATES = ['pending', 'fired', 'cancelled'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/**
 * Something that must happen at a time (a publicity window's end, a review limit, a follow-up
 * visit). The row is the truth; the delayed job in Redis is only its alarm clock.
 */
@Entity('deadline')
@Index('deadline_key_unique', ['key'], { unique: true })
@Index('deadline_pending_idx', ['dueAt'], { where: `state = 'pending'` })
export class DeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What makes it one deadline: "publicity:<noticeId>", "review-overdue:<caseId>:<version>" … */
  @Column({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  noticeId!: string | null;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'enum', enum: DEADLINE_STATES, enumName: 'deadline_state', default: 'pending' })
  state!: DeadlineState;

  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  firedAt!: Date | null;
}
