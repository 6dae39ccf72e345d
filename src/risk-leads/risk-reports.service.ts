import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { leadOutcomeWords, RISK_TYPES, type LeadDismissal, type RiskType } from '../../workflows/risk-lead/risk-lead.types';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import { residentActor } from '../cases/case-command.service';
import { CaseEntity } from '../cases/case.entity';
import type { CaseView } from '../cases/case.view';
import { CasesService } from '../cases/cases.service';
import { commandTransaction } from '../cases/dry-run';
import { requireProcedure, stageName } from '../cases/procedures';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { DomainError, ErrorCode, invalidFields, notFound, type FieldProblem } from '../common/domain-error';
import { nextPublicNumber } from '../database/public-number';
import { isUniqueViolation } from '../database/postgres-errors';
import { HouseholdMemberEntity } from '../households/household-member.entity';
import { HouseholdEntity } from '../households/household.entity';
import { checkIdNumber } from '../households/id-number.util';
import { PHONE_NUMBER, PHONE_NUMBER_REASON } from '../households/phone-number';
import { RegionEntity } from '../regions/region.entity';
import { RiskReportEntity } from './risk-report.entity';
import { OutboxWriter } from '../outbox/outbox.writer';

/** What a resident types into the self-report page. */
export interface ReportForm {
  name: string;
  phone: string;
  idNumber: string;
  riskType: string;
  details: string;
}

/** What the lookup shows: where the report stands, in words, and nothing of what was reported. */
export interface ReportStatus {
  publicNumber: string;
  reportedOn: string;
  status: string;
  villageCode: string;
}

/**
 * Residents' own reports (农户自主申报). A report names a person by ID number: if the registry
 * knows them, the report opens its risk lead at once, as the resident (the village's inbox hears
 * of it); if not, it waits in the village's list until the village registers the household, and
 * the lead's acceptance limit still counts from the report.
 */
