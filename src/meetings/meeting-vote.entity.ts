import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/** The meeting's outcome for one case: a recommendation (group) or a vote (representatives). */
@Entity('meeting_vote')
@Index('meeting_vote_case_unique', ['meetingId', 'caseId'], { unique: true })
@Index('meeting_vote_case_idx', ['caseId'])
export class MeetingVoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, (meeting) => meeting.votes, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'boolean', nullable: true })
  recommended!: boolean | null;

  @Column({ type: 'integer', nullable: true })
  inFavour!: number | null;

  @Column({ type: 'integer', nullable: true })
  against!: number | null;

  @Column({ type: 'integer', nullable: true })
  abstaining!: number | null;

  /** A cadre relative's relation was stated to the meeting (防止优亲厚友). */
  @Column({ type: 'boolean', default: false })
  cadreRelationDeclared!: boolean;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
