import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { invalidFields, notFound } from '../common/domain-error';
import { IMPORT_JOB } from '../queues/job-options';
import { JOB, jobId, QUEUE } from '../queues/queue-names';
import { RegionEntity } from '../regions/region.entity';
import { ChunkWriter, hasStoredFile, storedFile } from './import-files';
import { ImportJobEntity, type ImportKind } from './import-job.entity';
import { importJobView, type ImportJobView } from './import-job.view';
import { formatOf } from './spreadsheet-rows';
import { alertFeedbackRows } from './risk-alert-feedback';
import type { Cell } from '../exports/xlsx-download';

/** The largest file an import takes: a county's roster of 50,000 households is about a tenth of it. */
export const IMPORT_MAX_BYTES = 200 << 20;

/**
 * Imports as the API offers them: a file uploaded is kept in PostgreSQL with its job row in one
 * transaction, then the worker is woken (the reconciler wakes it later if Redis was down).
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.imports) private readonly queue: Queue,
    private readonly access: JurisdictionService,
  ) {}

  /** A roster goes into one village. */
  async uploadRoster(actor: Actor, villageId: string, fileName: string, body: Readable): Promise<ImportJobView> {
    const village = await this.dataSource.getRepository(RegionEntity).findOneBy({ id: villageId, level: 'village' });
    if (!village) throw notFound('村');
    return this.upload(actor, { kind: 'roster', region: village, fileName, source: null }, body);
  }

  /**
   * A department's file goes to a county, township or village: its data matched against the open
   * identification cases there, or its screening alerts turned into the households' risk leads.
   */
  async uploadDepartmentFile(actor: Actor, kind: 'department' | 'risk_alert', file: { regionId: string; source?: string; fileName: string }, body: Readable): Promise<ImportJobView> {
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ id: file.regionId });
    if (!region || region.level === 'group') throw notFound('区划');
    return this.upload(actor, { kind, region, fileName: file.fileName, source: file.source ?? null }, body);
  }

  private async upload(actor: Actor, file: { kind: ImportKind; region: RegionEntity; fileName: string; source: string | null }, body: Readable): Promise<ImportJobView> {
    const format = formatOf(file.fileName);
    if (!format) throw invalidFields([{ field: 'fileName', reason: '须为 Excel (.xlsx) 或 CSV (.csv) 文件' }]);
    await this.access.assertWithin(actor, file.region.code);
    const job = await this.dataSource.transaction(async (tx) => {
      const created = await tx.getRepository(ImportJobEntity).save(
        tx.getRepository(ImportJobEntity).create({ kind: file.kind, accountId: actor.accountId, regionId: file.region.id, regionCode: file.region.code, fileName: file.fileName.slice(0, 200), format, source: file.source?.slice(0, 40) ?? null }),
      );
      const sink = new ChunkWriter(tx, created.id, 'upload', IMPORT_MAX_BYTES);
      await pipeline(body, sink);
      if (sink.size === 0) throw invalidFields([{ field: 'file', reason: '文件为空' }]);
      created.sizeBytes = String(sink.size);
      return tx.getRepository(ImportJobEntity).save(created);
    });
    await this.wake(job.id);
    return importJobView(job);
  }

  /** The worker's alarm; a Redis that is down only delays it (the row is the truth, the reconciler enqueues it). */
  async wake(importJobId: string): Promise<void> {
    try {
      await this.queue.add(JOB.importFile, { importJobId }, { jobId: jobId.importFile(importJobId), ...IMPORT_JOB });
    } catch (error) {
      this.logger.warn({ importJobId, err: error instanceof Error ? error.message : String(error) }, 'Import queued in PostgreSQL only; the reconciler will wake a worker');
    }
  }

  async get(actor: Actor, id: string): Promise<ImportJobView> {
    return importJobView(await this.visible(actor, id));
  }

  /** The imports of the actor's jurisdiction, newest first. */
  async list(actor: Actor): Promise<ImportJobView[]> {
    const builder = this.dataSource.getRepository(ImportJobEntity).createQueryBuilder('j').orderBy('j.created_at', 'DESC').limit(50);
    if (actor.scopePrefix !== null) builder.where('j.region_code LIKE :prefix', { prefix: `${actor.scopePrefix}%` });
    return (await builder.getMany()).map(importJobView);
  }

  /** Asks the worker to stop after the batch it is on; households stored so far stay (the file may be imported again). */
  async cancel(actor: Actor, id: string): Promise<ImportJobView> {
    const job = await this.visible(actor, id);
    if (job.state === 'queued' || job.state === 'running') {
      await this.dataSource.getRepository(ImportJobEntity).update(job.id, { cancelRequested: true });
      job.cancelRequested = true;
    }
    return importJobView(job);
  }

  /** The department's feedback on an alert file: each row as it stands now. */
  async feedback(actor: Actor, id: string): Promise<{ fileName: string; rows: AsyncGenerator<Cell[]> }> {
    const job = await this.visible(actor, id);
    if (job.kind !== 'risk_alert') throw notFound('反馈表');
    return { fileName: `${job.fileName.replace(/\.[a-z]+$/i, '')}-反馈.xlsx`, rows: alertFeedbackRows(this.dataSource, job.id) };
  }

  async report(actor: Actor, id: string): Promise<{ fileName: string; stream: Readable }> {
    const job = await this.visible(actor, id);
    if (!importJobView(job).reportUrl || !(await hasStoredFile(this.dataSource, job.id, 'report'))) throw notFound('错误报告');
    return { fileName: `${job.fileName.replace(/\.[a-z]+$/i, '')}-错误报告.xlsx`, stream: storedFile(this.dataSource, job.id, 'report') };
  }

  private async visible(actor: Actor, id: string): Promise<ImportJobEntity> {
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
    if (!job) throw notFound('导入任务');
    await this.access.assertWithin(actor, job.regionCode);
    return job;
  }
}
