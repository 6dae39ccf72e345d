import { A4, a4Document, MARGIN } from '../common/pdf-document';
import { chinaDate } from '../common/clock';
import { HEALTH, HOUSEHOLD_STATUS, LABOUR_CAPACITY, RELATION } from '../households/household.enums';
import type { Dossier } from './dossier.view';
import { textOf } from '../common/text';
import { ROLE_LABELS } from '../cases/journal-labels';
import { LIVING_CONDITION_LABELS } from '../../workflows/case-types';

const WIDTH = A4.width - 2 * MARGIN;

const day = (instant: Date | string): string => chinaDate(new Date(instant));
const yuan = (amount: number | null): string => (amount === null ? '未填' : `${amount} 元`);

/** The dossier on paper (A4), for the file and for a reviewer who reads on paper. */
export function renderDossierPdf(dossier: Dossier, printedAt: Date): Promise<Buffer> {
  const { case: view, household } = dossier;
  const { doc, finish } = a4Document(`案件卷宗 ${view.caseNumber}`);
  const heading = (text: string) => doc.moveDown(0.8).fontSize(14).text(text, { width: WIDTH }).moveDown(0.3).fontSize(11);
  const line = (text: string) => doc.text(text, { width: WIDTH, lineGap: 3 });

  doc.fontSize(18).text(`${view.procedureLabel}案件卷宗`, { align: 'center', width: WIDTH });
  doc.moveDown(0.5).fontSize(11).text(`案件编号 ${view.caseNumber} · 当前阶段 ${view.stage.label}${view.stage.phaseLabel ? ` (${view.stage.phaseLabel})` : ''}`, { align: 'center', width: WIDTH });

  heading('一、农户概况');
  line(`${household.villageName}${household.groupName} · 户主 ${view.household.headName ?? ''} · 家庭人口 ${household.members.length} 人 · 状态 ${HOUSEHOLD_STATUS.labels[household.status]}`);
  line(`人均纯收入 ${yuan(household.perCapitaIncome)}`);
  for (const member of household.members) {
    line(`  ${RELATION.labels[member.relation]} ${member.name}，${member.birthDate} 生，${HEALTH.labels[member.health]}，${LABOUR_CAPACITY.labels[member.labourCapacity]}`);
  }

  heading('二、申请 (提出) 理由');
  line(textOf(dossier.application.reasons));

  heading('三、评议');
  if (dossier.meetings.length === 0) line('尚无评议记录');
  for (const meeting of dossier.meetings) {
    const counts = meeting.kind === 'representatives' ? `，在任 ${meeting.inOffice ?? 0} 人，到会 ${meeting.present} 人，赞成 ${meeting.vote.inFavour ?? 0}、反对 ${meeting.vote.against ?? 0}、弃权 ${meeting.vote.abstaining ?? 0}` : `，到会 ${meeting.present} 人`;
    line(`${meeting.heldOn} ${meeting.kindLabel}${meeting.groupName ? ` (${meeting.groupName})` : ''}，${meeting.place}${counts}：${meeting.outcome}`);
  }

  heading('四、入户核实');
  if (dossier.verifications.length === 0) line('尚无核实记录');
  for (const visit of dossier.verifications) {
    const insecure = Object.entries(visit.livingConditions)
      .filter(([, secured]) => !secured)
      .map(([check]) => LIVING_CONDITION_LABELS[check as keyof typeof LIVING_CONDITION_LABELS] ?? check);
    line(`${visit.visitedOn} ${visit.kindLabel}：${visit.visitors.map((visitor) => visitor.name).join('、')}；人均纯收入 ${yuan(visit.incomeFound)}${visit.incomeYear ? ` (${visit.incomeYear} 年)` : ''}；${insecure.length > 0 ? `未保障: ${insecure.join('、')}` : '两不愁三保障均已保障'}`);
    for (const hit of visit.crossCheckHits) line(`  比对线索 ${hit.source}: ${hit.resolution === 'confirmed' ? '属实' : hit.resolution === 'cleared' ? '已排除' : '未核实'}`);
    if (visit.reason) line(`  说明: ${visit.reason}`);
  }

  heading('五、公示与异议');
  if (dossier.notices.length === 0) line('尚未公示');
  for (const notice of dossier.notices) line(`${notice.title}：${notice.startsOn} 起至 ${day(new Date(notice.endsAt.getTime() - 1))}${notice.cancelledAt ? ` (已撤销: ${notice.cancelReason ?? ''})` : ''}`);
  for (const objection of dossier.objections) line(`  ${objection.publicNumber} ${objection.kind === 'appeal' ? '复核申请' : '异议'} (${objection.statusLabel})：${objection.reason}${objection.finding ? `；结论: ${objection.finding}` : ''}`);

  heading('六、审核意见');
  if (dossier.decisions.length === 0) line('尚无审核意见');
  for (const decision of dossier.decisions) line(`${day(decision.occurredAt)} ${decision.stageLabel} ${decision.decisionLabel} (${decision.displayName ?? ROLE_LABELS[decision.role] ?? decision.role})：${decision.reason}`);

  heading('七、办理日志');
  for (const entry of dossier.journal) {
    line(`${entry.sequence}. ${day(entry.occurredAt)} ${entry.roleLabel}${entry.displayName ? ` ${entry.displayName}` : ''}：${entry.eventLabel} → ${entry.stageAfterLabel}`);
  }
  doc.moveDown(1).fontSize(9).text(`打印时间 ${day(printedAt)} · 办理日志哈希链末项 ${dossier.journal[dossier.journal.length - 1]?.hash.slice(0, 16) ?? ''}`, { width: WIDTH, align: 'right' });
  return finish();
}
