import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module';
import { MicrocreditController } from './microcredit.controller';
import { MicrocreditService } from './microcredit.service';

/** 帮扶小额信贷: the county's certifications of eligibility and the banks' list. */
@Module({ imports: [PoliciesModule], controllers: [MicrocreditController], providers: [MicrocreditService] })
export class MicrocreditModule {}
