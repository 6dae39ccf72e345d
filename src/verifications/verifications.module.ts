import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { VerificationsController } from './verifications.controller';
import { VerificationsService } from './verifications.service';

/** Home visits and cross-checks: their own records, applied to the case on its one command path. */
@Module({
  imports: [CasesModule],
  controllers: [VerificationsController],
  providers: [VerificationsService],
  exports: [VerificationsService],
})
export class VerificationsModule {}
