import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { REGION_LEVELS, type RegionLevel } from './region-code.util';

@Entity('region')
@Check('region_group_has_number', `(level = 'group') = (group_number IS NOT NULL)`)
// Codes are unique among counties, townships and villages; groups share their village's code.
@Index('region_code_unique', ['code'], { unique: true, where: `level <> 'group'` })
@Index('region_group_number_unique', ['parentId', 'groupNumber'], { unique: true, where: `level = 'group'` })
@Index('region_parent_idx', ['parentId'])
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: REGION_LEVELS, enumName: 'region_level' })
  level!: RegionLevel;

  /** Byte-order collation so `code LIKE 'prefix%'` (jurisdiction) can use an index. */
  @Index('region_code_idx')
  @Column({ type: 'varchar', length: 12, collation: 'C' })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: RegionEntity;

  /** Villager groups (村民小组) only: their number inside the village. */
  @Column({ type: 'smallint', nullable: true })
  groupNumber!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
