import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { PoliciesModule } from '../policies/policies.module';
import { PublicityModule } from '../publicity/publicity.module';
import { PublicBoardController } from './public-board.controller';
import { PublicBoardService } from './public-board.service';

@Module({
  // Per client (IP) and per process; reading pages is limited loosely, lookups and objections tightly.
  imports: [ThrottlerModule.forRoot({ throttlers: [{ name: 'default', ttl: 60_000, limit: 120 }] }), PoliciesModule, PublicityModule],
  controllers: [PublicBoardController],
  providers: [PublicBoardService],
})
export class PublicBoardModule {}
