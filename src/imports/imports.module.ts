import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { RosterImportService } from './roster-import.service';

/** Files in (花名册 and, later, department data): uploads, their jobs, the worker's import of each kind. */
@Module({
  controllers: [ImportsController],
  providers: [ImportsService, RosterImportService],
  exports: [ImportsService, RosterImportService],
})
export class ImportsModule {}
