import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { withPolicyDefaults } from '../../workflows/policy';
import { ALERT_TYPE_INFO, alertTypeNamed, judgeAlert, type AlertType } from '../../workflows/risk-lead/risk-alerts';
import type { CommandActor } from '../cases/case-command.service';
import { CasesService } from '../cases/cases.service';
import { requireProcedure } from '../cases/procedures';
import { chinaDate, Clock } from '../common/clock';
import { ErrorCode } from '../common/domain-error';
import { insertMany } from '../database/insert-many';
import { HouseholdEntity } from '../households/household.entity';
import { checkIdNumber } from '../households/id-number.util';
import { PoliciesService } from '../policies/policies.service';
import { jurisdictionPrefix, levelOfCode } from '../regions/region-code.util';
import { importDataFile, type ReadRow } from './data-file';
import type { StoredFile } from './import-files';
import type { ImportJobEntity } from './import-job.entity';
import type { FileImport, ImportOutcome, ImportProgress } from './import-runner.service';
import { RiskAlertEntity, type AlertOutcome } from './risk-alert.entity';
import { ID_NUMBER_HEADINGS, parseDate } from './roster-columns';

/** A department's screening file (部门筛查预警): whom, which alert, how much, when. */
export const ALERT_COLUMNS = {
  idNumber: { required: true, headings: ID_NUMBER_HEADINGS },
  name: { required: false, headings: ['姓名'] },
  alertType: { required: true, headings: ['预警类型', '预警类别', '预警事项', '类别'] },
  amount: { required: false, headings: ['金额', '金额(元)', '个人自付金额', '自付金额', '损失金额'] },
  alertedOn: { required: true, headings: ['日期', '预警日期', '发生日期', '认定日期', '登记日期'] },
  detail: { required: false, headings: ['说明', '详情', '备注'] },
} as const;

interface Alert {
  idNumber: string;
  name: string;
  alertType: AlertType;
  amount: number | null;
  alertedOn: string;
  detail: string;
}

/** What one lookup tells of a row: the household it names in the region, and what is known of the same alert. */
interface Found {
  line: number;
  household_id: string | null;
  per_capita_income: string | null;
  people: number;
  open_lead: string | null;
  earlier_lead: string | null;
  stored: AlertOutcome | null;
}

const COUNTER: Record<AlertOutcome, 'leadsOpened' | 'leadsAttached' | 'rowsBelowThreshold' | 'rowsUnmatched' | null> = {
  lead_opened: 'leadsOpened',
  lead_joined: 'leadsAttached',
  below_threshold: 'rowsBelowThreshold',
  unmatched: 'rowsUnmatched',
  // Counted as the file is read.
  refused: null,
};

/**
 * A department's alerts imported by the worker (procedures.md "Monitoring as routine work":
 * department alerts): each row names a person; a member of a household in the importer's region
 * whose alert passes the county's rule for its type becomes a risk lead of that household, one lead
 * per household (a household with a lead open gets the alert on it, and the same alert in a later
 * file joins the lead it made). Every row is kept with its outcome, for the department's feedback.
 */
