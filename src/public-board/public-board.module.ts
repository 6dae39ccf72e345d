import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module';
import { PublicityModule } from '../publicity/publicity.module';
import { PublicBoardController } from './public-board.controller';
import { PublicBoardService } from './public-board.service';

@Module({
  imports: [PoliciesModule, PublicityModule],
  controllers: [PublicBoardController],
  providers: [PublicBoardService],
})
export class PublicBoardModule {}
