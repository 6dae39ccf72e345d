import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A staff request refused for jurisdiction or role (procedures.md: refused and logged). */
@Entity('access_denial')
@Index('access_denial_account_idx', ['accountId', 'occurredAt'])
export class AccessDenialEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid' })
  accountId!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  /** What was attempted, e.g. "GET /households/…". */
  @Column({ type: 'varchar', length: 300 })
  action!: string;

  /** The region code the target lies in, when known. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  targetRegionCode!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
