import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CaseView } from '../cases/case.view';
import { CasesService } from '../cases/cases.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { invalidFields, notFound } from '../common/domain-error';
import { CaseEntity } from '../cases/case.entity';
import { CaseLeadEntity, leadHitSource } from '../cases/case-lead.entity';
import { CaseCommandService, type CaseEventInput } from '../cases/case-command.service';
import { restoreSnapshot } from '../cases/case-snapshot';
import { procedureAt } from '../cases/procedures';
import { commandTransaction } from '../cases/dry-run';
import type { MonitoringContext, MonitoringPurpose } from '../../workflows/monitoring/monitoring.types';
import { IncomeCheckEntity, type IncomeCheckSource } from '../households/income-check.entity';
import { eliminationFacts } from '../monitoring/elimination-facts';
import type { CrossCheckDto, ExitVerificationDto, HomeCheckDto, HomeVisitDto } from './dto/visit.dto';
import { recordDateProblems } from '../../workflows/record-dates';
import type { RecordVerificationDto } from './dto/record-verification.dto';
import { VerificationEntity } from './verification.entity';

/** What a monitoring case is for (enrolment, elimination, rollback), from its machine context. */
function purposeOf(row: CaseEntity): MonitoringPurpose | undefined {
  return (restoreSnapshot(procedureAt(row.procedure, row.machineVersion), row).context as Partial<MonitoringContext>).purpose;
}

