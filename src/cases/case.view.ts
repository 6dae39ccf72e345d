import type { ProcedureDefinition } from '../../workflows/procedure';
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { AllowedAction } from './case-actions';

class CaseHouseholdView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: '户主姓名' }) headName!: string | null;
  @ApiProperty({ description: '家庭人口' }) size!: number;
  @ApiProperty({ example: '450123100201' }) villageCode!: string;
  @ApiProperty({ format: 'uuid', description: '村民小组' }) groupId!: string;
  @ApiProperty({ description: '农户状态，如 registered (建档立卡)' }) status!: string;
  @ApiProperty({ example: '建档立卡贫困户' }) statusLabel!: string;
  @ApiProperty({ type: Number, nullable: true }) exitYear!: number | null;
  @ApiProperty({ type: String, nullable: true }) monitoringObjectType!: string | null;
}

class CaseStageView {
  @ApiProperty({ example: 'township_review' }) code!: string;
  @ApiProperty({ example: '乡镇审核' }) label!: string;
  @ApiProperty({ type: String, nullable: true, description: '阶段内的环节，如 awaiting_findings' }) phase!: string | null;
  @ApiProperty({ type: String, nullable: true }) phaseLabel!: string | null;
  @ApiProperty({ description: '已办结' }) final!: boolean;
}

export class CaseLeadView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'vehicle_or_machinery' }) check!: string;
  @ApiProperty({ example: '拥有超出生产需要的车辆或大型机械' }) checkLabel!: string;
  @ApiProperty({ example: '公安交管' }) source!: string;
  @ApiProperty({ example: '登记小型轿车一辆 (桂A·12345)' }) detail!: string;
  @ApiProperty({ example: '韦建国' }) memberName!: string;
  @ApiProperty({ example: '公安交管·拥有超出生产需要的车辆或大型机械·韦建国', description: '入户核实时在 crossCheckHits 中的名称' }) hitSource!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

/** A department's screening alert on a risk lead (部门筛查预警): what it said, of whom, from which file. */
export class ScreeningAlertView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'medical_costs' }) alertType!: string;
  @ApiProperty({ example: '医疗费用自付较高' }) alertLabel!: string;
  @ApiProperty({ example: '医保' }) department!: string;
  @ApiProperty({ type: String, nullable: true, example: '县医保局', description: '上传时填写的数据来源' }) source!: string | null;
  @ApiProperty({ example: '韦建国' }) memberName!: string;
  @ApiProperty({ type: Number, nullable: true, example: 15000, description: '金额 (元)' }) amount!: number | null;
  @ApiProperty({ type: String, format: 'date', example: '2026-02-20' }) alertedOn!: string;
  @ApiProperty({ example: '住院自付' }) detail!: string;
  @ApiProperty({ example: '2026年2月医保预警.xlsx' }) fileName!: string;
}

export class CaseStepView {
  @ApiProperty({ example: 'group_review' }) code!: string;
  @ApiProperty({ example: '村民小组评议' }) label!: string;
  @ApiProperty({ description: '公示阶段 (须发布公示，期满无异议方可继续)' }) publicity!: boolean;
  @ApiProperty({ type: String, enum: ['group_review', 'representatives'], nullable: true, description: '由哪种评议会议决定 (村民小组评议、村民代表大会)' }) meeting!: 'group_review' | 'representatives' | null;
}

class CaseRejectionView {
  @ApiProperty() stage!: string;
  @ApiProperty() stageLabel!: string;
  @ApiProperty() reason!: string;
}

class CaseWithdrawalView {
  @ApiProperty() stage!: string;
  @ApiProperty() reason!: string;
}

class CasePublicityView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) noticeId!: string | null;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() windowEnded!: boolean;
}

class OpenObjectionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['objection', 'appeal'] }) kind!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, format: 'date-time' }) filedAt!: Date;
}

/** Another case this one came from or led to (a risk lead and the enrolment opened from it). */
class LinkedCaseView {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: '由此线索发起的纳入监测案件' }) label!: string;
}

