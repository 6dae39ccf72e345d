import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { Repository } from 'typeorm';
import { Settings } from '../config/settings';
import { DatabaseNoticesService, NOTICE_CHANNEL } from '../database/database-notices.service';
import { StaffAccountEntity } from './staff-account.entity';

/**
 * The staff account behind a token, read on every request (issue 18: cached for
 * settings.accountCacheMs, not read each time). A change is seen at once all the same: this
 * process forgets an account it changes, and PostgreSQL's trigger tells every process of each
 * row changed however it was changed. While not listening (the connection lost, the database
 * down) the cache is not used, since a change could go unheard.
 */
@Injectable()
export class ActiveAccountsService {
  private readonly cache: LRUCache<string, { account: StaffAccountEntity | null }> | null;

  constructor(
    @InjectRepository(StaffAccountEntity) private readonly accounts: Repository<StaffAccountEntity>,
    private readonly notices: DatabaseNoticesService,
    settings: Settings,
  ) {
    this.cache =
      settings.accountCacheMs > 0
        ? new LRUCache({
            max: 10_000,
            ttl: settings.accountCacheMs,
            fetchMethod: async (id: string) => ({ account: await this.fresh(id) }),
            // A change heard while the account loads deletes the load: its request (as old as the change) gets what it read, nothing of it is kept, and the next request reads again.
            ignoreFetchAbort: true,
          })
        : null;
    if (this.cache) notices.subscribe(NOTICE_CHANNEL.accountChanged, { heard: (id) => this.forget(id), reset: () => this.cache?.clear() });
  }

  /** The account if it exists and is neither disabled nor removed, with its region. */
  async find(id: string): Promise<StaffAccountEntity | null> {
    if (!this.cache || !this.notices.listening) return this.fresh(id);
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
}
