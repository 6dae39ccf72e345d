import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A publicity notice (公示): one village, one stage, many cases, one window. */
@Entity('publicity_notice')
@Index('publicity_notice_village_idx', ['villageCode', 'startsOn'])
@Index('publicity_notice_public_number_unique', ['publicNumber'], { unique: true })
export class PublicityNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The notice's number on the board and on paper, e.g. GS-2026-000012. */
  @Column({ type: 'varchar', length: 32 })
  publicNumber!: string;

  @Column({ type: 'uuid' })
  villageId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  /** The procedure of every case on it (identification, exit, monitoring …). */
  @Column({ type: 'varchar', length: 32, default: 'identification' })
  procedure!: string;

  @Column({ type: 'varchar', length: 40 })
  stage!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  /** 24:00 China time of the last day. */
  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'jsonb' })
  caseIds!: string[];

  @Column({ type: 'uuid' })
  openedBy!: string;

  /** Closed early by cancelling it (the only early close), with the reason. */
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
