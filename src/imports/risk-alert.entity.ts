import { Column, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';
import { ALERT_TYPE_INFO, type AlertType } from '../../workflows/risk-lead/risk-alerts';
import type { ScreeningAlertView } from '../cases/case.view';

/** What became of a row of a department's alert file (the feedback, 反馈, the department gets back). */
export const ALERT_OUTCOMES = ['lead_opened', 'lead_joined', 'below_threshold', 'unmatched', 'refused'] as const;
export type AlertOutcome = (typeof ALERT_OUTCOMES)[number];
export const ALERT_OUTCOME_LABELS: Record<AlertOutcome, string> = {
  lead_opened: '已生成风险线索',
  lead_joined: '并入该户在办风险线索',
  below_threshold: '未达预警阈值，未生成线索',
  unmatched: '本辖区未找到此人',
  refused: '数据有误，未导入',
};

/**
 * One row of a department's screening file (部门筛查预警), kept with what became of it: the
 * member and household it names, and the risk lead it opened or joined (one lead per household:
 * a household with a lead still open gets the alert on that lead). The same alert (person, type,
 * day) in a later file joins the lead the first one made.
 */
@Entity('risk_alert')
@Index('risk_alert_row_once', ['importJobId', 'line'], { unique: true })
@Index('risk_alert_lead_idx', ['leadCaseId'])
@Index('risk_alert_same_idx', ['idNumber', 'alertType', 'alertedOn'])
export class RiskAlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  importJobId!: string;

  /** The row's line in the file (the heading is line 1 or later). */
  @Column({ type: 'integer' })
  line!: number;

  @Column({ type: 'varchar', length: 18 })
  idNumber!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  /** Null only on a refused row whose type could not be read. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  alertType!: AlertType | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) } })
  amount!: number | null;

  @Column({ type: 'date', nullable: true })
  alertedOn!: string | null;

  @Column({ type: 'varchar', length: 200 })
  detail!: string;

  @Column({ type: 'uuid', nullable: true })
  householdId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  leadCaseId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  outcome!: AlertOutcome;

  /** Why, in Chinese: the rule's judgement, or what was wrong with the row. */
  @Column({ type: 'varchar', length: 300 })
  reason!: string;
}

/** The alerts a risk lead carries, oldest first, as its case page shows them. */
export async function screeningAlertsOf(manager: EntityManager, leadCaseId: string): Promise<ScreeningAlertView[]> {
  const rows = await manager.query<{ id: string; alert_type: AlertType; name: string; amount: string | null; alerted_on: string; detail: string; source: string | null; file_name: string }[]>(
    `SELECT a.id, a.alert_type, a.name, a.amount, a.alerted_on::text, a.detail, j.source, j.file_name
       FROM risk_alert a JOIN import_job j ON j.id = a.import_job_id
      WHERE a.lead_case_id = $1
      ORDER BY a.alerted_on, j.created_at, a.line`,
    [leadCaseId],
  );
  return rows.map((row) => ({
    id: row.id,
    alertType: row.alert_type,
    alertLabel: ALERT_TYPE_INFO[row.alert_type].label,
    department: ALERT_TYPE_INFO[row.alert_type].department,
    source: row.source,
    memberName: row.name,
    amount: row.amount === null ? null : Number(row.amount),
    alertedOn: row.alerted_on,
    detail: row.detail,
    fileName: row.file_name,
  }));
}
