import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import { Repository } from 'typeorm';
import { Settings } from '../config/settings';
import { StaffAccountEntity } from './staff-account.entity';

/** What the database trigger on staff_account notifies with the id of each row changed (migration AddAccountChangeNotices). */
export const ACCOUNT_CHANGED_CHANNEL = 'staff_account_changed';

/** How long to wait before listening again after the listening connection was lost. */
const RELISTEN_MS = 1000;

/**
 * The staff account behind a token, read on every request (issue 18: cached for
 * settings.accountCacheMs, not read each time). A change is seen at once all the same: this
 * process forgets an account it changes, and every process listens to PostgreSQL, whose trigger
 * tells of each row changed however it was changed. While not listening (the connection lost,
 * the database down) the cache is not used, since a change could go unheard.
 */
@Injectable()
export class ActiveAccountsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ActiveAccountsService.name);
  private readonly cache: LRUCache<string, { account: StaffAccountEntity | null }> | null;
  private listener: Client | null = null;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    @InjectRepository(StaffAccountEntity) private readonly accounts: Repository<StaffAccountEntity>,
    private readonly settings: Settings,
  ) {
    this.cache =
      settings.accountCacheMs > 0 ? new LRUCache({ max: 10_000, ttl: settings.accountCacheMs, fetchMethod: async (id: string) => ({ account: await this.fresh(id) }) }) : null;
  }

  async onModuleInit(): Promise<void> {
    if (this.cache) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
  }

  /** The account if it exists and is neither disabled nor removed, with its region. */
  async find(id: string): Promise<StaffAccountEntity | null> {
    if (!this.cache || !this.listening) return this.fresh(id);
    return (await this.cache.fetch(id))?.account ?? null;
  }

  /**
   * Read now, not from the cache. One statement: a query builder (TypeORM's `findOne` with a
   * relation takes two, a DISTINCT of the ids and then the rows). Deleted accounts are left out
   * by the builder itself.
   */
  fresh(id: string): Promise<StaffAccountEntity | null> {
    return this.accounts.createQueryBuilder('account').leftJoinAndSelect('account.region', 'region').where('account.id = :id AND NOT account.disabled', { id }).getOne();
  }

  /** After this process changed an account: its next request reads it again. */
  forget(id: string): void {
    this.cache?.delete(id);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.settings.databaseUrl, connectionTimeoutMillis: this.settings.dbConnectTimeoutMs });
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = null;
      this.listening = false;
      this.cache?.clear();
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn({ err: error?.message }, 'No longer hearing of account changes; reading accounts fresh until listening again');
      this.retry = setTimeout(() => void this.listen(), RELISTEN_MS);
    };
    this.listener = client;
    client.on('notification', (message) => {
      if (message.payload) this.forget(message.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${ACCOUNT_CHANGED_CHANNEL}`);
      // What was cached before listening may have changed unheard.
      this.cache?.clear();
      this.listening = true;
    } catch (error) {
      lost(error as Error);
    }
  }
}
