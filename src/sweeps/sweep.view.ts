import { ApiProperty } from '@nestjs/swagger';

/** How far a sweep (or a part of it) has come: households, visited, risks seen. */
export class SweepCounts {
  @ApiProperty({ description: '应走访农户' }) households!: number;
  @ApiProperty({ description: '已分配走访人' }) assigned!: number;
  @ApiProperty({ description: '已走访' }) visited!: number;
  @ApiProperty({ description: '走访发现风险 (已生成或并入风险线索)' }) risks!: number;
  @ApiProperty({ description: '覆盖率 (%)，已走访 / 应走访' }) coverage!: number;
}

export class SweepView extends SweepCounts {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026年冬季防返贫集中排查' }) name!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ enum: ['upcoming', 'running', 'ended'], description: '未开始、进行中、已结束 (按今天)' }) period!: 'upcoming' | 'running' | 'ended';
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

export class SweepList {
  @ApiProperty({ type: [SweepView] }) items!: SweepView[];
}

export class VillageCoverage extends SweepCounts {
  @ApiProperty({ format: 'uuid' }) villageId!: string;
  @ApiProperty() villageName!: string;
}

export class VisitorCoverage {
  @ApiProperty({ format: 'uuid' }) visitorId!: string;
  @ApiProperty() visitorName!: string;
  @ApiProperty({ description: '分配的农户' }) assigned!: number;
  @ApiProperty({ description: '已走访' }) visited!: number;
  @ApiProperty({ description: '走访发现风险' }) risks!: number;
}

/** A sweep with its coverage, per village and per visitor, within the caller's jurisdiction. */
export class SweepCoverageView {
  @ApiProperty({ type: SweepView }) sweep!: SweepView;
  @ApiProperty({ type: [VillageCoverage] }) villages!: VillageCoverage[];
  @ApiProperty({ type: [VisitorCoverage] }) visitors!: VisitorCoverage[];
}

export class SweepHouseholdView {
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty({ type: String, nullable: true }) headName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '村民小组' }) groupName!: string | null;
  @ApiProperty() villageName!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) visitorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) visitorName!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) visitedOn!: string | null;
  @ApiProperty({ description: '走访发现风险' }) riskSeen!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '走访生成或并入的风险线索' }) leadCaseId!: string | null;
}

export class VisitorChoice {
  @ApiProperty({ format: 'uuid' }) visitorId!: string;
  @ApiProperty() visitorName!: string;
  @ApiProperty({ format: 'uuid' }) villageId!: string;
  @ApiProperty() villageName!: string;
}

export class VisitorChoiceList {
  @ApiProperty({ type: [VisitorChoice] }) items!: VisitorChoice[];
}

export class AssignmentResult {
  @ApiProperty({ description: '本次分配的农户数 (已走访的不改)' }) assigned!: number;
}
