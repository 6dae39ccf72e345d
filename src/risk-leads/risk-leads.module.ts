import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RiskLeadsController } from './risk-leads.controller';
import { RiskLeadsService } from './risk-leads.service';
import { RiskReportsController } from './risk-reports.controller';
import { RiskReportsService } from './risk-reports.service';

/** Risk leads (风险线索) before a monitoring enrolment: their steps, residents' own reports, and the enrolment opened from a lead. */
@Module({ imports: [CasesModule], controllers: [RiskLeadsController, RiskReportsController], providers: [RiskLeadsService, RiskReportsService], exports: [RiskReportsService] })
export class RiskLeadsModule {}
