import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { HouseholdsModule } from '../households/households.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { PublicityModule } from '../publicity/publicity.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** Lists out as spreadsheets, written as they are read. */
@Module({
  imports: [HouseholdsModule, CasesModule, PublicityModule, FollowUpsModule, MonitoringModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
