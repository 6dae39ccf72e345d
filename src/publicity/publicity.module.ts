import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PoliciesModule } from '../policies/policies.module';
import { PublicityController } from './publicity.controller';
import { PublicityService } from './publicity.service';
import { PublicityListsService } from './publicity-lists.service';

@Module({ imports: [CasesModule, PoliciesModule], controllers: [PublicityController], providers: [PublicityService, PublicityListsService], exports: [PublicityService] })
export class PublicityModule {}
