import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Effects to carry out after commit (notifications, deadlines), written in the same
 * transaction as the change that caused them; a relay moves them to the queues.
 */
@Entity('outbox')
@Index('outbox_unsent_idx', ['id'], { where: 'sent_at IS NULL' })
@Index('outbox_undelivered_idx', ['id'], { where: "kind = 'notify' AND sent_at IS NOT NULL AND delivered_at IS NULL" })
export class OutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Put on a queue (the alarm set, the delivery job added). */
  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** The delivery job that carries a notification (several notifications share one); null before jobs carried many. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  deliveryJob!: string | null;

  /** A notification's deliveries done: until then its job is put back if Redis lost it. */
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
