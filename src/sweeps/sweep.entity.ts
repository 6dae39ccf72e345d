import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LivingConditions } from '../../workflows/case-types';
import type { RiskType } from '../../workflows/risk-lead/risk-lead.types';
import type { IncomeChange } from '../../workflows/risk-lead/sweep-visit';

/**
 * A sweep (集中排查) the county launches for a period over chosen villages (procedures.md
 * "Monitoring as routine work": sweeps): every household of them is to be visited once.
 */
@Entity('sweep')
@Index('sweep_county_idx', ['countyCode', 'startsOn'])
export class SweepEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  countyCode!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'jsonb' })
  villageIds!: string[];

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A household of a sweep: who is to visit it, and what the visit found (its checklist). */
@Entity('sweep_household')
@Index('sweep_household_once', ['sweepId', 'householdId'], { unique: true })
@Index('sweep_household_village_idx', ['sweepId', 'villageCode'])
@Index('sweep_household_visitor_idx', ['visitorId', 'sweepId'])
export class SweepHouseholdEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sweepId!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  /** The staff account that visits it; null until assigned. */
  @Column({ type: 'uuid', nullable: true })
  visitorId!: string | null;

  @Column({ type: 'date', nullable: true })
  visitedOn!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  incomeChange!: IncomeChange | null;

  @Column({ type: 'jsonb', nullable: true })
  livingConditions!: Partial<LivingConditions> | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  hardship!: RiskType | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** What the checklist's facts said (sweepRisk), kept for the coverage counts. */
  @Column({ type: 'boolean', default: false })
  riskSeen!: boolean;

  /** The risk lead the visit opened, or the household's open lead it found. */
  @Column({ type: 'uuid', nullable: true })
  leadCaseId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  recordedAt!: Date | null;
}
