import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a file holds: a village's roster (花名册), a department's data for identification
 * cross-checks (部门比对数据), or a department's screening alerts for monitoring (部门筛查预警).
 */
export const IMPORT_KINDS = ['roster', 'department', 'risk_alert'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

export const IMPORT_STATE_LABELS: Record<ImportState, string> = { queued: '排队中', running: '导入中', done: '已完成', failed: '导入失败', cancelled: '已取消' };

/**
 * One uploaded file and its import, run by the worker: the row is the truth (the queue only
 * wakes a worker), and its counters are the progress a client polls.
 */
@Entity('import_job')
@Index('import_job_account_idx', ['accountId', 'createdAt'])
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: ImportKind;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  state!: ImportState;

  @Column({ type: 'uuid' })
  accountId!: string;

  /** Where the rows go: a roster into one village, a department's file into a county or township. */
  @Column({ type: 'uuid' })
  regionId!: string;

  @Column({ type: 'varchar', length: 12, collation: 'C' })
  regionCode!: string;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'varchar', length: 8 })
  format!: 'xlsx' | 'csv';

  /** The department a data file comes from (rows may name their own). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  source!: string | null;

  @Column({ type: 'bigint', default: 0 })
  sizeBytes!: string;

  /** How much of the file the worker has read: the progress as a share of sizeBytes. */
  @Column({ type: 'bigint', default: 0 })
  bytesRead!: string;

  @Column({ type: 'integer', default: 0 })
  rowsRead!: number;

  @Column({ type: 'integer', default: 0 })
  householdsStored!: number;

  @Column({ type: 'integer', default: 0 })
  householdsUpdated!: number;

  @Column({ type: 'integer', default: 0 })
  householdsUnchanged!: number;

  @Column({ type: 'integer', default: 0 })
  householdsRefused!: number;

  /** A department's file: leads attached to open cases (alerts: joined to a household's open risk lead), rows naming nobody in a running case (alerts: nobody in the region), rows refused. */
  @Column({ type: 'integer', default: 0 })
  leadsAttached!: number;

  @Column({ type: 'integer', default: 0 })
  rowsUnmatched!: number;

  /** A department's alerts: risk leads opened, and alerts below the county's threshold for their type. */
  @Column({ type: 'integer', default: 0 })
  leadsOpened!: number;

  @Column({ type: 'integer', default: 0 })
  rowsBelowThreshold!: number;

  @Column({ type: 'integer', default: 0 })
  rowsRefused!: number;

  /** Headings the file has that the import does not read. */
  @Column({ type: 'jsonb', default: [] })
  ignoredColumns!: string[];

  /** Why the whole file could not be read (a missing column, not a spreadsheet). */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'boolean', default: false })
  cancelRequested!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/**
 * A file kept in PostgreSQL in chunks of about a megabyte (the upload, the error report), so any
 * worker can read it as a stream and none holds it whole.
 */
@Entity('import_file_chunk')
export class ImportFileChunkEntity {
  @PrimaryColumn({ type: 'uuid' })
  jobId!: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  part!: 'upload' | 'report';

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
