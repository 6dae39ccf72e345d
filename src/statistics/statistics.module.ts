import { Module } from '@nestjs/common';
import { ExitsModule } from '../exits/exits.module';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';

/** The figures a county reports, per region and as of any day. */
@Module({ imports: [ExitsModule], controllers: [StatisticsController], providers: [StatisticsService] })
export class StatisticsModule {}