@Injectable()
export class RiskAlertImportService implements FileImport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly policies: PoliciesService,
    private readonly clock: Clock,
  ) {}

  importFile(job: ImportJobEntity, file: StoredFile, progress: ImportProgress): Promise<ImportOutcome> {
    const today = chinaDate(this.clock.now());
    return importDataFile(this.dataSource, job, file, progress, {
      columns: ALERT_COLUMNS,
      batchRows: 500,
      read: (cell) => readAlert(cell, today),
      apply: (batch) => this.dataSource.transaction((tx) => this.apply(tx, job, batch)),
    });
  }

  private async apply(tx: EntityManager, job: ImportJobEntity, batch: ReadRow<Alert>[]): Promise<Record<Counter, number>> {
    const found = new Map((await this.lookUp(tx, job, batch)).map((row) => [row.line, row]));
    const rules = withPolicyDefaults((await this.policies.currentForVillage(job.regionCode, tx)).settings).monitoring.alertRules;
    const counters: Record<Counter, number> = { leadsOpened: 0, leadsAttached: 0, rowsBelowThreshold: 0, rowsUnmatched: 0 };
    /** The household's lead each alert goes to: known by its id, or the household's (open, or opened for this batch). */
    const decided: Decision[] = [];
    const opening = new Map<string, Alert>();
    const sameAlert = new Map<string, Decision['lead']>();
    for (const read of batch) {
      const at = found.get(read.line);
      if (at?.stored) {
        // Applied by an earlier run of this job (a worker that died mid-file): counted, not applied again.
        const counter = COUNTER[at.stored];
        if (counter) counters[counter] += 1;
        continue;
      }
      if (!read.row) {
        decided.push({ read, householdId: null, outcome: 'refused', reason: read.reasons.join('；'), lead: null });
        continue;
      }
      const householdId = at?.household_id ?? null;
      if (!at || !householdId) {
        decided.push({ read, householdId: null, outcome: 'unmatched', reason: '本辖区农户成员中没有此身份证号码', lead: null });
        continue;
      }
      const key = `${read.row.idNumber}|${read.row.alertType}|${read.row.alertedOn}`;
      const earlier = sameAlert.get(key) ?? (at.earlier_lead ? { caseId: at.earlier_lead } : null);
      if (earlier) {
        decided.push({ read, householdId, outcome: 'lead_joined', reason: '同一预警已导入过，并入其线索', lead: earlier });
        continue;
      }
      const judgement = judgeAlert(rules[read.row.alertType], { amount: read.row.amount, perCapitaIncome: at.per_capita_income === null ? null : Number(at.per_capita_income), people: at.people });
      if (!judgement.lead) {
        decided.push({ read, householdId, outcome: 'below_threshold', reason: judgement.reason, lead: null });
        continue;
      }
      // procedures.md "department alerts": one lead per household; an open one takes the alert.
      const lead = at.open_lead ? { caseId: at.open_lead } : { householdId };
      const opens = !at.open_lead && !opening.has(householdId);
      if (opens) opening.set(householdId, read.row);
      decided.push({ read, householdId, outcome: opens ? 'lead_opened' : 'lead_joined', reason: judgement.reason, lead });
      sameAlert.set(key, lead);
    }
    const opened = await this.openLeads(tx, job, opening);
    const rows = decided.map(({ read, householdId, outcome, reason, lead }): Partial<RiskAlertEntity> => {
      const failure = lead && 'householdId' in lead ? opened.failures.get(lead.householdId) : undefined;
      const final: AlertOutcome = failure ? 'refused' : outcome === 'lead_opened' && opened.found.has(householdId ?? '') ? 'lead_joined' : outcome;
      const counter = COUNTER[final];
      if (counter) counters[counter] += 1;
      return {
        id: randomUUID(),
        importJobId: job.id,
        line: read.line,
        idNumber: read.row?.idNumber ?? '',
        name: read.row?.name ?? '',
        alertType: read.row?.alertType ?? null,
        amount: read.row?.amount ?? null,
        alertedOn: read.row?.alertedOn ?? null,
        detail: read.row?.detail ?? '',
        householdId,
        leadCaseId: failure || !lead ? null : 'caseId' in lead ? lead.caseId : (opened.leads.get(lead.householdId) ?? null),
        outcome: final,
        reason: (failure ?? reason).slice(0, 300),
      };
    });
    await insertMany(tx, RiskAlertEntity, ['id', 'importJobId', 'line', 'idNumber', 'name', 'alertType', 'amount', 'alertedOn', 'detail', 'householdId', 'leadCaseId', 'outcome', 'reason'], rows);
    return counters;
  }

  /**
   * One statement for the batch: the household each row names in the region (with its income and
   * size), its open risk lead, the lead the same alert made before, and whether this job stored the
   * row already.
   */
  private lookUp(tx: EntityManager, job: ImportJobEntity, batch: ReadRow<Alert>[]): Promise<Found[]> {
    const prefix = jurisdictionPrefix(levelOfCode(job.regionCode) ?? 'village', job.regionCode);
    const rows = batch.map((read) => ({ line: read.line, id_number: read.row?.idNumber ?? null, alert_type: read.row?.alertType ?? null, alerted_on: read.row?.alertedOn ?? null }));
    return tx.query<Found[]>(
      `SELECT r.line, h.id AS household_id, h.per_capita_income,
              (SELECT count(*)::int FROM household_member p WHERE p.household_id = h.id) AS people,
              (SELECT c.id FROM procedure_case c WHERE c.household_id = h.id AND c.procedure = 'risk_lead' AND NOT c.final) AS open_lead,
              (SELECT a.lead_case_id FROM risk_alert a
                WHERE a.id_number = r.id_number AND a.alert_type = r.alert_type AND a.alerted_on = r.alerted_on AND a.lead_case_id IS NOT NULL
                LIMIT 1) AS earlier_lead,
              (SELECT a.outcome FROM risk_alert a WHERE a.import_job_id = $1 AND a.line = r.line) AS stored
         FROM jsonb_to_recordset($2::jsonb) AS r(line int, id_number text, alert_type text, alerted_on date)
         LEFT JOIN household_member m ON m.id_number = r.id_number
         LEFT JOIN household h ON h.id = m.household_id AND h.village_code LIKE $3`,
      [job.id, JSON.stringify(rows), `${prefix}%`],
    );
  }

  /**
   * Opens each household's lead as the department's channel (the importer's account on the
   * journal), all in one batch (issue 18): a lead a clerk opened meanwhile takes the alerts
   * instead, and a household that may not have one refuses its rows with the reason.
   */
  private async openLeads(tx: EntityManager, job: ImportJobEntity, opening: Map<string, Alert>): Promise<{ leads: Map<string, string>; found: Set<string>; failures: Map<string, string> }> {
    const leads = new Map<string, string>();
    const found = new Set<string>();
    const failures = new Map<string, string>();
    if (opening.size === 0) return { leads, found, failures };
    const actor: CommandActor = { accountId: job.accountId, username: 'department-alerts', role: 'system', scopePrefix: null, action: 'department alert file', requestId: `import:${job.id}` };
    const households = (await tx.getRepository(HouseholdEntity).findBy({ id: In([...opening.keys()]) })).filter((household) => opening.has(household.id));
    const openings = await this.cases.openMany(
      tx,
      actor,
      requireProcedure('risk_lead'),
      households.map((household) => {
        const alert = opening.get(household.id) as Alert;
        const info = ALERT_TYPE_INFO[alert.alertType];
        return {
          household,
          application: {
            reasons: `${info.department}筛查预警: ${info.label}${alert.amount === null ? '' : `，金额 ${alert.amount} 元`} (${alert.alertedOn})${alert.detail ? `；${alert.detail}` : ''}`,
            channel: 'department_alert',
            riskType: info.riskType,
            reporter: { name: job.source ?? info.department, phone: null },
            alertFile: job.fileName,
          },
        };
      }),
    );
    openings.forEach(({ row, error }, index) => {
      const household = households[index] as HouseholdEntity;
      if (row) {
        leads.set(household.id, row.id);
      } else if (error.code === ErrorCode.CaseAlreadyOpen && typeof error.details?.caseId === 'string') {
        leads.set(household.id, error.details.caseId);
        found.add(household.id);
      } else {
        failures.set(household.id, `未能生成线索: ${error.message}`);
      }
    });
    return { leads, found, failures };
  }
}

