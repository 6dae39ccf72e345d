import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';

export const HOUSEHOLD_CHANGE_ACTIONS = [
  'registered',
  'updated',
  'member_added',
  'member_updated',
  'member_removed',
  'head_changed',
  'status_changed',
  'measure_planned',
  'measure_updated',
  'microcredit_certified',
  'microcredit_revoked',
  'cadre_paired',
] as const;
export type HouseholdChangeAction = (typeof HOUSEHOLD_CHANGE_ACTIONS)[number];

export const HOUSEHOLD_CHANGE_LABELS: Record<HouseholdChangeAction, string> = {
  registered: '登记',
  updated: '修改农户信息',
  member_added: '添加家庭成员',
  member_updated: '修改家庭成员',
  member_removed: '删除家庭成员',
  head_changed: '更换户主',
  status_changed: '农户状态变更',
  measure_planned: '制定帮扶措施',
  measure_updated: '更新帮扶措施',
  microcredit_certified: '认定帮扶小额信贷对象',
  microcredit_revoked: '撤销帮扶小额信贷认定',
  cadre_paired: '结对帮扶责任人',
};

/** Field → [before, after]; member changes are keyed "members.<memberId>.<field>". */
export type ChangeSet = Record<string, [unknown, unknown]>;

/** Append-only history of a household: who changed what, when. */
@Entity('household_change')
@Index('household_change_household_idx', ['householdId', 'id'])
export class HouseholdChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'enum', enum: HOUSEHOLD_CHANGE_ACTIONS, enumName: 'household_change_action' })
  action!: HouseholdChangeAction;

  @Column({ type: 'jsonb' })
  changes!: ChangeSet;
}

/** One entry of a household's history, in the transaction of the change it records. */
export async function recordHouseholdChange(tx: EntityManager, entry: Pick<HouseholdChangeEntity, 'householdId' | 'accountId' | 'action' | 'changes'>): Promise<void> {
  const log = tx.getRepository(HouseholdChangeEntity);
  await log.save(log.create(entry));
}
