import type { DataSource } from 'typeorm';
import { ALERT_TYPE_INFO, type AlertType } from '../../workflows/risk-lead/risk-alerts';
import { LEAD_DISMISSAL_LABELS, type LeadDismissal } from '../../workflows/risk-lead/risk-lead.types';
import { stageName } from '../cases/procedures';
import type { Cell } from '../exports/xlsx-download';
import { ALERT_OUTCOME_LABELS, type AlertOutcome } from './risk-alert.entity';

export const FEEDBACK_HEADINGS = ['原行号', '身份证号码', '姓名', '预警类型', '金额 (元)', '预警日期', '处理结果', '说明', '所在村', '户主', '线索编号', '线索办理情况', '纳入监测案件', '监测办理情况'];

interface FeedbackRow {
  line: number;
  id_number: string;
  name: string;
  alert_type: AlertType | null;
  amount: string | null;
  alerted_on: string | null;
  outcome: AlertOutcome;
  reason: string;
  village: string | null;
  head: string | null;
  lead_number: string | null;
  lead_procedure: string | null;
  lead_version: number | null;
  lead_stage: string | null;
  lead_context: { dismissal?: { reason: LeadDismissal; explanation: string } | null; finding?: string | null } | null;
  enrolment_number: string | null;
  enrolment_procedure: string | null;
  enrolment_version: number | null;
  enrolment_stage: string | null;
  enrolment_phase: string | null;
}

/** Rows read per query: the export pages through the file by line, never holding it whole. */
const PAGE = 2_000;

/**
 * The closed loop (反馈) a department asks for: every row of its file as it is today, the household
 * it matched, what the import did with it, and where the lead and any enrolment from it stand
 * (accepted or not, cleared with the facts, closed with the reason, enrolled).
 */
export async function* alertFeedbackRows(dataSource: DataSource, importJobId: string): AsyncGenerator<Cell[]> {
  let after = 0;
  for (;;) {
    const rows = await dataSource.query<FeedbackRow[]>(
      `SELECT a.line, a.id_number, a.name, a.alert_type, a.amount, a.alerted_on::text, a.outcome, a.reason,
              v.name AS village, head.name AS head,
              l.case_number AS lead_number, l.procedure AS lead_procedure, l.machine_version AS lead_version, l.stage AS lead_stage, l.snapshot -> 'context' AS lead_context,
              e.case_number AS enrolment_number, e.procedure AS enrolment_procedure, e.machine_version AS enrolment_version, e.stage AS enrolment_stage, e.phase AS enrolment_phase
         FROM risk_alert a
         LEFT JOIN household h ON h.id = a.household_id
         LEFT JOIN region v ON v.id = h.village_id
         LEFT JOIN household_member head ON head.household_id = h.id AND head.relation = 'head'
         LEFT JOIN procedure_case l ON l.id = a.lead_case_id
         LEFT JOIN procedure_case e ON e.id = (l.snapshot -> 'context' ->> 'enrolmentCaseId')::uuid
        WHERE a.import_job_id = $1 AND a.line > $2
        ORDER BY a.line
        LIMIT ${PAGE}`,
      [importJobId, after],
    );
    for (const row of rows) yield feedbackCells(row);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]?.line ?? after;
  }
}

function feedbackCells(row: FeedbackRow): Cell[] {
  return [
    row.line,
    row.id_number,
    row.name,
    row.alert_type ? ALERT_TYPE_INFO[row.alert_type].label : '',
    row.amount === null ? null : Number(row.amount),
    row.alerted_on,
    ALERT_OUTCOME_LABELS[row.outcome],
    row.reason,
    row.village,
    row.head,
    row.lead_number,
    leadWords(row),
    row.enrolment_number,
    row.enrolment_procedure && row.enrolment_version !== null && row.enrolment_stage ? stageName({ procedure: row.enrolment_procedure, machineVersion: row.enrolment_version, stage: row.enrolment_stage, phase: row.enrolment_phase }) : null,
  ];
}

/** The lead's stage, with why it was closed or what the home check found. */
function leadWords(row: FeedbackRow): string | null {
  if (!row.lead_procedure || row.lead_version === null || !row.lead_stage) return null;
  const stage = stageName({ procedure: row.lead_procedure, machineVersion: row.lead_version, stage: row.lead_stage, phase: null });
  const dismissal = row.lead_context?.dismissal;
  if (dismissal) return `${stage}: ${LEAD_DISMISSAL_LABELS[dismissal.reason]}${dismissal.explanation ? `，${dismissal.explanation}` : ''}`;
  if (row.lead_context?.finding) return `${stage}: ${row.lead_context.finding}`;
  return stage;
}
