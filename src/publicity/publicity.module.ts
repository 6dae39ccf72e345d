import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PublicityController } from './publicity.controller';
import { PublicityService } from './publicity.service';

@Module({ imports: [CasesModule], controllers: [PublicityController], providers: [PublicityService], exports: [PublicityService] })
export class PublicityModule {}
