import { chinaDate } from '../common/clock';
import { textOf } from '../common/text';
import { monitoringLabel } from '../../workflows/monitoring/monitoring.procedure';
import { currentProcedure } from '../cases/procedures';
import { leadOutcomeWords, type LeadDismissal } from '../../workflows/risk-lead/risk-lead.types';

export interface RenderedNotification {
  title: string;
  body: string;
}

export interface TemplateInput {
  template: string;
  caseNumber: string;
  procedure: string;
  data: Record<string, unknown>;
}


const stageName = (procedure: string, stage: unknown): string => currentProcedure(procedure)?.stageLabels[textOf(stage)] ?? textOf(stage);


/** 2026-03-09T16:00:00Z → 2026年3月10日 (China time). */
function chinaDay(instant: unknown): string {
  const [year, month, day] = chinaDate(new Date(textOf(instant))).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const TEMPLATES: Record<string, (input: TemplateInput) => RenderedNotification> = {
  application_received: ({ caseNumber }) => ({
    title: '申请已受理',
    body: `您的贫困户识别申请已受理，案件编号 ${caseNumber}。下一步将由村民小组评议。`,
  }),
  stage_changed: ({ caseNumber, procedure, data }) => ({
    title: '办理进度',
    body: `案件 ${caseNumber} 已进入「${textOf(data.stageLabel) || stageName(procedure, data.stage)}」阶段。`,
  }),
  case_rejected: ({ caseNumber, procedure, data }) => ({
    title: '申请未通过',
    body: `案件 ${caseNumber} 在「${stageName(procedure, data.stage)}」阶段未通过，理由: ${textOf(data.reason)}。如有异议，可在公示期内提出或向乡镇人民政府申请复核。`,
  }),
  case_registered: ({ caseNumber, data }) => ({
    title: '已纳入建档立卡',
    body: `案件 ${caseNumber} 经县级公告无异议，您家自 ${textOf(data.since)} 起纳入建档立卡贫困户，帮扶责任人将与您联系。`,
  }),
  review_due: ({ caseNumber }) => ({ title: '待审核', body: `案件 ${caseNumber} 已转到本级，请及时审核。` }),
  meeting_without_quorum: ({ caseNumber }) => ({
    title: '民主评议未达法定人数',
    body: `案件 ${caseNumber} 的村民代表大会到会人数不足三分之二，评议无效，请另行召开会议。`,
  }),
  returned_for_correction: ({ caseNumber }) => ({ title: '退回补正', body: `案件 ${caseNumber} 被乡镇退回补正，请重新入户核实。` }),
  objection_upheld_reverify: ({ caseNumber }) => ({ title: '异议成立，需重新核实', body: `案件 ${caseNumber} 公示期间的异议成立，请重新入户核实。` }),
  objection_filed: ({ caseNumber, data }) => ({
    title: data.kind === 'appeal' ? '收到复核申请' : '收到公示异议',
    body: `案件 ${caseNumber} 收到${data.kind === 'appeal' ? '复核申请' : '异议'} (编号 ${textOf(data.publicNumber)})，请调查核实并记录结论。`,
  }),
  objection_finding: ({ caseNumber, data }) => ({
    title: '异议处理结果',
    body: `您对案件 ${caseNumber} 提出的${data.kind === 'appeal' ? '复核申请' : '异议'}经调查${data.upheld ? '成立' : '不成立'}: ${textOf(data.finding)}`,
  }),
  review_reminder: ({ caseNumber, procedure, data }) => ({
    title: '审核时限提醒',
    body: `案件 ${caseNumber} 的${stageName(procedure, data.stage ?? data.limit)}须于 ${chinaDay(data.dueAt)} 前完成。`,
  }),
  review_overdue: ({ caseNumber, procedure, data }) => ({
    title: '审核逾期督办',
    body: `案件 ${caseNumber} 的${stageName(procedure, data.stage ?? data.limit)}已超过时限 (${chinaDay(data.dueAt)})，请督促办理。`,
  }),
  exit_refused_reverify: ({ caseNumber }) => ({ title: '农户不认可退出', body: `案件 ${caseNumber} 的农户不认可退出，请重新核实收入和两不愁三保障情况。` }),
  exit_cancelled: ({ caseNumber, procedure, data }) => ({
    title: '退出终止',
    body: `案件 ${caseNumber} 在「${stageName(procedure, data.stage)}」阶段终止退出，理由: ${textOf(data.reason)}。您家继续享受建档立卡贫困户政策。`,
  }),
  case_exited: ({ caseNumber, data }) => ({
    title: '已脱贫退出',
    body: `案件 ${caseNumber} 经公告无异议，您家自 ${textOf(data.since)} 起脱贫退出。过渡期内帮扶政策保持不变 (脱贫不脱政策)，村里将定期回访。`,
  }),
  follow_up_due: ({ caseNumber, data }) => ({ title: '脱贫户回头看', body: `脱贫户 (案件 ${caseNumber}) 应于 ${textOf(data.dueOn)} 回访，请入户了解收入和两不愁三保障情况并登记。` }),
  monitoring_announced: ({ caseNumber, data }) => ({
    title: '监测结果公告',
    body: `案件 ${caseNumber} 已经县级确认 (${monitoringLabel(textOf(data.purpose), textOf(data.term))})，请在村内公告并落实帮扶措施。`,
  }),
  monitoring_confirmed: ({ caseNumber, data }) => ({
    title: monitoringLabel(textOf(data.purpose), textOf(data.term)),
    body: `案件 ${caseNumber} 已经县级确认: ${monitoringLabel(textOf(data.purpose), textOf(data.term))}。`,
  }),
  procedure_reminder: ({ caseNumber, data }) => ({ title: '办理时限提醒', body: `案件 ${caseNumber} 须于 ${chinaDay(data.dueAt)} 前完成全部程序。` }),
  procedure_overdue: ({ caseNumber, data }) => ({
    title: '办理逾期督办',
    body: `案件 ${caseNumber} 已超过从发现线索起的办理时限 (${chinaDay(data.dueAt)})，请督促办理。`,
  }),
  help_visit_due: ({ caseNumber, data }) => ({ title: '帮扶走访到期', body: `${caseNumber} 的帮扶走访应于 ${chinaDay(data.dueOn)} 前完成 (帮扶责任人: ${textOf(data.cadreName)})。` }),
  help_visit_overdue: ({ caseNumber, data }) => ({ title: '帮扶走访逾期', body: `${caseNumber} 的帮扶走访已超过 ${chinaDay(data.dueOn)} 仍未登记 (帮扶责任人: ${textOf(data.cadreName)})，请督促。` }),
  report_awaiting_household: ({ caseNumber }) => ({
    title: '新的自主申报待匹配农户',
    body: `收到农户自主申报 ${caseNumber}，申报人不在本村农户登记中。请在「风险线索」中核实，登记该户后转为风险线索 (受理时限自申报时起计算)。`,
  }),
  lead_received: ({ caseNumber }) => ({ title: '新的风险线索', body: `收到风险线索 ${caseNumber}，请在受理时限内受理或说明不予受理的理由。` }),
  lead_acceptance_reminder: ({ caseNumber, data }) => ({ title: '线索受理即将到期', body: `风险线索 ${caseNumber} 须于 ${chinaDay(data.dueAt)} 前受理。` }),
  lead_acceptance_overdue: ({ caseNumber, data }) => ({
    title: '线索受理逾期',
    body: `风险线索 ${caseNumber} 已超过受理时限 (${chinaDay(data.dueAt)}) 仍未受理，请督促村里办理。`,
  }),
  lead_closed: ({ caseNumber, data }) => ({ title: '反映情况处理结果', body: `您反映的情况 (线索编号 ${caseNumber}) ${leadOutcome(data)}。` }),
};

/** How a risk lead ended (the machine's `lead_closed` data). */
const leadOutcome = (data: Record<string, unknown>) => leadOutcomeWords(data.outcome as 'dismissed' | 'cleared' | 'enrolled', (data.reason as LeadDismissal | null) ?? null);

/**
 * The parameters of the texts residents receive, in the order the provider templates (registered
 * by the county with Alibaba Cloud or Tencent Cloud) declare them. Provider templates hold the
 * wording; ours are the same sentences, e.g. "案件${caseNumber}已进入「${stage}」阶段。".
 */
const SMS_PARAMS: Record<string, (input: TemplateInput) => Record<string, string>> = {
  application_received: ({ caseNumber }) => ({ caseNumber }),
  stage_changed: ({ caseNumber, procedure, data }) => ({ caseNumber, stage: textOf(data.stageLabel) || stageName(procedure, data.stage) }),
  case_rejected: ({ caseNumber, procedure, data }) => ({ caseNumber, stage: stageName(procedure, data.stage), reason: textOf(data.reason) }),
  exit_cancelled: ({ caseNumber, procedure, data }) => ({ caseNumber, stage: stageName(procedure, data.stage), reason: textOf(data.reason) }),
  case_registered: ({ caseNumber, data }) => ({ caseNumber, since: textOf(data.since) }),
  case_exited: ({ caseNumber, data }) => ({ caseNumber, since: textOf(data.since) }),
  monitoring_confirmed: ({ caseNumber, data }) => ({ caseNumber, result: monitoringLabel(textOf(data.purpose), textOf(data.term)) }),
  lead_closed: ({ caseNumber, data }) => ({ caseNumber, result: leadOutcome(data) }),
  objection_finding: ({ caseNumber, data }) => ({
    caseNumber,
    kind: data.kind === 'appeal' ? '复核申请' : '异议',
    result: data.upheld ? '成立' : '不成立',
    finding: textOf(data.finding),
  }),
};

/** Our templates a resident may receive by text: each needs a template code at the provider. */
export const SMS_TEMPLATE_NAMES = Object.keys(SMS_PARAMS);

/** Provider variables are short (Alibaba Cloud: 35 characters each); a longer value is cut with an ellipsis. */
const SMS_PARAM_MAX = 35;

/** The ordered parameters of a text; a template not meant for residents still names its case. */
export function smsParams(input: TemplateInput): [name: string, value: string][] {
  const params = SMS_PARAMS[input.template]?.(input) ?? { caseNumber: input.caseNumber };
  return Object.entries(params).map(([name, value]) => [name, value.length > SMS_PARAM_MAX ? `${value.slice(0, SMS_PARAM_MAX - 1)}…` : value]);
}

/** Chinese text of a notification; an unknown template still says which case it concerns. */
export function renderNotification(input: TemplateInput): RenderedNotification {
  return TEMPLATES[input.template]?.(input) ?? { title: '案件通知', body: `案件 ${input.caseNumber} 有新的办理动态。` };
}
