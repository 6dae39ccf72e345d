import { ApiProperty } from '@nestjs/swagger';
import { NOTICE_STATES, type NoticeState } from './dto/list-publicity.query';

/** A publicity notice: one village, one stage, its cases and its window. */
export class NoticeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ required: false, description: '已撤销' }) cancelled?: boolean;
  @ApiProperty({ format: 'uuid' }) villageId!: string;
  @ApiProperty() villageCode!: string;
  @ApiProperty({ example: 'identification' }) procedure!: string;
  @ApiProperty({ example: 'village_publicity' }) stage!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ type: String, format: 'date-time', description: '公示期截止' }) endsAt!: Date;
  @ApiProperty({ type: [String] }) caseIds!: string[];
}

class NoticeCaseOutcome {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() stage!: string;
  @ApiProperty({ type: String, nullable: true }) phase!: string | null;
  @ApiProperty({ required: false, description: '未办理的原因 (如有未处理的异议)' }) skipped?: string;
}

export class NoticeOutcome {
  @ApiProperty({ type: NoticeView }) notice!: NoticeView;
  /** Per case: its stage after the command, or why nothing was done. */
  @ApiProperty({ type: [NoticeCaseOutcome] }) cases!: NoticeCaseOutcome[];
}

/** A notice as lists show it, titled as the board titles it. */
export class NoticeListItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) villageId!: string;
  @ApiProperty() villageCode!: string;
  @ApiProperty() villageName!: string;
  @ApiProperty() procedure!: string;
  @ApiProperty() stage!: string;
  /** As the board titles it (贫困户识别 · 村级第一次公示). */
  @ApiProperty({ example: '贫困户识别 · 村级第一次公示' }) title!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt!: Date;
  @ApiProperty() caseCount!: number;
  @ApiProperty({ enum: NOTICE_STATES }) state!: NoticeState;
}
