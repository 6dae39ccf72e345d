import { Global, Module } from '@nestjs/common';
import { JurisdictionService } from './jurisdiction.service';

/** Jurisdiction checks for every module; the records of refusals are the audit's. */
@Global()
@Module({ providers: [JurisdictionService], exports: [JurisdictionService] })
export class AuthorizationModule {}
