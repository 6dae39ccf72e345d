import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { RosterImportService } from './roster-import.service';
import { DepartmentImportService } from './department-import.service';
import { ImportRunner } from './import-runner.service';

/** Files in (花名册, department data for cross-checks): uploads, their jobs, the worker's import of each kind. */
@Module({
  controllers: [ImportsController],
  providers: [ImportsService, RosterImportService, DepartmentImportService, ImportRunner],
  exports: [ImportsService, RosterImportService, ImportRunner],
})
export class ImportsModule {}