@Injectable()
export class RiskReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly access: JurisdictionService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /** The form's problems, by field, in Chinese; none when it may be filed. */
  problems(form: ReportForm): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (!form.name || form.name.length > 50) problems.push({ field: 'name', reason: '请填写姓名 (50 字以内)' });
    if (!PHONE_NUMBER.test(form.phone)) problems.push({ field: 'phone', reason: PHONE_NUMBER_REASON });
    const id = checkIdNumber(form.idNumber, chinaDate(this.clock.now()));
    if (!id.ok) problems.push({ field: 'idNumber', reason: id.reason });
    if (!RISK_TYPES.includes(form.riskType as RiskType)) problems.push({ field: 'riskType', reason: '请选择遇到的困难' });
    if (form.details.length > 2000) problems.push({ field: 'details', reason: '情况说明请在 2000 字以内' });
    return problems;
  }

  /** Files a report once per form (its submission key); answers its number. */
  async submit(villageCode: string, form: ReportForm, submissionKey: string): Promise<RiskReportEntity> {
    const problems = this.problems(form);
    if (problems.length > 0) throw invalidFields(problems);
    const village = await this.dataSource.getRepository(RegionEntity).findOneBy({ code: villageCode, level: 'village' });
    if (!village) throw notFound('村');
    const earlier = await this.dataSource.getRepository(RiskReportEntity).findOneBy({ submissionKey });
    if (earlier) return earlier;
    try {
      return await this.dataSource.transaction(async (tx) => {
        const idNumber = form.idNumber.trim().toUpperCase();
        const report = await tx.getRepository(RiskReportEntity).save(
          tx.getRepository(RiskReportEntity).create({
            publicNumber: await nextPublicNumber(tx, 'FY', 'report_number_seq', this.clock.now()),
            villageId: village.id,
            villageCode: village.code,
            name: form.name,
            idNumber,
            phone: form.phone,
            riskType: form.riskType as RiskType,
            details: form.details,
            submissionKey,
            state: 'awaiting_household',
            leadCaseId: null,
            reportedAt: this.clock.now(),
          }),
        );
        const member = await tx.getRepository(HouseholdMemberEntity).findOneBy({ idNumber });
        if (!member) {
          // The village's inbox hears of a report it must match to a household first.
          await this.outbox.notifyAbout(tx, { subject: report.publicNumber, villageCode: village.code }, { recipient: 'village', template: 'report_awaiting_household', data: { riskType: report.riskType } });
          return report;
        }
        const household = await tx.getRepository(HouseholdEntity).findOneByOrFail({ id: member.householdId });
        return this.openLead(tx, report, household, residentActor(`report:${report.publicNumber}`));
      });
    } catch (error) {
      if (!isUniqueViolation(error, 'risk_report_submission_unique')) throw error;
      return this.dataSource.getRepository(RiskReportEntity).findOneByOrFail({ submissionKey });
    }
  }

  /** The reports in the actor's villages still waiting for their household, oldest first. */
  async awaiting(actor: Actor): Promise<RiskReportEntity[]> {
    const query = this.dataSource.getRepository(RiskReportEntity).createQueryBuilder('r').where(`r.state = 'awaiting_household'`).orderBy('r.reported_at', 'ASC').limit(200);
    if (actor.scopePrefix !== null) query.andWhere('r.village_code LIKE :scope', { scope: `${actor.scopePrefix}%` });
    return query.getMany();
  }

  /** The village found (or registered) the reporter's household: the report opens its lead now, counted from the report. */
  async openLeadFor(actor: Actor, reportId: string, householdId: string): Promise<CaseView> {
    const lead = await commandTransaction(this.dataSource, async (tx) => {
      const report = await tx.getRepository(RiskReportEntity).findOne({ where: { id: reportId }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw notFound('自主申报');
      await this.access.assertWithin(actor, report.villageCode);
      if (report.state !== 'awaiting_household') throw new DomainError(ErrorCode.Conflict, '该申报已转为风险线索', { leadCaseId: report.leadCaseId });
      const household = await tx.getRepository(HouseholdEntity).findOneBy({ id: householdId });
      if (!household) throw invalidFields([{ field: 'householdId', reason: '农户不存在' }]);
      await this.access.assertWithin(actor, household.villageCode);
      const opened = await this.openLead(tx, report, household, actor);
      return tx.getRepository(CaseEntity).findOneByOrFail({ id: opened.leadCaseId ?? '' });
    });
    return this.cases.view(actor, lead);
  }

  /** Where a report stands, for whoever has its number and the phone's last four digits. */
  async lookUp(publicNumber: string, phoneLastFour: string): Promise<ReportStatus | null> {
    const report = await this.dataSource.getRepository(RiskReportEntity).findOneBy({ publicNumber: publicNumber.trim().toUpperCase() });
    if (!report || !/^\d{4}$/.test(phoneLastFour.trim()) || !report.phone.endsWith(phoneLastFour.trim())) return null;
    const lead = report.leadCaseId ? await this.dataSource.getRepository(CaseEntity).findOneBy({ id: report.leadCaseId }) : null;
    return { publicNumber: report.publicNumber, reportedOn: chinaDate(report.reportedAt), status: statusOf(lead), villageCode: report.villageCode };
  }

  private async openLead(tx: EntityManager, report: RiskReportEntity, household: HouseholdEntity, actor: Parameters<CasesService['openIn']>[1]): Promise<RiskReportEntity> {
    const lead = await this.cases.openIn(tx, actor, household, requireProcedure('risk_lead'), {
      reasons: report.details || `自主申报: ${report.riskType}`,
      channel: 'self_report',
      riskType: report.riskType,
      reporter: { name: report.name, phone: report.phone },
      reportNumber: report.publicNumber,
      reportedAt: report.reportedAt.toISOString(),
    });
    await tx.getRepository(RiskReportEntity).update(report.id, { state: 'lead_opened', leadCaseId: lead.id });
    return { ...report, state: 'lead_opened', leadCaseId: lead.id };
  }
}

/** A lead's stage in the words a resident is told. */
function statusOf(lead: CaseEntity | null): string {
  if (!lead) return '已收到，村里正在核实您的家庭信息';
  const context = (lead.snapshot as { context?: { dismissal?: { reason: LeadDismissal } | null } }).context;
  switch (lead.stage) {
    case 'received':
      return '已收到，等待村里受理';
    case 'accepted':
      return '已受理，村里将入户核查';
    case 'dismissed':
    case 'cleared':
    case 'enrolled':
      return leadOutcomeWords(lead.stage, context?.dismissal?.reason ?? null);
    default:
      return stageName(lead);
  }
}
