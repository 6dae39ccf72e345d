import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessDenialEntity } from './access-denial.entity';
import { AccessDenialService } from './access-denial.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AccessDenialEntity])],
  providers: [AccessDenialService],
  exports: [AccessDenialService],
})
export class AuditModule {}
