import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A region's rural population for a year as the statistical yearbook gives it (统计年报): the
 * denominator of the poverty incidence when entered, instead of the people in the registry.
 */
@Entity('region_population')
export class RegionPopulationEntity {
  @PrimaryColumn({ type: 'uuid' })
  regionId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  ruralPopulation!: number;

  @Column({ type: 'uuid' })
  enteredBy!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
