import { Global, Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { Settings } from '../config/settings';

const READY_WAIT_MS = 3000;

/** The app's shared ioredis connection (BullMQ opens its own from the same URL). */
@Injectable()
export class RedisConnection implements OnModuleInit, OnApplicationShutdown {
  readonly client: Redis;
  private closing = false;

  constructor(@Inject(Settings) settings: Settings) {
    this.client = new Redis(settings.redisUrl, {
      maxRetriesPerRequest: 1,
      // While Redis is down a command fails at once (503), rather than queueing behind a dead socket.
      enableOfflineQueue: false,
      commandTimeout: settings.redisCommandTimeoutMs,
      // A socket that never opened is destroyed soon after shutdown instead of holding the process 2 s.
      disconnectTimeout: 200,
      // Keep trying while the app runs (Redis may come back); stop once it shuts down.
      retryStrategy: (attempt) => (this.closing ? null : Math.min(attempt * 200, 2000)),
    });
    // Errors surface through the health check and the calls that fail; no unhandled events.
    this.client.on('error', () => undefined);
  }

  /**
   * Commands do not queue while the socket opens, so the app waits briefly for it before it
   * answers: otherwise its first requests would be 503s with Redis up. Redis down at start is
   * not fatal; the app starts and answers 503 until it is back.
   */
  async onModuleInit(): Promise<void> {
    if (this.client.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.client.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, READY_WAIT_MS);
      this.client.once('ready', done);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    // QUIT needs a live connection; a client still trying to reach Redis just stops trying.
    if (this.client.status === 'ready') await this.client.quit();
    else this.client.disconnect(false);
  }
}

@Global()
@Module({ providers: [RedisConnection], exports: [RedisConnection] })
export class RedisModule {}
