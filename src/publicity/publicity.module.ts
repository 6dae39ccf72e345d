import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PoliciesModule } from '../policies/policies.module';
import { PublicityController } from './publicity.controller';
import { PublicityService } from './publicity.service';

@Module({ imports: [CasesModule, PoliciesModule], controllers: [PublicityController], providers: [PublicityService], exports: [PublicityService] })
export class PublicityModule {}
