import { ApiProperty } from '@nestjs/swagger';
import type { AppraisalOutcome } from '../../workflows/meeting-rules';

class MeetingVoteOutcome {
  @ApiProperty({ enum: ['no_quorum', 'passed', 'failed', 'recommended', 'not_recommended'] }) outcome!: AppraisalOutcome | 'recommended' | 'not_recommended';
  @ApiProperty({ example: '通过 (赞成票过半)' }) label!: string;
}

class MeetingCaseOutcome {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() caseNumber!: string;
  /** What the meeting decided for the case, by the rule (村民委员会组织法 art. 26), in words. */
  @ApiProperty({ type: MeetingVoteOutcome, description: '按规则 (村民委员会组织法第二十六条) 得出的本户结果' }) vote!: MeetingVoteOutcome;
  @ApiProperty() stage!: string;
  @ApiProperty() stageLabel!: string;
  @ApiProperty({ type: String, nullable: true }) phase!: string | null;
  @ApiProperty() version!: number;
}

/** A meeting recorded (or, in a dry run, what it would decide): each case's outcome and where it now stands. */
export class MeetingOutcome {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ type: [MeetingCaseOutcome] }) cases!: MeetingCaseOutcome[];
}
