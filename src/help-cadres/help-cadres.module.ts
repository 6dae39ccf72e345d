import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module';
import { HelpCadresController } from './help-cadres.controller';
import { HelpCadresService } from './help-cadres.service';

/** 结对帮扶: help cadres, their pairings with households and their visits on the county's rhythm. */
@Module({ imports: [PoliciesModule], controllers: [HelpCadresController], providers: [HelpCadresService], exports: [HelpCadresService] })
export class HelpCadresModule {}
