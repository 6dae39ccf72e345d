import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Global, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import Redis from 'ioredis';
import { Settings } from '../config/settings';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DependencyOutages } from '../health/dependency-outages';

/** Counts in Redis (under the installation's prefix), so every API process sees the same counts. */
@Injectable()
export class RateLimitStorage extends ThrottlerStorageRedisService implements OnApplicationShutdown {
  private readonly state: { closing: boolean };

  constructor(
    settings: Settings,
    private readonly outages: DependencyOutages,
  ) {
    const state = { closing: false };
    const client = new Redis(settings.redisUrl, {
      keyPrefix: `${settings.redisPrefix}:throttle:`,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      commandTimeout: settings.redisCommandTimeoutMs,
      disconnectTimeout: 200,
      retryStrategy: (attempt) => (state.closing ? null : Math.min(attempt * 200, 2000)),
    });
    client.on('error', () => undefined); // surfaced by /health and by the failing requests
    super(client);
    this.state = state;
  }

  /**
   * While Redis is down the limits let requests through (and say so once in the log): a lost
   * counter is a smaller harm than refusing every login and lookup (docs/decisions.md).
   */
  override async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    try {
      return await super.increment(key, ttl, limit, blockDuration, throttlerName);
    } catch (error) {
      if (this.outages.unreachable(error) !== 'redis') throw error;
      this.outages.refused('redis');
      return { totalHits: 0, timeToExpire: ttl, isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  override onModuleDestroy(): void {
    // The client is ours: it is closed at shutdown below, not here.
  }

  onApplicationShutdown(): void {
    this.state.closing = true;
    this.redis.disconnect(false);
  }
}

@Global()
@Module({ providers: [RateLimitStorage], exports: [RateLimitStorage] })
class RateLimitStorageModule {}

/** Rate limits per client (IP) for the routes that opt in (@UseGuards(ThrottlerGuard)). */
@Module({
  imports: [
    RateLimitStorageModule,
    ThrottlerModule.forRootAsync({
      inject: [RateLimitStorage],
      useFactory: (storage: RateLimitStorage) => ({ throttlers: [{ name: 'default', ttl: 60_000, limit: 120 }], storage }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}
