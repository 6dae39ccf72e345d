import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A county's certification that a household may borrow a 帮扶小额信贷 (procedures.md "Monitoring
 * as routine work"): who borrows, how much, for what, until when. The banks get the list; the
 * household's history records it.
 */
@Entity('microcredit_certification')
@Index('microcredit_certification_household_idx', ['householdId', 'validUntil'])
@Index('microcredit_certification_village_idx', ['villageCode', 'certifiedOn'])
export class MicrocreditCertificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  villageCode!: string;

  @Column({ type: 'uuid' })
  borrowerMemberId!: string;

  @Column({ type: 'varchar', length: 50 })
  borrowerName!: string;

  @Column({ type: 'varchar', length: 18 })
  borrowerIdNumber!: string;

  @Column({ type: 'integer' })
  amount!: number;

  @Column({ type: 'varchar', length: 200 })
  purpose!: string;

  @Column({ type: 'date' })
  certifiedOn!: string;

  /** The last day the banks may lend on it. */
  @Column({ type: 'date' })
  validUntil!: string;

  @Column({ type: 'uuid' })
  certifiedBy!: string;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  revokedReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
