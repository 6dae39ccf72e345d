import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { SweepsController } from './sweeps.controller';
import { SweepsService } from './sweeps.service';

/** Sweeps (集中排查): launched by the county, households assigned to visitors, visits and the leads they find, coverage. */
@Module({ imports: [CasesModule], controllers: [SweepsController], providers: [SweepsService] })
export class SweepsModule {}
