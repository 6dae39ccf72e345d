import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An HTTP endpoint a county registered to hear of its cases' notifications. */
@Entity('webhook')
@Index('webhook_county_idx', ['countyCode'])
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  countyId!: string;

  /** The county's code: a case's notifications go to the webhooks of its county. */
  @Column({ type: 'varchar', length: 12, collation: 'C' })
  countyCode!: string;

  @Column({ type: 'varchar', length: 500 })
  url!: string;

  /** Key of the HMAC-SHA256 signature; shown once, when the webhook is registered. */
  @Column({ type: 'varchar', length: 100, select: false })
  secret!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
