import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CountyPolicy } from '../../workflows/policy';

/** One version of a county's policy settings; a case freezes the version current when it starts. */
@Entity('county_policy')
@Index('county_policy_version_unique', ['countyId', 'version'], { unique: true })
export class CountyPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  countyId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  settings!: CountyPolicy;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
