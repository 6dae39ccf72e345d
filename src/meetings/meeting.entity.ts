import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingVoteEntity } from './meeting-vote.entity';

export const MEETING_KINDS = ['group_review', 'representatives'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** A villager group meeting (村民小组会议) or a representatives' meeting (村民代表大会). */
@Entity('meeting')
@Index('meeting_village_idx', ['villageCode', 'heldOn'])
@Index('meeting_group_idx', ['groupId'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: MEETING_KINDS, enumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Column({ type: 'uuid' })
  villageId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  /** A group review is one villager group's meeting (村民小组会议); representatives meet for the village. */
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'varchar', length: 200 })
  place!: string;

  /** Representatives' meetings: representatives in office and present. */
  @Column({ type: 'integer', nullable: true })
  inOffice!: number | null;

  @Column({ type: 'integer' })
  present!: number;

  @Column({ type: 'jsonb' })
  attendees!: string[];

  @Column({ type: 'text' })
  minutes!: string;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => MeetingVoteEntity, (vote) => vote.meeting)
  votes?: MeetingVoteEntity[];
}
