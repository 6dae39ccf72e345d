import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DepartmentImportService } from './department-import.service';
import { ImportJobEntity, type ImportState } from './import-job.entity';
import { RosterImportService } from './roster-import.service';

/** The worker's one entry for every file kind: the job row says which import reads it. */
@Injectable()
export class ImportRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rosters: RosterImportService,
    private readonly departments: DepartmentImportService,
  ) {}

  async run(importJobId: string): Promise<ImportState> {
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id: importJobId });
    if (!job) return 'failed';
    return job.kind === 'department' ? this.departments.run(job.id) : this.rosters.run(job.id);
  }
}
