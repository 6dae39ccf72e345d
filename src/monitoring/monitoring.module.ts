import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { HouseholdPlanService } from './household-plan.service';
import { MonitoringController } from './monitoring.controller';

@Module({ imports: [CasesModule], controllers: [MonitoringController], providers: [HouseholdPlanService], exports: [HouseholdPlanService] })
export class MonitoringModule {}
