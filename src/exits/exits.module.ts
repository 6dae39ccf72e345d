import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ExitTargetsService } from './exit-targets.service';
import { ExitsController } from './exits.controller';

@Module({ imports: [CasesModule], controllers: [ExitsController], providers: [ExitTargetsService], exports: [ExitTargetsService] })
export class ExitsModule {}
