import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { DomainError, ErrorCode, invalidFields, notFound } from '../common/domain-error';
import { recordDateProblems } from '../../workflows/record-dates';
import { applyPatch } from '../households/change-set';
import { recordHouseholdChange, type ChangeSet, type HouseholdChangeAction } from '../households/household-change.entity';
import { HOUSEHOLD_STATUS } from '../households/household.enums';
import { IncomeCheckEntity } from '../households/income-check.entity';
import { AssistanceMeasureEntity } from './assistance-measure.entity';
import type { HouseholdPlan } from './household-plan.view';
import type { CreateMeasureDto, IncomeCheckDto, UpdateMeasureDto } from './dto/monitoring.dto';
import { measureTypesOf } from '../../workflows/monitoring/measure-types';
import { withPolicyDefaults } from '../../workflows/policy';
import { PoliciesService } from '../policies/policies.service';

/** Households whose income is checked between cases: enrolled, or eliminated (the plan stays on record). */
const PLAN_STATUSES = ['monitored', 'risk_eliminated'];
/** Households that are helped with measures: registered poor, monitored, exited (帮扶 goes on after exit). */
const HELPED_STATUSES = ['registered', 'monitored', 'exited'];

/** The household plan (一户一策) of a monitored household, and the income checks between cases. */
@Injectable()
export class HouseholdPlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JurisdictionService,
    private readonly policies: PoliciesService,
    private readonly clock: Clock,
  ) {}

  async plan(actor: Actor, householdId: string): Promise<HouseholdPlan> {
    const household = await this.access.household(actor, householdId);
    const measures = await this.dataSource.getRepository(AssistanceMeasureEntity).find({ where: { householdId }, order: { createdAt: 'ASC' } });
    const types = measureTypesOf(withPolicyDefaults((await this.policies.currentForVillage(household.villageCode)).settings));
    const labels = new Map(types.map((type) => [type.code, type.label]));
    const checks = await this.dataSource.getRepository(IncomeCheckEntity).find({ where: { householdId }, order: { checkedOn: 'ASC', createdAt: 'ASC' } });
    return {
      householdId,
      status: household.status,
      monitoringObjectType: household.monitoringObjectType,
      statusSince: household.statusSince,
      // A type the county has since dropped from its list still reads as its code.
      measures: measures.map((measure) => ({ ...measure, kindLabel: labels.get(measure.kind) ?? measure.kind })),
      measureTypes: types,
      incomeChecks: checks.map((check) => ({ checkedOn: check.checkedOn, perCapitaIncome: check.perCapitaIncome, source: check.source })),
    };
  }

  async addMeasure(actor: Actor, householdId: string, dto: CreateMeasureDto): Promise<AssistanceMeasureEntity> {
    const household = await this.access.household(actor, householdId);
    if (!HELPED_STATUSES.includes(household.status)) {
      throw new DomainError(ErrorCode.Conflict, `该户当前状态为「${HOUSEHOLD_STATUS.labels[household.status]}」，不是建档立卡户、监测对象或脱贫户，不能制定帮扶措施`, { householdStatus: household.status });
    }
    const type = measureTypesOf(withPolicyDefaults((await this.policies.currentForVillage(household.villageCode)).settings)).find((candidate) => candidate.code === dto.kind);
    const department = dto.department ?? type?.department ?? '';
    const problems = [
      ...(type ? [] : [{ field: 'kind', reason: `本县没有「${dto.kind}」这一措施类型` }]),
      ...(type && !department ? [{ field: 'department', reason: '请填写负责部门' }] : []),
    ];
    if (problems.length > 0) throw invalidFields(problems);
    return this.dataSource.transaction(async (tx) => {
      const measures = tx.getRepository(AssistanceMeasureEntity);
      const measure = await measures.save(
        measures.create({
          householdId,
          villageCode: household.villageCode,
          kind: dto.kind,
          description: dto.description,
          department,
          amount: dto.amount ?? null,
          startsOn: dto.startsOn ?? null,
          status: 'planned',
          doneOn: null,
          recordedBy: actor.accountId,
        }),
      );
      await this.history(tx, actor, householdId, 'measure_planned', {
        [`measures.${measure.id}`]: [null, { kind: measure.kind, description: measure.description, department, amount: measure.amount, startsOn: measure.startsOn, status: measure.status }],
      });
      return measure;
    });
  }

  async updateMeasure(actor: Actor, measureId: string, dto: UpdateMeasureDto): Promise<AssistanceMeasureEntity> {
    const measures = this.dataSource.getRepository(AssistanceMeasureEntity);
    const measure = await measures.findOneBy({ id: measureId });
    if (!measure) throw notFound('帮扶措施');
    await this.access.assertWithin(actor, measure.villageCode);
    if (dto.status === 'done' && !dto.doneOn) throw invalidFields([{ field: 'doneOn', reason: '已落实的措施须填写落实日期' }]);
    const doneOn = dto.status === 'done' ? (dto.doneOn ?? null) : null;
    if (doneOn) {
      const problems = recordDateProblems({ today: chinaDate(this.clock.now()), days: { doneOn } });
      if (problems.length > 0) throw invalidFields(problems);
    }
    return this.dataSource.transaction(async (tx) => {
      // Each change of a measure stays in the household's history (nothing is overwritten unseen).
      const changes = applyPatch(measure, { status: dto.status, doneOn }, `measures.${measure.id}.`);
      if (Object.keys(changes).length === 0) return measure;
      await tx.getRepository(AssistanceMeasureEntity).update(measure.id, { status: measure.status, doneOn: measure.doneOn, recordedBy: actor.accountId });
      await this.history(tx, actor, measure.householdId, 'measure_updated', changes);
      return tx.getRepository(AssistanceMeasureEntity).findOneByOrFail({ id: measure.id });
    });
  }

  private history(tx: EntityManager, actor: Actor, householdId: string, action: HouseholdChangeAction, changes: ChangeSet): Promise<void> {
    return recordHouseholdChange(tx, { householdId, accountId: actor.accountId, action, changes });
  }

  /** A visit to a monitored (or eliminated) household between cases: the income history the elimination reads. */
  async addIncomeCheck(actor: Actor, householdId: string, dto: IncomeCheckDto): Promise<HouseholdPlan> {
    const household = await this.access.household(actor, householdId);
    if (!PLAN_STATUSES.includes(household.status)) {
      throw new DomainError(ErrorCode.Conflict, `该户当前状态为「${HOUSEHOLD_STATUS.labels[household.status]}」，不是监测对象`, { householdStatus: household.status });
    }
    const problems = recordDateProblems({ today: chinaDate(this.clock.now()), days: { checkedOn: dto.checkedOn } });
    if (problems.length > 0) throw invalidFields(problems);
    await this.dataSource.getRepository(IncomeCheckEntity).insert({
      householdId,
      checkedOn: dto.checkedOn,
      perCapitaIncome: dto.perCapitaIncome,
      source: 'monitoring_visit',
      recordedBy: actor.accountId,
    });
    return this.plan(actor, householdId);
  }

}
