import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module';
import { CaseCommandService } from './case-command.service';
import { CasesController } from './cases.controller';
import { ProceduresController } from './procedures.controller';
import { CasesService } from './cases.service';

@Module({
  imports: [PoliciesModule],
  controllers: [CasesController, ProceduresController],
  providers: [CaseCommandService, CasesService],
  exports: [CaseCommandService, CasesService],
})
export class CasesModule {}
