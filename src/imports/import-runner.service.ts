import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { DepartmentImportService } from './department-import.service';
import { storedFile, type StoredFile } from './import-files';
import { ImportJobEntity, type ImportKind, type ImportState } from './import-job.entity';
import { RiskAlertImportService } from './risk-alert-import.service';
import { RosterImportService } from './roster-import.service';

/** The counters a file kind moves as it goes. */
export type ImportCounters = Partial<Pick<ImportJobEntity, 'rowsRead' | 'householdsStored' | 'householdsUpdated' | 'householdsUnchanged' | 'householdsRefused' | 'leadsAttached' | 'leadsOpened' | 'rowsUnmatched' | 'rowsBelowThreshold' | 'rowsRefused' | 'ignoredColumns'>>;

/** Writes the counters (and how far the file was read); answers whether someone asked to cancel. */
export type ImportProgress = (counters: ImportCounters) => Promise<boolean>;

export interface ImportOutcome {
  state: Extract<ImportState, 'done' | 'failed' | 'cancelled'>;
  /** Why the whole file could not be read, in Chinese. */
  error: string | null;
}

/** What each file kind does with its rows; the runner owns the job around it. */
export interface FileImport {
  importFile(job: ImportJobEntity, file: StoredFile, progress: ImportProgress): Promise<ImportOutcome>;
}

const ZEROED: ImportCounters = { rowsRead: 0, householdsStored: 0, householdsUpdated: 0, householdsUnchanged: 0, householdsRefused: 0, leadsAttached: 0, leadsOpened: 0, rowsUnmatched: 0, rowsBelowThreshold: 0, rowsRefused: 0 };

/**
 * The worker's one entry for every file kind: it starts the job over (a worker that died mid-file
 * leaves it to another; storing is idempotent), hands the stored file to the kind's import with a
 * way to report progress, and ends the job in the state the import reached.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger(ImportRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly rosters: RosterImportService,
    private readonly departments: DepartmentImportService,
    private readonly alerts: RiskAlertImportService,
  ) {}

  async run(importJobId: string): Promise<ImportState> {
    const jobs = this.dataSource.getRepository(ImportJobEntity);
    const job = await jobs.findOneBy({ id: importJobId });
    if (!job || job.state === 'done' || job.state === 'failed' || job.state === 'cancelled') return job?.state ?? 'failed';
    if (job.cancelRequested) return this.finish(job, { state: 'cancelled', error: null });
    await jobs.update(job.id, { state: 'running', startedAt: this.clock.now(), bytesRead: '0', ...ZEROED });
    await this.dataSource.query(`DELETE FROM import_file_chunk WHERE job_id = $1 AND part = 'report'`, [job.id]);
    const file = storedFile(this.dataSource, job.id, 'upload');
    const progress: ImportProgress = async (counters) => {
      const result = await jobs.createQueryBuilder().update().set({ ...counters, bytesRead: String(file.bytesRead) }).where('id = :id', { id: job.id }).returning('cancel_requested').execute();
      return (result.raw as { cancel_requested: boolean }[])[0]?.cancel_requested === true;
    };
    const kinds: Record<ImportKind, FileImport> = { roster: this.rosters, department: this.departments, risk_alert: this.alerts };
    const kind = kinds[job.kind];
    try {
      return await this.finish(job, await kind.importFile(job, file, progress));
    } catch (error) {
      if (isUnreadable(error)) return this.finish(job, { state: 'failed', error: '无法读取文件: 请上传 Excel (.xlsx) 或 CSV 格式的文件' });
      throw error;
    }
  }

  private async finish(job: ImportJobEntity, outcome: ImportOutcome): Promise<ImportState> {
    await this.dataSource.getRepository(ImportJobEntity).update(job.id, { state: outcome.state, error: outcome.error, finishedAt: this.clock.now(), ...(outcome.state === 'done' ? { bytesRead: job.sizeBytes } : {}) });
    this.logger.log({ jobId: job.id, kind: job.kind, state: outcome.state }, 'Import finished');
    return outcome.state;
  }
}

/** A file that is no spreadsheet (exceljs and the zip reader say so in their own words). */
function isUnreadable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /zip|end of central directory|invalid signature|Unexpected|corrupt|Invalid Record Length|CsvError/i.test(message);
}
