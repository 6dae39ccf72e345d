import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ExitsModule } from '../exits/exits.module';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';

/** The figures a county reports, per region and as of any day. */
@Module({ imports: [ExitsModule, CasesModule], controllers: [StatisticsController], providers: [StatisticsService] })
export class StatisticsModule {}