@Injectable()
export class VerificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commands: CaseCommandService,
    private readonly cases: CasesService,
    private readonly clock: Clock,
  ) {}

  /** The visit is kept as a record of its own and applied to the case in the same transaction. */
  async record(actor: Actor, caseId: string, dto: RecordVerificationDto, expectedVersion?: number): Promise<CaseView> {
    const crossCheckHits = dto.crossCheckHits.map((hit) => ({ source: hit.source, resolution: hit.resolution ?? null, ...(hit.note ? { note: hit.note } : {}) }));
    await this.assertLeadsSettled(caseId, crossCheckHits);
    const visit = {
      kind: 'identification' as const,
      visitedOn: dto.visitedOn,
      visitors: dto.visitors,
      fullHomeVisit: dto.fullHomeVisit,
      incomeFound: dto.incomeFound,
      incomeYear: dto.incomeYear,
      livingConditions: { ...dto.livingConditions },
      exclusionChecks: dto.exclusionChecks,
      crossCheckHits,
      eligible: dto.eligible ?? null,
      reason: dto.reason ?? null,
    };
    return this.visit(actor, caseId, visit, expectedVersion, (verificationId) => ({
      type: 'VERIFICATION_RECORDED',
      verificationId,
      visitors: dto.visitors,
      fullHomeVisit: dto.fullHomeVisit,
      exclusionChecks: dto.exclusionChecks,
      crossCheckHits: crossCheckHits.map(({ source, resolution }) => ({ source, resolution })),
      incomeFound: dto.incomeFound,
      incomeYear: dto.incomeYear,
      livingConditions: { ...dto.livingConditions },
      eligible: dto.eligible ?? null,
      reason: dto.reason ?? null,
    }));
  }

  /**
   * procedures.md "Identification", stage 4: a department's record is a lead, not a decision. Every
   * lead the departments' files attached to the case must be among the visit's hits, confirmed or
   * cleared at home; a visit that leaves one out is refused and records nothing.
   */
  private async assertLeadsSettled(caseId: string, hits: { source: string; resolution: string | null }[]): Promise<void> {
    const leads = await this.dataSource.getRepository(CaseLeadEntity).find({ where: { caseId }, order: { createdAt: 'ASC' } });
    const unsettled = leads.map(leadHitSource).filter((source) => !hits.some((hit) => hit.source === source && hit.resolution !== null));
    if (unsettled.length > 0) throw invalidFields(unsettled.map((source) => ({ field: 'crossCheckHits', reason: `部门比对线索「${source}」须经入户核实确认或排除` })));
  }

  /** 退出核实: the rules judge the facts against the exit standard; the income joins the household's record. */
  async recordExit(actor: Actor, caseId: string, dto: ExitVerificationDto, expectedVersion?: number): Promise<CaseView> {
    return this.visit(actor, caseId, { ...this.laterVisit(dto), kind: 'exit' }, expectedVersion, (verificationId) => ({
      type: 'EXIT_VERIFICATION_RECORDED',
      verificationId,
      visitors: dto.visitors,
      incomeFound: dto.incomeFound,
      incomeYear: dto.incomeYear,
      livingConditions: { ...dto.livingConditions },
    }), 'exit_verification');
  }

  /**
   * 监测入户核查. For a risk elimination the guards read the household's own records (enrolment,
   * measures carried out, income history, labour), gathered here under the case's lock, never
   * typed in by the visitor.
   */
  async recordHomeCheck(actor: Actor, caseId: string, dto: HomeCheckDto, expectedVersion?: number): Promise<CaseView> {
    const visit = { ...this.laterVisit(dto), kind: 'home_check' as const, consentSigned: dto.consentSigned, reason: dto.reason ?? null };
    return this.visit(actor, caseId, visit, expectedVersion, async (verificationId, tx, row) => ({
      type: 'HOME_CHECK_RECORDED',
      verificationId,
      visitors: dto.visitors,
      consentSigned: dto.consentSigned,
      incomeFound: dto.incomeFound,
      incomeYear: dto.incomeYear,
      livingConditions: { ...dto.livingConditions },
      elimination: purposeOf(row) === 'eliminate' ? await eliminationFacts(tx, row.householdId) : null,
      reason: dto.reason ?? null,
    }), 'home_check');
  }

  /** 信息比对: each department lead and how the home visit settled it. */
  recordCrossCheck(actor: Actor, caseId: string, dto: CrossCheckDto, expectedVersion?: number): Promise<CaseView> {
    const hits = dto.hits.map((hit) => ({ source: hit.source, resolution: hit.resolution ?? null }));
    return this.cases.command(actor, caseId, { type: 'CROSS_CHECK_RECORDED', hits }, expectedVersion);
  }

  private laterVisit(dto: HomeVisitDto) {
    return {
      visitedOn: dto.visitedOn,
      visitors: dto.visitors,
      fullHomeVisit: true,
      incomeFound: dto.incomeFound,
      incomeYear: dto.incomeYear,
      livingConditions: { ...dto.livingConditions },
      eligible: null,
    };
  }

  private async visit(
    actor: Actor,
    caseId: string,
    visit: Partial<VerificationEntity> & Pick<VerificationEntity, 'kind' | 'visitedOn' | 'visitors'>,
    expectedVersion: number | undefined,
    eventOf: (verificationId: string, tx: EntityManager, row: CaseEntity) => CaseEventInput | Promise<CaseEventInput>,
    incomeSource?: IncomeCheckSource,
  ): Promise<CaseView> {
    const row = await commandTransaction(this.dataSource, async (tx) => {
      // Locked before anything is read for the event, so the facts cannot change under it.
      const locked = await tx.getRepository(CaseEntity).findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw notFound('案件');
      // A visit follows the lead it checks (the case's opening) and finds an income already earned.
      const dateProblems = () =>
        recordDateProblems({
          today: chinaDate(this.clock.now()),
          days: { visitedOn: visit.visitedOn },
          notBefore: { day: chinaDate(locked.createdAt), what: '案件受理日期' },
          ...(typeof visit.incomeYear === 'number' ? { income: { field: 'incomeYear', year: visit.incomeYear, foundOn: visit.visitedOn } } : {}),
        });
      const verifications = tx.getRepository(VerificationEntity);
      const verification = await verifications.save(
        verifications.create({ exclusionChecks: [], crossCheckHits: [], reason: null, ...visit, caseId, recordedBy: actor.accountId }),
      );
      const after = await this.commands.apply(tx, actor, caseId, await eventOf(verification.id, tx, locked), { expectedVersion, inputProblems: dateProblems });
      if (incomeSource && visit.incomeFound !== null && visit.incomeFound !== undefined) {
        await tx.getRepository(IncomeCheckEntity).insert({
          householdId: locked.householdId,
          checkedOn: visit.visitedOn,
          perCapitaIncome: visit.incomeFound,
          source: incomeSource,
          recordedBy: actor.accountId,
        });
      }
      return after;
    });
    return this.cases.view(actor, row);
  }
}
