import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Global, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import Redis from 'ioredis';
import { Settings } from '../config/settings';

/** Counts in Redis (under the installation's prefix), so every API process sees the same counts. */
@Injectable()
export class RateLimitStorage extends ThrottlerStorageRedisService implements OnApplicationShutdown {
  private readonly state: { closing: boolean };

  constructor(settings: Settings) {
    const state = { closing: false };
    const client = new Redis(settings.redisUrl, {
      keyPrefix: `${settings.redisPrefix}:throttle:`,
      maxRetriesPerRequest: 1,
      disconnectTimeout: 200,
      retryStrategy: (attempt) => (state.closing ? null : Math.min(attempt * 200, 2000)),
    });
    client.on('error', () => undefined); // surfaced by /health and by the failing requests
    super(client);
    this.state = state;
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
