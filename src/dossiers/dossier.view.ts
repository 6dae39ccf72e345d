import { ApiProperty } from '@nestjs/swagger';
import type { ExclusionCheckResult } from '../../workflows/identification/identification.types';
import type { CrossCheckHit, Visitor } from '../../workflows/case-types';
import { CaseView, JournalEntryView } from '../cases/case.view';
import { HouseholdView } from '../households/household.view';

class DossierHousehold extends HouseholdView {
  @ApiProperty({ example: '青山村' }) villageName!: string;
  @ApiProperty({ example: '一组' }) groupName!: string;
}

class DossierVote {
  @ApiProperty({ type: Boolean, nullable: true, description: '村民小组评议: 是否推荐' }) recommended!: boolean | null;
  @ApiProperty({ type: Number, nullable: true }) inFavour!: number | null;
  @ApiProperty({ type: Number, nullable: true }) against!: number | null;
  @ApiProperty({ type: Number, nullable: true }) abstaining!: number | null;
  @ApiProperty() cadreRelationDeclared!: boolean;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

class DossierMeeting {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['group_review', 'representatives'] }) kind!: string;
  @ApiProperty({ example: '村民代表大会民主评议' }) kindLabel!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty() place!: string;
  @ApiProperty({ type: String, nullable: true }) groupName!: string | null;
  @ApiProperty({ type: Number, nullable: true }) inOffice!: number | null;
  @ApiProperty() present!: number;
  @ApiProperty({ type: [String] }) attendees!: string[];
  @ApiProperty({ type: DossierVote, description: '本户的表决' }) vote!: DossierVote;
  @ApiProperty({ example: '通过', description: '按规则得出的本户结果' }) outcome!: string;
}

class DossierVerification {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'identification' }) kind!: string;
  @ApiProperty({ example: '入户核实' }) kindLabel!: string;
  @ApiProperty({ format: 'date' }) visitedOn!: string;
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, team: { type: 'string' } } } }) visitors!: Visitor[];
  @ApiProperty() fullHomeVisit!: boolean;
  @ApiProperty({ type: Number, nullable: true }) incomeFound!: number | null;
  @ApiProperty({ type: Number, nullable: true }) incomeYear!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'boolean' } }) livingConditions!: Record<string, boolean>;
  @ApiProperty({ type: Boolean, nullable: true }) consentSigned!: boolean | null;
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { check: { type: 'string' }, found: { type: 'boolean' }, source: { type: 'string' } } } }) exclusionChecks!: ExclusionCheckResult[];
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, resolution: { type: 'string' }, note: { type: 'string' } } } }) crossCheckHits!: (CrossCheckHit & { note?: string })[];
  @ApiProperty({ type: Boolean, nullable: true }) eligible!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

class DossierNotice {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() stage!: string;
  @ApiProperty({ example: '贫困户识别 · 村级第一次公示' }) title!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
}

class DossierObjection {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'YY-2026-000001' }) publicNumber!: string;
  @ApiProperty({ enum: ['objection', 'appeal'] }) kind!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ example: '已办结' }) statusLabel!: string;
  @ApiProperty() stage!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true }) objectorName!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) filedAt!: Date;
  @ApiProperty({ type: String, nullable: true }) finding!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt!: Date | null;
}

class DossierDecision {
  @ApiProperty() sequence!: number;
  @ApiProperty() eventType!: string;
  @ApiProperty() stage!: string;
  @ApiProperty() stageLabel!: string;
  @ApiProperty({ enum: ['approve', 'return', 'reject'] }) decision!: string;
  @ApiProperty({ example: '通过' }) decisionLabel!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ type: String, nullable: true }) username!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '办理人姓名或单位' }) displayName!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: Date;
}

class DossierTimeLimit {
  @ApiProperty() limit!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ type: String, format: 'date-time' }) dueAt!: Date;
  @ApiProperty() state!: string;
}

/** Everything a reviewer reads before deciding, in the order the case went. */
export class Dossier {
  @ApiProperty({ type: CaseView }) case!: CaseView;
  @ApiProperty({ type: DossierHousehold }) household!: DossierHousehold;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '申请书 (开立案件时提交的内容)' }) application!: Record<string, unknown>;
  @ApiProperty({ type: [DossierMeeting] }) meetings!: DossierMeeting[];
  @ApiProperty({ type: [DossierVerification] }) verifications!: DossierVerification[];
  @ApiProperty({ type: [DossierNotice] }) notices!: DossierNotice[];
  @ApiProperty({ type: [DossierObjection] }) objections!: DossierObjection[];
  @ApiProperty({ type: [DossierDecision] }) decisions!: DossierDecision[];
  @ApiProperty({ type: [DossierTimeLimit] }) timeLimits!: DossierTimeLimit[];
  @ApiProperty({ type: [JournalEntryView] }) journal!: JournalEntryView[];
}
