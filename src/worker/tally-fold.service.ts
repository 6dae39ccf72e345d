import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Settings } from '../config/settings';
import { foldHouseholdTally } from '../statistics/household-tally';

/**
 * Keeps the statistics' tally compact: every few seconds the registry's pending changes are folded
 * into the totals. The statistics read pending changes too, so a late fold costs time, not truth.
 */
@Injectable()
export class TallyFoldService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TallyFoldService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: Settings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= foldHouseholdTally(this.dataSource)
        .catch((error: unknown) => this.logger.error({ err: error }, 'Household tally fold failed'))
        .finally(() => (this.running = undefined));
    }, this.settings.tallyFoldIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
