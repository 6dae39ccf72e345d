import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RedisConnection } from '../redis/redis.module';
import { Settings } from '../config/settings';

export type Dependency = 'postgres' | 'redis';

const NAMES: Record<Dependency, string> = { postgres: 'PostgreSQL', redis: 'Redis' };

/** Connection failures of drivers and servers, as their codes and messages say them. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300']);
const REDIS_MESSAGES = /Stream isn't writeable|enableOfflineQueue|Command timed out|MaxRetriesPerRequest|Connection is closed/;
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Connection is closed|Stream isn't writeable|enableOfflineQueue|Command timed out|MaxRetriesPerRequest|connect ECONNREFUSED|the database system is (starting up|shutting down)|terminating connection/i;

/**
 * While a server is down its requests are refused (503): one log line when it goes and one when
 * it is back, with how many requests were refused meanwhile, not a line per request. It is
 * probed every second until it answers.
 */
@Injectable()
export class DependencyOutages implements OnApplicationShutdown {
  private readonly logger = new Logger('Dependencies');
  private readonly down = new Map<Dependency, { since: Date; refused: number; timer: NodeJS.Timeout }>();

  private readonly redisPort: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
    settings: Settings,
  ) {
    this.redisPort = Number(new URL(settings.redisUrl).port || 6379);
  }

  /**
   * Which server an error says could not be reached, or null when it is some other error.
   * (Errors are read by their fields: those of Node's sockets come from another realm under jest.)
   */
  unreachable(error: unknown): Dependency | null {
    if (error === null || typeof error !== 'object') return null;
    const { message, code, port, name, driverError } = error as { message?: unknown; code?: unknown; port?: unknown; name?: unknown; driverError?: { code?: unknown } };
    const text = typeof message === 'string' ? message : '';
    const errorCode = driverError?.code ?? code;
    if (!((typeof errorCode === 'string' && UNREACHABLE_CODES.has(errorCode)) || UNREACHABLE_MESSAGES.test(text))) return null;
    const redis = port === this.redisPort || name === 'MaxRetriesPerRequestError' || REDIS_MESSAGES.test(text);
    return redis ? 'redis' : 'postgres';
  }

  refused(dependency: Dependency): void {
    const outage = this.down.get(dependency);
    if (outage) {
      outage.refused += 1;
      return;
    }
    this.logger.warn(`${NAMES[dependency]} unreachable: requests that need it are answered 503 until it is back`);
    const timer = setInterval(() => void this.probe(dependency), 1000);
    timer.unref();
    this.down.set(dependency, { since: new Date(), refused: 1, timer });
  }

  private async probe(dependency: Dependency): Promise<void> {
    try {
      if (dependency === 'postgres') await this.dataSource.query('SELECT 1');
      else await this.redis.client.ping();
    } catch {
      return;
    }
    const outage = this.down.get(dependency);
    if (!outage) return;
    clearInterval(outage.timer);
    this.down.delete(dependency);
    this.logger.log(`${NAMES[dependency]} back after ${Math.round((Date.now() - outage.since.getTime()) / 1000)} s; ${outage.refused} requests were refused meanwhile`);
  }

  onApplicationShutdown(): void {
    for (const outage of this.down.values()) clearInterval(outage.timer);
    this.down.clear();
  }
}