/** A case as every screen reads it: where it stands, who acts next, what the caller may do now. */
export class CaseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SB-2026-000017' }) caseNumber!: string;
  @ApiProperty({ example: 'identification' }) procedure!: string;
  /** 贫困户识别, 贫困户退出, 纳入防止返贫致贫对象 … (the county's term). */
  @ApiProperty({ example: '贫困户识别' }) procedureLabel!: string;
  @ApiProperty({ type: CaseHouseholdView }) household!: CaseHouseholdView;
  @ApiProperty({ type: CaseStageView }) stage!: CaseStageView;
  /** The stages on the way to the outcome the procedure is for, in order (a step bar). */
  @ApiProperty({ type: [CaseStepView], description: '程序的各阶段 (按办理顺序，至办结)' }) steps!: CaseStepView[];
  @ApiProperty({ type: String, nullable: true, enum: ['village', 'township', 'county'], description: '等待哪一级办理' }) awaitingRole!: string | null;
  /** When the office acting now must have acted (review limit), or null. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '本阶段办理时限' }) stageDueAt!: Date | null;
  /** The whole procedure's limit (monitoring: 15 days from the lead), or null. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '整个程序的办理时限 (监测)' }) dueAt!: Date | null;
  /** Set when the case ended in a rejection: the stage and the reason the applicant is told. */
  @ApiProperty({ type: CaseRejectionView, nullable: true }) rejection!: CaseRejectionView | null;
  @ApiProperty({ type: CaseWithdrawalView, nullable: true }) withdrawal!: CaseWithdrawalView | null;
  @ApiProperty({ type: CasePublicityView, nullable: true }) publicity!: CasePublicityView | null;
  @ApiProperty({ type: [OpenObjectionView] }) openObjections!: OpenObjectionView[];
  @ApiProperty({ type: () => [CaseLeadView], description: '部门比对线索 (入户核实时须逐条确认或排除，以 hitSource 列入 crossCheckHits)' }) departmentLeads!: CaseLeadView[];
  @ApiProperty({ type: () => [ScreeningAlertView], description: '风险线索: 部门筛查预警 (生成此线索的预警，及其后并入的同户预警)' }) screeningAlerts!: ScreeningAlertView[];
  @ApiProperty({ type: [LinkedCaseView], description: '相关案件: 风险线索发起的纳入监测案件，或纳入监测案件的来源线索' }) linkedCases!: LinkedCaseView[];
  /** What the caller may do now (by the machine and the caller's role): the event, its label, the request and its fields. */
  @ApiProperty({ type: [AllowedAction] }) allowedActions!: AllowedAction[];
  @ApiProperty() machineVersion!: number;
  @ApiProperty() policyVersion!: number;
  @ApiProperty({ description: '案件版本 (同 ETag)，修改时以 If-Match 传回' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

/** What the machine context tells of every procedure's outcome. */
export interface OutcomeContext {
  rejection?: { stage: string; reason: string } | null;
  withdrawal?: { stage: string; reason: string } | null;
  publicity?: { noticeId: string | null; endsAt: string; windowEnded: boolean } | null;
  /** A risk lead's enrolment. */
  enrolmentCaseId?: string | null;
}

/** The lead an enrolment was opened from (its application says), and the enrolment a lead led to (its context says). */
export function linkedCases(context: OutcomeContext, application: Record<string, unknown>): LinkedCaseView[] {
  return [
    ...(context.enrolmentCaseId ? [{ caseId: context.enrolmentCaseId, label: '由此线索发起的纳入监测案件' }] : []),
    ...(typeof application.leadCaseId === 'string' ? [{ caseId: application.leadCaseId, label: '来源风险线索' }] : []),
  ];
}

export function outcomeOf(procedure: ProcedureDefinition, context: OutcomeContext): Pick<CaseView, 'rejection' | 'withdrawal' | 'publicity'> {
  return {
    rejection: context.rejection
      ? { ...context.rejection, stageLabel: procedure.stageLabels[context.rejection.stage] ?? context.rejection.stage }
      : null,
    withdrawal: context.withdrawal ?? null,
    publicity: context.publicity ?? null,
  };
}

/** One row of a case list: enough to sort the work and open the case. */
export class CaseListItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SB-2026-000017' }) caseNumber!: string;
  @ApiProperty({ example: 'identification' }) procedure!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty({ type: String, nullable: true }) headName!: string | null;
  @ApiProperty({ example: '450123100201' }) villageCode!: string;
  @ApiProperty({ example: 'township_review' }) stage!: string;
  @ApiProperty({ example: '乡镇审核' }) stageLabel!: string;
  @ApiProperty({ type: String, nullable: true }) phase!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['village', 'township', 'county'] }) awaitingRole!: string | null;
  /** The review limit of the stage the case is in, if it has one. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '本阶段办理时限' }) stageDueAt!: Date | null;
  /** The whole procedure's limit (monitoring), if it has one. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '整个程序的办理时限 (监测)' }) dueAt!: Date | null;
  @ApiProperty() final!: boolean;
  @ApiProperty({ description: '案件版本：批量审核时随各项传回 (version)' }) version!: number;
  /** Since when the case stands where it is: its last change. */
  @ApiProperty({ type: String, format: 'date-time', description: '最近一次办理的时间 (在当前阶段等待自此时起)' }) updatedAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', description: '开立 (风险线索: 收到) 的时间' }) createdAt!: Date;
  /** How far the stage's limit has gone: reminded (near, orange) or overdue (red); null without one. */
  @ApiProperty({ type: String, nullable: true, enum: ['running', 'reminded', 'overdue'], description: '本阶段时限进度: running 计时中, reminded 已提醒 (即将到期), overdue 已逾期' })
  stageLimit!: 'running' | 'reminded' | 'overdue' | null;
  /** A risk lead's channel and risk; null for other procedures. */
  @ApiProperty({ type: String, nullable: true, description: '风险线索: 线索渠道' }) channel!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '风险线索: 风险类型' }) riskType!: string | null;
}