type Counter = NonNullable<(typeof COUNTER)[AlertOutcome]>;

interface Decision {
  read: ReadRow<Alert>;
  householdId: string | null;
  outcome: AlertOutcome;
  reason: string;
  lead: { caseId: string } | { householdId: string } | null;
}

/** A row as the department wrote it, or why it cannot be used. */
function readAlert(cell: (column: keyof typeof ALERT_COLUMNS) => string, today: string): { row: Alert } | { reasons: string[] } {
  const reasons: string[] = [];
  const identity = checkIdNumber(cell('idNumber'), today);
  if (!identity.ok) reasons.push(identity.reason);
  const alertType = alertTypeNamed(cell('alertType'));
  if (!alertType) reasons.push(`预警类型「${cell('alertType')}」无法识别 (可填: ${Object.values(ALERT_TYPE_INFO).map((info) => info.label).join('、')})`);
  const amountText = cell('amount').replace(/[,，元\s]/g, '');
  const amount = amountText === '' ? null : Number(amountText);
  if (amount !== null && !(Number.isFinite(amount) && amount >= 0 && amount < 1e12)) reasons.push('金额须为不小于 0 的数字 (元)');
  const alertedOn = parseDate(cell('alertedOn'));
  if (!alertedOn) reasons.push('日期须为 2026-03-02 这样的日期');
  else if (alertedOn > today) reasons.push('日期不能晚于今天');
  if (!identity.ok || !alertType || !alertedOn || reasons.length > 0) return { reasons };
  return { row: { idNumber: identity.idNumber, name: cell('name').slice(0, 50), alertType, amount, alertedOn, detail: cell('detail').slice(0, 200) } };
}
