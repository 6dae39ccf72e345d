import { ApiProperty } from '@nestjs/swagger';

export class HelpCadreView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: '帮扶单位' }) unit!: string;
  @ApiProperty() phone!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) accountId!: string | null;
  @ApiProperty({ description: '现结对的农户数' }) households!: number;
}

export class HelpCadreList {
  @ApiProperty({ type: [HelpCadreView] }) items!: HelpCadreView[];
}

export class PairingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cadreId!: string;
  @ApiProperty() cadreName!: string;
  @ApiProperty() cadreUnit!: string;
  @ApiProperty() cadrePhone!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '调整结对之日；仍在结对为 null' }) endsOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '调整结对的理由' }) endReason!: string | null;
}

export class CadreVisitView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() cadreName!: string;
  @ApiProperty({ format: 'date' }) visitedOn!: string;
  @ApiProperty() findings!: string;
  @ApiProperty({ type: String, nullable: true }) measuresDiscussed!: string | null;
}

/** A household's help: who is responsible now and before, its visits, when the next is due. */
export class HouseholdHelpView {
  @ApiProperty({ type: PairingView, nullable: true }) current!: PairingView | null;
  @ApiProperty({ type: [PairingView], description: '结对记录 (新的在前)' }) pairings!: PairingView[];
  @ApiProperty({ type: [CadreVisitView], description: '走访记录 (新的在前)' }) visits!: CadreVisitView[];
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '下次走访应在此日前 (按本县政策的走访间隔)' }) nextDueOn!: string | null;
  @ApiProperty({ enum: ['not_due', 'falling_due', 'overdue'] }) state!: 'not_due' | 'falling_due' | 'overdue';
}

export class VisitDueView {
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty({ type: String, nullable: true }) headName!: string | null;
  @ApiProperty() villageName!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ format: 'uuid' }) cadreId!: string;
  @ApiProperty() cadreName!: string;
  @ApiProperty() cadrePhone!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastVisitOn!: string | null;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: ['falling_due', 'overdue'] }) state!: 'falling_due' | 'overdue';
}

export class VisitDueList {
  @ApiProperty({ type: [VisitDueView] }) items!: VisitDueView[];
}