/** A journal entry as the history shows it: its hashed content, who (by name) and its hash. */
export class JournalEntryView {
  @ApiProperty() sequence!: number;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '办理人账号；系统自动办理时为 null' }) accountId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '办理人用户名' }) username!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '办理人姓名或单位 (系统事件为空)', example: '青山村村委会' }) displayName!: string | null;
  @ApiProperty({ example: 'township', description: 'village, township, county, resident 或 system' }) role!: string;
  @ApiProperty({ example: 'TOWNSHIP_DECIDED' }) eventType!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '事件内容 (记录的事实)' }) payload!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) stageBefore!: string | null;
  @ApiProperty() stageAfter!: string;
  @ApiProperty() machineVersion!: number;
  @ApiProperty() policyVersion!: number;
  @ApiProperty({ description: 'SHA-256，链接上一条' }) hash!: string;
  /** In words: the event (乡镇审核), the stage it left the case in, who acted (乡镇). */
  @ApiProperty({ example: '乡镇审核' }) eventLabel!: string;
  @ApiProperty({ example: '乡镇公示' }) stageAfterLabel!: string;
  @ApiProperty({ example: '乡镇' }) roleLabel!: string;
}

/** How many cases stand at one stage of one procedure. */
export class CaseStageCount {
  @ApiProperty({ example: 'identification' }) procedure!: string;
  @ApiProperty({ example: 'township_review' }) stage!: string;
  @ApiProperty({ example: '乡镇审核' }) stageLabel!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ description: '其中超过办理时限的' }) overdue!: number;
  @ApiProperty({ required: false, description: '按村计数时: 村的区划代码' }) villageCode?: string;
}

class BatchItemError {
  @ApiProperty({ example: 'VERSION_MISMATCH' }) code!: string;
  @ApiProperty() message!: string;
}

/** An item of a batch applied: where its case now stands. */
export class BatchItemApplied {
  @ApiProperty({ description: '在 items 中的序号' }) index!: number;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: [true] }) applied!: true;
  @ApiProperty() caseNumber!: string;
  @ApiProperty() stage!: string;
  @ApiProperty() stageLabel!: string;
  @ApiProperty() version!: number;
}

/** An item of a batch refused, with its error; the others are not affected. */
export class BatchItemRefused {
  @ApiProperty({ description: '在 items 中的序号' }) index!: number;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: [false] }) applied!: false;
  @ApiProperty({ type: BatchItemError, description: '与单独办理时相同的错误 (code、message 及其他字段)' }) error!: BatchItemError & Record<string, unknown>;
}

export type BatchItemOutcome = BatchItemApplied | BatchItemRefused;

/** A batch decision answered per item. */
@ApiExtraModels(BatchItemApplied, BatchItemRefused)
export class BatchOutcome {
  @ApiProperty() applied!: number;
  @ApiProperty() refused!: number;
  @ApiProperty({ type: 'array', items: { oneOf: [{ $ref: getSchemaPath(BatchItemApplied) }, { $ref: getSchemaPath(BatchItemRefused) }] } }) items!: BatchItemOutcome[];
}
