import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { HouseholdsModule } from '../households/households.module';
import { DossiersController } from './dossiers.controller';
import { DossiersService } from './dossiers.service';

/** A case seen whole, as a reviewer reads it before deciding, on screen and on paper. */
@Module({ imports: [CasesModule, HouseholdsModule], controllers: [DossiersController], providers: [DossiersService] })
export class DossiersModule {}
