import type { EntityManager } from 'typeorm';
import type { EliminationFacts } from '../../workflows/monitoring/monitoring.types';
import { HouseholdMemberEntity } from '../households/household-member.entity';
import { HouseholdEntity } from '../households/household.entity';
import { IncomeCheckEntity } from '../households/income-check.entity';
import { AssistanceMeasureEntity } from './assistance-measure.entity';

/**
 * What the risk elimination guards read (procedures.md "Monitoring"), from the household's
 * rows: the day it was enrolled, measures of its ledger carried out since, every income check, who
 * can work.
 */
export async function eliminationFacts(tx: EntityManager, householdId: string): Promise<EliminationFacts> {
  const household = await tx.getRepository(HouseholdEntity).findOneByOrFail({ id: householdId });
  // A measure counts when carried out since the enrolment: one planned, or done before, does not.
  const measuresDone = await tx
    .getRepository(AssistanceMeasureEntity)
    .createQueryBuilder('m')
    .where(`m.household_id = :householdId AND m.status = 'done'`, { householdId })
    .andWhere('m.done_on >= :enrolledOn', { enrolledOn: household.statusSince ?? '0001-01-01' })
    .getCount();
  const checks = await tx.getRepository(IncomeCheckEntity).find({ where: { householdId }, order: { checkedOn: 'ASC', createdAt: 'ASC' } });
  const members = await tx.getRepository(HouseholdMemberEntity).findBy({ householdId });
  return {
    enrolledOn: household.statusSince ?? '',
    measuresDone,
    incomeChecks: checks.map((check) => ({ checkedOn: check.checkedOn, income: check.perCapitaIncome })),
    membersAbleToWork: members.filter((member) => member.labourCapacity === 'ordinary' || member.labourCapacity === 'skilled').length,
  };
}
