import type { MonitoringObjectType } from '../../workflows/policy';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { yuanTransformer } from '../database/yuan.transformer';
import { RegionEntity } from '../regions/region.entity';
import {
  HOUSEHOLD_STATUS,
  POVERTY_ATTRIBUTE,
  POVERTY_CAUSE,
  type HouseholdStatus,
  type PovertyAttribute,
  type PovertyCause,
} from './household.enums';
import { HouseholdMemberEntity } from './household-member.entity';


@Entity('household')
@Index('household_village_code_idx', ['villageCode', 'createdAt', 'id'])
@Index('household_group_idx', ['groupId'])
// Exits of a year per township (the statistics' exits against targets) from the index alone: the report reads no household row.
@Index('household_exit_year_idx', ['exitYear', 'villageCode', 'status'], { where: 'exit_year IS NOT NULL' })
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  villageId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_id' })
  village?: RegionEntity;

  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: RegionEntity;

  /** The village's code, copied so jurisdiction is one indexed prefix match. */
  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @Column({ type: 'enum', enum: HOUSEHOLD_STATUS.values, enumName: 'household_status', default: 'none' })
  status!: HouseholdStatus;

  /** When the status last changed (registration date, exit date …). */
  @Column({ type: 'date', nullable: true })
  statusSince!: string | null;

  @Column({ type: 'enum', enum: POVERTY_ATTRIBUTE.values, enumName: 'poverty_attribute', nullable: true })
  povertyAttribute!: PovertyAttribute | null;

  @Column({ type: 'enum', enum: POVERTY_CAUSE.values, enumName: 'poverty_cause', nullable: true })
  mainCause!: PovertyCause | null;

  /** 人均纯收入, yuan per person per year. */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: yuanTransformer })
  perCapitaIncome!: number | null;

  @Column({ type: 'boolean', nullable: true })
  foodSecure!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  clothingSecure!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  educationSecure!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  medicalSecure!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  housingSecure!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  drinkingWaterSecure!: boolean | null;

  /** The year of exit (脱贫年度), kept after later changes of status. */
  @Column({ type: 'integer', nullable: true })
  exitYear!: number | null;

  /** Monitoring object type (监测对象类型) while monitored or eliminated. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  monitoringObjectType!: MonitoringObjectType | null;

  @OneToMany(() => HouseholdMemberEntity, (member) => member.household)
  members?: HouseholdMemberEntity[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
