import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A township's exit target for a year (年初制定脱贫目标), set by the county. */
@Entity('exit_target')
export class ExitTargetEntity {
  @PrimaryColumn({ type: 'uuid' })
  townshipId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  townshipCode!: string;

  @Column({ type: 'integer' })
  target!: number;

  @Column({ type: 'uuid' })
  setBy!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
