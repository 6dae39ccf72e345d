import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError, ErrorCode, invalidFields, notFound } from '../common/domain-error';
import { isUniqueViolation } from '../database/postgres-errors';
import { hashPassword } from '../auth/password';
import { jurisdictionPrefix, LEVEL_NAMES } from '../regions/region-code.util';
import { keysetPage, type Page } from '../common/pagination';
import { escapeLike } from '../common/sql-like';
import type { ListAccountsQuery } from './dto/list-accounts.query';
import { RegionEntity } from '../regions/region.entity';
import { accountView, type AccountView } from './account.view';
import type { CreateAccountDto } from './dto/create-account.dto';
import type { UpdateAccountDto } from './dto/update-account.dto';
import { ActiveAccountsService } from './active-accounts.service';
import { StaffAccountEntity } from './staff-account.entity';
import { ROLE_NAMES, ROLE_REGION_LEVEL } from './staff-role';

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(StaffAccountEntity) private readonly accounts: Repository<StaffAccountEntity>,
    @InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>,
    private readonly active: ActiveAccountsService,
  ) {}

  /** For login: with the hash, which is otherwise never selected. */
  findForLogin(username: string): Promise<StaffAccountEntity | null> {
    return this.accounts
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.username = :username AND account.deleted_at IS NULL', { username })
      .getOne();
  }

  async create(dto: CreateAccountDto): Promise<AccountView> {
    const region = await this.regionForRole(dto.role, dto.regionId);
    try {
      const saved = await this.accounts.save(
        this.accounts.create({
          username: dto.username,
          displayName: dto.displayName,
          passwordHash: await hashPassword(dto.password),
          role: dto.role,
          regionId: region?.id ?? null,
        }),
      );
      return accountView({ ...saved, region });
    } catch (error) {
      if (isUniqueViolation(error, 'staff_account_username_unique')) {
        throw new DomainError(ErrorCode.UsernameTaken, `用户名 ${dto.username} 已被使用`);
      }
      throw error;
    }
  }

  /** By user name, a page at a time (deleted accounts are not listed). */
  async list(query: ListAccountsQuery): Promise<Page<AccountView>> {
    const builder = this.accounts.createQueryBuilder('a').leftJoinAndSelect('a.region', 'r').where('a.deleted_at IS NULL');
    if (query.role !== undefined) builder.andWhere('a.role = :role', { role: query.role });
    if (query.disabled !== undefined) builder.andWhere('a.disabled = :disabled', { disabled: query.disabled });
    if (query.search !== undefined) {
      builder.andWhere(`(a.username LIKE :search ESCAPE '\\' OR a.display_name LIKE :search ESCAPE '\\')`, { search: `%${escapeLike(query.search)}%` });
    }
    if (query.regionId !== undefined) {
      const region = await this.regions.findOneBy({ id: query.regionId });
      if (!region) throw invalidFields([{ field: 'regionId', reason: '区划不存在' }]);
      builder.andWhere('r.code LIKE :prefix', { prefix: `${jurisdictionPrefix(region.level, region.code)}%` });
    }
    return keysetPage<AccountView, StaffAccountEntity>(
      builder,
      query,
      [
        { column: 'a.username', sqlType: 'text', valueOf: (account) => account.username },
        { column: 'a.id', sqlType: 'uuid', valueOf: (account) => account.id },
      ],
      async (paged) => (await paged.getMany()).map(accountView),
    );
  }

  async get(id: string): Promise<AccountView> {
    return accountView(await this.load(id));
  }

  async update(id: string, dto: UpdateAccountDto): Promise<AccountView> {
    const account = await this.load(id);
    if (dto.displayName !== undefined) account.displayName = dto.displayName;
    // A new password or a disabled account ends every session opened before.
    if (dto.password !== undefined) {
      account.passwordHash = await hashPassword(dto.password);
      account.tokenVersion += 1;
    }
    if (dto.disabled !== undefined && dto.disabled !== account.disabled) {
      account.disabled = dto.disabled;
      account.tokenVersion += 1;
    }
    // A new role or jurisdiction: checked like a new account's, and the old tokens (which carry the old scope) end.
    if (dto.role !== undefined || dto.regionId !== undefined) {
      const role = dto.role ?? account.role;
      const region = await this.regionForRole(role, dto.regionId === undefined ? (account.regionId ?? undefined) : (dto.regionId ?? undefined));
      if (role !== account.role || (region?.id ?? null) !== account.regionId) account.tokenVersion += 1;
      account.role = role;
      account.regionId = region?.id ?? null;
      account.region = region;
    }
    await this.accounts.save(account);
    this.active.forget(account.id);
    return accountView(account);
  }

  /** Soft delete: the account stays for the audit trail, its user name becomes free. */
  async remove(id: string): Promise<void> {
    const account = await this.load(id);
    await this.accounts.update(account.id, { tokenVersion: account.tokenVersion + 1 });
    await this.accounts.softDelete(account.id);
    this.active.forget(account.id);
  }

  private async load(id: string): Promise<StaffAccountEntity> {
    const account = await this.accounts.findOne({ where: { id }, relations: { region: true } });
    if (!account) throw notFound('账号');
    return account;
  }

  /** A county account's jurisdiction is a county, and so on; admins have none. */
  private async regionForRole(role: CreateAccountDto['role'], regionId: string | undefined): Promise<RegionEntity | null> {
    const level = ROLE_REGION_LEVEL[role];
    if (level === null) {
      if (regionId !== undefined) throw invalidFields([{ field: 'regionId', reason: '管理员账号不设管辖区划' }]);
      return null;
    }
    if (regionId === undefined) {
      throw invalidFields([{ field: 'regionId', reason: `${ROLE_NAMES[role]}账号必须指定${LEVEL_NAMES[level]}级管辖区划` }]);
    }
    const region = await this.regions.findOneBy({ id: regionId });
    if (!region) throw invalidFields([{ field: 'regionId', reason: '区划不存在' }]);
    if (region.level !== level) {
      throw invalidFields([{ field: 'regionId', reason: `${ROLE_NAMES[role]}账号的管辖区划必须是${LEVEL_NAMES[level]}级` }]);
    }
    return region;
  }
}
