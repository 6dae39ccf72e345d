import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RiskType } from '../../workflows/risk-lead/risk-lead.types';

/** Where a resident's report stands: it opened its lead, or it waits for the village to find the household. */
export type RiskReportState = 'lead_opened' | 'awaiting_household';

/**
 * A resident's own report of a hardship (农户自主申报), from the public page: who, how to reach
 * them, the difficulty. Its number and the phone's last four digits look up the outcome; nothing
 * public shows what was reported. A report whose ID number is in the registry opens its risk
 * lead at once; one that is not waits for the village to register the household.
 */
@Entity('risk_report')
@Index('risk_report_number_unique', ['publicNumber'], { unique: true })
@Index('risk_report_submission_unique', ['submissionKey'], { unique: true })
@Index('risk_report_waiting_idx', ['villageCode'], { where: `state = 'awaiting_household'` })
export class RiskReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FY-2026-000123: what the resident quotes. */
  @Column({ type: 'varchar', length: 32 })
  publicNumber!: string;

  @Column({ type: 'uuid' })
  villageId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 18 })
  idNumber!: string;

  @Column({ type: 'varchar', length: 20 })
  phone!: string;

  @Column({ type: 'varchar', length: 20 })
  riskType!: RiskType;

  @Column({ type: 'text' })
  details!: string;

  /** The form's one-time key: the same form sent twice files one report. */
  @Column({ type: 'uuid' })
  submissionKey!: string;

  @Column({ type: 'varchar', length: 20 })
  state!: RiskReportState;

  @Column({ type: 'uuid', nullable: true })
  leadCaseId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  reportedAt!: Date;
}
