import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RiskLeadsController } from './risk-leads.controller';
import { RiskLeadsService } from './risk-leads.service';

/** Risk leads (风险线索) before a monitoring enrolment: their steps, and the enrolment opened from one. */
@Module({ imports: [CasesModule], controllers: [RiskLeadsController], providers: [RiskLeadsService] })
export class RiskLeadsModule {}
