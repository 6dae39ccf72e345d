import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { HouseholdsModule } from '../households/households.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** Lists out as spreadsheets, written as they are read. */
@Module({
  imports: [HouseholdsModule, CasesModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
