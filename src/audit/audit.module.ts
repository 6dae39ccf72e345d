import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessDenialEntity } from './access-denial.entity';
import { AccessDenialService } from './access-denial.service';
import { JournalController } from './journal.controller';
import { JournalAnchorService } from './journal-anchor.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AccessDenialEntity])],
  controllers: [JournalController],
  providers: [AccessDenialService, JournalAnchorService],
  exports: [AccessDenialService, JournalAnchorService],
})
export class AuditModule {}
