import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionEntity } from '../regions/region.entity';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { ActiveAccountsService } from './active-accounts.service';
import { StaffAccountEntity } from './staff-account.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StaffAccountEntity, RegionEntity])],
  controllers: [AccountsController],
  providers: [AccountsService, ActiveAccountsService],
  exports: [AccountsService, ActiveAccountsService],
})
export class AccountsModule {}
