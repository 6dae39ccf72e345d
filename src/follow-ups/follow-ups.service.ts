import type { FollowUpView } from './follow-up.view';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { riskFound } from '../../workflows/monitoring/monitoring-rules';
import { addDays, lineForYear } from '../../workflows/policy';
import { MONITORING_SOURCE_LABELS } from '../../workflows/monitoring/monitoring.types';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import { requireProcedure } from '../cases/procedures';
import { CasesService } from '../cases/cases.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { DomainError, ErrorCode, invalidFields, notFound } from '../common/domain-error';
import { recordDateProblems } from '../../workflows/record-dates';
import { keysetPage, type Page } from '../common/pagination';
import { deadlineKey } from '../deadlines/deadline-keys';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { HouseholdEntity } from '../households/household.entity';
import { IncomeCheckEntity } from '../households/income-check.entity';
import { PoliciesService } from '../policies/policies.service';
import { visitorProblems } from '../../workflows/visit-rules';
import type { ListFollowUpsQuery, RecordFollowUpDto } from './dto/follow-up.dto';
import { FollowUpVisitEntity } from './follow-up-visit.entity';


/**
 * Follow-up visits (回头看) after an exit (procedures.md "Exit"): due at policy-set intervals;
 * a visit that finds income below the monitoring line or a 三保障 risk opens a monitoring
 * case by itself, in the same transaction.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly policies: PoliciesService,
    private readonly deadlines: DeadlineScheduler,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
  ) {}

  /** By due day, oldest first, a page at a time. */
  async list(actor: Actor, query: ListFollowUpsQuery): Promise<Page<FollowUpView>> {
    const builder = this.dataSource
      .getRepository(FollowUpVisitEntity)
      .createQueryBuilder('v')
      .addSelect(`(SELECT m.name FROM household_member m WHERE m.household_id = v.household_id AND m.relation = 'head')`, 'head_name');
    if (actor.scopePrefix !== null) builder.andWhere('v.village_code LIKE :scope', { scope: `${actor.scopePrefix}%` });
    // Due: not yet visited, its day come, and the exit not corrected since (错退 clears the exit year).
    if (query.due === true) {
      builder
        .andWhere('v.visited_on IS NULL AND v.due_on <= :today', { today: chinaDate(this.clock.now()) })
        .andWhere('EXISTS (SELECT 1 FROM household h WHERE h.id = v.household_id AND h.exit_year IS NOT NULL)');
    }
    return keysetPage<FollowUpView, FollowUpVisitEntity>(
      builder,
      query,
      [
        { column: 'v.due_on', sqlType: 'date', valueOf: (visit) => visit.dueOn },
        { column: 'v.id', sqlType: 'uuid', valueOf: (visit) => visit.id },
      ],
      async (paged) => {
        const { entities, raw } = await paged.getRawAndEntities<{ head_name: string | null }>();
        return entities.map((visit, index) => Object.assign(visit, { headName: raw[index]?.head_name ?? null }));
      },
    );
  }

  async record(actor: Actor, visitId: string, dto: RecordFollowUpDto): Promise<FollowUpVisitEntity> {
    const today = chinaDate(this.clock.now());
    const problems = [
      ...recordDateProblems({ today, days: { visitedOn: dto.visitedOn }, income: { field: 'incomeYear', year: dto.incomeYear, foundOn: dto.visitedOn } }),
      ...visitorProblems(dto.visitors),
    ];
    if (problems.length > 0) throw invalidFields(problems);
    return this.dataSource.transaction(async (tx) => {
      const visit = await tx.getRepository(FollowUpVisitEntity).findOne({ where: { id: visitId }, lock: { mode: 'pessimistic_write' } });
      if (!visit) throw notFound('回访任务');
      await this.access.assertWithin(actor, visit.villageCode);
      if (visit.visitedOn !== null) throw new DomainError(ErrorCode.Conflict, `该次回访已于 ${visit.visitedOn} 登记`);
      const household = await tx.getRepository(HouseholdEntity).findOneByOrFail({ id: visit.householdId });
      const policy = await this.policies.currentForVillage(visit.villageCode, tx);
      // procedures.md "Exit": the visit checks the household at its interval; recorded long before, the check never happens.
      const earliest = addDays(visit.dueOn, -policy.settings.exit.followUpEarlyDays);
      if (dto.visitedOn < earliest && !dto.earlyReason) {
        throw invalidFields([{ field: 'earlyReason', reason: `该次回头看 ${visit.dueOn} 到期，${earliest} 起可登记；更早登记须写明理由` }]);
      }
      // Without a monitoring line for the year the visit cannot be judged (riskFound would call it safe).
      if (lineForYear(policy.settings.monitoring.lines, dto.incomeYear) === null) {
        throw invalidFields([{ field: 'incomeYear', reason: `本县政策未规定 ${dto.incomeYear} 年及以前的监测标准` }]);
      }
      const risk = riskFound(policy.settings, dto);
      let monitoringCaseId: string | null = null;
      // An exited household at risk enters monitoring (procedures.md "Exit": "falls back below the line").
      if (risk !== null && household.status === 'exited') {
        const open = await this.cases.openCaseOf(household.id, 'monitoring', tx);
        const reasons = risk.income < risk.line ? `人均纯收入 ${risk.income} 元低于监测标准 ${risk.line} 元` : `${risk.insecure.join('、')} 未达标`;
        monitoringCaseId =
          open?.id ??
          (
            await this.cases.openIn(tx, actor, household, requireProcedure('monitoring'), {
              reasons: `${MONITORING_SOURCE_LABELS.follow_up_visit}发现返贫风险: ${reasons}`,
              source: 'follow_up_visit',
              followUpVisitId: visit.id,
            })
          ).id;
      }
      await tx.getRepository(FollowUpVisitEntity).update(visit.id, {
        visitedOn: dto.visitedOn,
        visitors: dto.visitors,
        incomeFound: dto.incomeFound,
        incomeYear: dto.incomeYear,
        livingConditions: { ...dto.livingConditions },
        atRisk: risk !== null,
        monitoringCaseId,
        note: dto.note ?? null,
        earlyReason: dto.visitedOn < earliest ? (dto.earlyReason ?? null) : null,
        recordedBy: actor.accountId,
      });
      await tx.getRepository(IncomeCheckEntity).insert({ householdId: household.id, checkedOn: dto.visitedOn, perCapitaIncome: dto.incomeFound, source: 'follow_up_visit', recordedBy: actor.accountId });
      await this.deadlines.cancel(tx, deadlineKey.followUp(visit.id));
      return tx.getRepository(FollowUpVisitEntity).findOneByOrFail({ id: visit.id });
    });
  }
}
