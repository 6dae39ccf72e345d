import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const DELIVERY_STATUSES = ['sending', 'sent', 'failed', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One notification to one recipient on one channel. Its unique key is what makes delivery
 * at-most-once when a job runs twice.
 */
@Entity('notification_delivery')
@Index('notification_delivery_once', ['outboxId', 'channel', 'recipientKey'], { unique: true })
@Index('notification_delivery_dead_idx', ['status'], { where: `status = 'dead'` })
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint' })
  outboxId!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: 'inbox' | 'sms' | 'webhook';

  /** "account:<id>", "household:<id>", "webhook:<id>" … */
  @Column({ type: 'varchar', length: 80 })
  recipientKey!: string;

  @Column({ type: 'enum', enum: DELIVERY_STATUSES, enumName: 'delivery_status' })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
