import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EXCLUSION_CHECK_LABELS, type ExclusionCheck } from '../../workflows/policy';

/**
 * A department's record naming a member of a household with an open identification case (a
 * vehicle, a house in town, a registered business, public pay): a lead the village must confirm or
 * clear at the home visit, never a decision by itself (procedures.md "Identification", stage 4).
 */
@Entity('case_lead')
@Index('case_lead_once', ['caseId', 'check', 'source', 'idNumber'], { unique: true })
export class CaseLeadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  importJobId!: string;

  @Column({ type: 'varchar', length: 18 })
  idNumber!: string;

  @Column({ type: 'varchar', length: 50 })
  memberName!: string;

  /** The exclusion check the record bears on. */
  @Column({ type: 'varchar', length: 40 })
  check!: ExclusionCheck;

  /** The department the data came from (公安交管, 不动产登记, 市场监管, 财政). */
  @Column({ type: 'varchar', length: 40 })
  source!: string;

  @Column({ type: 'varchar', length: 200 })
  detail!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** How a lead is named among a home visit's cross-check hits: the department, what it bears on, whom. */
export function leadHitSource(lead: Pick<CaseLeadEntity, 'source' | 'check' | 'memberName'>): string {
  return `${lead.source}·${EXCLUSION_CHECK_LABELS[lead.check]}·${lead.memberName}`;
}
