import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PoliciesModule } from '../policies/policies.module';
import { HouseholdPlanService } from './household-plan.service';
import { MonitoringController } from './monitoring.controller';

@Module({ imports: [CasesModule, PoliciesModule], controllers: [MonitoringController], providers: [HouseholdPlanService], exports: [HouseholdPlanService] })
export class MonitoringModule {}
