import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module';
import { PublicityModule } from '../publicity/publicity.module';
import { RiskLeadsModule } from '../risk-leads/risk-leads.module';
import { PublicBoardController } from './public-board.controller';
import { PublicBoardService } from './public-board.service';

@Module({
  imports: [PoliciesModule, PublicityModule, RiskLeadsModule],
  controllers: [PublicBoardController],
  providers: [PublicBoardService],
})
export class PublicBoardModule {}
