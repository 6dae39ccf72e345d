import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { RosterImportService } from './roster-import.service';
import { DepartmentImportService } from './department-import.service';
import { ImportRunner } from './import-runner.service';
import { RiskAlertImportService } from './risk-alert-import.service';
import { CasesModule } from '../cases/cases.module';
import { PoliciesModule } from '../policies/policies.module';

/** Files in (花名册, department data for cross-checks, departments' screening alerts): uploads, their jobs, the worker's import of each kind, the feedback out. */
@Module({
  imports: [CasesModule, PoliciesModule],
  controllers: [ImportsController],
  providers: [ImportsService, RosterImportService, DepartmentImportService, RiskAlertImportService, ImportRunner],
  exports: [ImportsService, RosterImportService, ImportRunner],
})
export class ImportsModule {}
