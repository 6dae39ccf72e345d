import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { DomainError, ErrorCode, invalidFields, notFound, type FieldProblem } from '../common/domain-error';
import { keysetPage, type Page } from '../common/pagination';
import { escapeLike } from '../common/sql-like';
import { isUniqueViolation } from '../database/postgres-errors';
import { RegionsService } from '../regions/regions.service';
import { applyPatch } from './change-set';
import type { ChangeHeadDto } from './dto/change-head.dto';
import type { ListHouseholdsQuery } from './dto/list-households.query';
import type { MemberDto, UpdateMemberDto } from './dto/member.dto';
import type { LivingConditionsDto, RegisterHouseholdDto, UpdateHouseholdDto } from './dto/register-household.dto';
import { HOUSEHOLD_CHANGE_LABELS, HouseholdChangeEntity, type ChangeSet, type HouseholdChangeAction } from './household-change.entity';
import { HouseholdMemberEntity } from './household-member.entity';
import { HouseholdEntity } from './household.entity';
import { householdView, memberView, type HouseholdChangeView, type HouseholdListItem, type HouseholdView } from './household.view';
import { memberIdentity, type MemberIdentity } from './member-identity';

const ID_NUMBER_UNIQUE = 'household_member_id_number_unique';

function livingConditionColumns(conditions: LivingConditionsDto | undefined): Partial<HouseholdEntity> {
  if (!conditions) return {};
  return {
    foodSecure: conditions.food,
    clothingSecure: conditions.clothing,
    educationSecure: conditions.education,
    medicalSecure: conditions.medical,
    housingSecure: conditions.housing,
    drinkingWaterSecure: conditions.drinkingWater,
  };
}

@Injectable()
export class HouseholdsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
  ) {}

  async register(actor: Actor, dto: RegisterHouseholdDto): Promise<HouseholdView> {
    const { group, village } = await this.regions.groupWithVillage(dto.groupId, 'groupId');
    await this.access.assertWithin(actor, village.code);
    const identities = this.memberIdentities(dto.members);

    return this.withPersonUniqueness(identities.map((identity, index) => [identity.idNumber, `members[${index}].idNumber`]), () =>
      this.dataSource.transaction(async (tx) => {
        const household = await tx.getRepository(HouseholdEntity).save(
          tx.getRepository(HouseholdEntity).create({
            villageId: village.id,
            groupId: group.id,
            villageCode: village.code,
            povertyAttribute: dto.povertyAttribute ?? null,
            mainCause: dto.mainCause ?? null,
            perCapitaIncome: dto.perCapitaIncome ?? null,
            ...livingConditionColumns(dto.livingConditions),
            // The app's clock, not the database's: the registry's dates are what statistics as of a day read.
            createdAt: this.clock.now(),
          }),
        );
        const members = await tx.getRepository(HouseholdMemberEntity).save(
          dto.members.map((member, index) => this.newMember(household.id, member, identities[index] as MemberIdentity, tx)),
        );
        await this.record(tx, household.id, actor, 'registered', {
          household: [null, { groupId: group.id, members: members.map((member) => member.id) }],
        });
        return householdView(household, members);
      }),
    );
  }

  async get(actor: Actor, id: string): Promise<HouseholdView> {
    const household = await this.access.household(actor, id);
    const members = await this.dataSource.getRepository(HouseholdMemberEntity).findBy({ householdId: id });
    return householdView(household, members);
  }

  async update(actor: Actor, id: string, dto: UpdateHouseholdDto): Promise<HouseholdView> {
    const target = dto.groupId ? await this.regions.groupWithVillage(dto.groupId, 'groupId') : null;
    if (target) await this.access.assertWithin(actor, target.village.code);
    return this.dataSource.transaction(async (tx) => {
      const household = await this.lockWithin(tx, actor, id);
      const changes = applyPatch(household, {
        povertyAttribute: dto.povertyAttribute,
        mainCause: dto.mainCause,
        perCapitaIncome: dto.perCapitaIncome,
        ...livingConditionColumns(dto.livingConditions),
        ...(target ? { groupId: target.group.id, villageId: target.village.id, villageCode: target.village.code } : {}),
      });
      if (Object.keys(changes).length > 0) {
        await tx.getRepository(HouseholdEntity).save(household);
        await this.record(tx, id, actor, 'updated', changes);
      }
      return householdView(household, await tx.getRepository(HouseholdMemberEntity).findBy({ householdId: id }));
    });
  }

  async addMember(actor: Actor, id: string, dto: MemberDto): Promise<HouseholdView> {
    if (dto.relation === 'head') {
      throw invalidFields([{ field: 'relation', reason: '每户只有一位户主；更换户主请使用更换户主功能' }]);
    }
    const identity = this.identityOrThrow(dto, 'member');
    return this.withPersonUniqueness([[identity.idNumber, 'idNumber']], () =>
      this.dataSource.transaction(async (tx) => {
        const household = await this.lockWithin(tx, actor, id);
        const member = await tx.getRepository(HouseholdMemberEntity).save(this.newMember(id, dto, identity, tx));
        await this.touch(tx, household);
        await this.record(tx, id, actor, 'member_added', { [`members.${member.id}`]: [null, memberView(member)] });
        return householdView(household, await tx.getRepository(HouseholdMemberEntity).findBy({ householdId: id }));
      }),
    );
  }

  async updateMember(actor: Actor, id: string, memberId: string, dto: UpdateMemberDto): Promise<HouseholdView> {
    return this.withPersonUniqueness(dto.idNumber ? [[dto.idNumber.trim().toUpperCase(), 'idNumber']] : [], () =>
      this.dataSource.transaction(async (tx) => {
        const household = await this.lockWithin(tx, actor, id);
        const member = await this.memberOf(tx, id, memberId);
        if (dto.relation !== undefined && (dto.relation === 'head') !== (member.relation === 'head')) {
          throw invalidFields([{ field: 'relation', reason: '户主变更请使用更换户主功能' }]);
        }
        const identity =
          dto.idNumber !== undefined || dto.sex !== undefined || dto.birthDate !== undefined
            ? this.identityOrThrow({ idNumber: dto.idNumber ?? member.idNumber, sex: dto.sex, birthDate: dto.birthDate }, 'member')
            : {};
        const changes = applyPatch(
          member,
          {
            name: dto.name,
            relation: dto.relation,
            health: dto.health,
            labourCapacity: dto.labourCapacity,
            schooling: dto.schooling,
            phone: dto.phone,
            ...identity,
          },
          `members.${member.id}.`,
        );
        if (Object.keys(changes).length > 0) {
          await tx.getRepository(HouseholdMemberEntity).save(member);
          await this.touch(tx, household);
          await this.record(tx, id, actor, 'member_updated', changes);
        }
        return householdView(household, await tx.getRepository(HouseholdMemberEntity).findBy({ householdId: id }));
      }),
    );
  }

  async removeMember(actor: Actor, id: string, memberId: string): Promise<HouseholdView> {
    return this.dataSource.transaction(async (tx) => {
      const household = await this.lockWithin(tx, actor, id);
      const member = await this.memberOf(tx, id, memberId);
      if (member.relation === 'head') {
        throw invalidFields([{ field: 'memberId', reason: '不能移除户主；请先更换户主' }]);
      }
      await tx.getRepository(HouseholdMemberEntity).delete(member.id);
      await this.touch(tx, household);
      await this.record(tx, id, actor, 'member_removed', { [`members.${member.id}`]: [memberView(member), null] });
      return householdView(household, await tx.getRepository(HouseholdMemberEntity).findBy({ householdId: id }));
    });
  }

  async changeHead(actor: Actor, id: string, dto: ChangeHeadDto): Promise<HouseholdView> {
    return this.dataSource.transaction(async (tx) => {
      const household = await this.lockWithin(tx, actor, id);
      const members = tx.getRepository(HouseholdMemberEntity);
      const next = await this.memberOf(tx, id, dto.memberId);
      if (next.relation === 'head') throw invalidFields([{ field: 'memberId', reason: '该成员已是户主' }]);
      const former = await members.findOneByOrFail({ householdId: id, relation: 'head' });
      // The former head first: at most one head per household is a unique index.
      await members.update(former.id, { relation: dto.formerHeadRelation });
      await members.update(next.id, { relation: 'head' });
      await this.touch(tx, household);
      await this.record(tx, id, actor, 'head_changed', {
        [`members.${former.id}.relation`]: ['head', dto.formerHeadRelation],
        [`members.${next.id}.relation`]: [next.relation, 'head'],
      });
      return householdView(household, await members.findBy({ householdId: id }));
    });
  }

  /** Keyset pagination in (village code, id) order, always inside the actor's jurisdiction. */
  async list(actor: Actor, query: ListHouseholdsQuery): Promise<Page<HouseholdListItem>> {
    const builder = this.dataSource
      .createQueryBuilder()
      .select(['h.id AS id', 'h.village_id AS "villageId"', 'h.village_code AS "villageCode"', 'h.group_id AS "groupId"', 'h.status AS status'])
      .addSelect('h.poverty_attribute', 'povertyAttribute')
      .addSelect('head.name', 'headName')
      .addSelect('(SELECT count(*)::int FROM household_member m WHERE m.household_id = h.id)', 'size')
      .from(HouseholdEntity, 'h')
      .innerJoin(HouseholdMemberEntity, 'head', `head.household_id = h.id AND head.relation = 'head'`);

    if (actor.scopePrefix !== null) builder.andWhere('h.village_code LIKE :scope', { scope: `${actor.scopePrefix}%` });
    if (query.regionId !== undefined) {
      const { region, prefix } = await this.access.regionScope(actor, query.regionId);
      if (region.level === 'group') builder.andWhere('h.group_id = :groupId', { groupId: region.id });
      else builder.andWhere('h.village_code LIKE :region', { region: `${prefix}%` });
    }
    if (query.status !== undefined) builder.andWhere('h.status = :status', { status: query.status });
    if (query.povertyAttribute !== undefined) {
      builder.andWhere('h.poverty_attribute = :attribute', { attribute: query.povertyAttribute });
    }
    if (query.headName !== undefined) builder.andWhere(`head.name LIKE :headName ESCAPE '\\'`, { headName: `%${escapeLike(query.headName)}%` });
    if (query.memberName !== undefined) {
      builder.andWhere(`EXISTS (SELECT 1 FROM household_member n WHERE n.household_id = h.id AND n.name LIKE :memberName ESCAPE '\\')`, { memberName: `%${escapeLike(query.memberName)}%` });
    }
    // Exact, on the normalised number (a lower-case x is the same check character).
    if (query.idNumber !== undefined) {
      builder.andWhere('EXISTS (SELECT 1 FROM household_member n WHERE n.household_id = h.id AND n.id_number = :idNumber)', { idNumber: query.idNumber.trim().toUpperCase() });
    }
    // Who may apply without tripping over CASE_ALREADY_OPEN, and who is already in a procedure.
    const openCase = 'EXISTS (SELECT 1 FROM procedure_case c WHERE c.household_id = h.id AND NOT c.final AND c.procedure = :openProcedure)';
    if (query.withOpenCase !== undefined) builder.andWhere(openCase, { openProcedure: query.withOpenCase });
    if (query.withoutOpenCase !== undefined) builder.andWhere(`NOT ${openCase.replace(':openProcedure', ':freeProcedure')}`, { freeProcedure: query.withoutOpenCase });
    return keysetPage<HouseholdListItem>(
      builder,
      query,
      [
        { column: 'h.village_code', sqlType: 'text', valueOf: (row) => row.villageCode },
        { column: 'h.id', sqlType: 'uuid', valueOf: (row) => row.id },
      ],
      (paged) => paged.getRawMany(),
    );
  }

  async history(actor: Actor, id: string): Promise<HouseholdChangeView[]> {
    await this.get(actor, id);
    return this.dataSource
      .createQueryBuilder()
      .select(['c.id AS id', 'c.occurred_at AS "occurredAt"', 'c.action AS action', 'c.account_id AS "accountId"', 'c.changes AS changes'])
      .addSelect('a.username', 'username')
      .from(HouseholdChangeEntity, 'c')
      .leftJoin('staff_account', 'a', 'a.id = c.account_id')
      .where('c.household_id = :id', { id })
      .orderBy('c.id', 'ASC')
      .getRawMany<Omit<HouseholdChangeView, 'actionLabel'>>()
      .then((rows) => rows.map((row) => ({ ...row, actionLabel: HOUSEHOLD_CHANGE_LABELS[row.action] })));
  }

  private memberIdentities(members: MemberDto[]): MemberIdentity[] {
    const problems: FieldProblem[] = [];
    const heads = members.filter((member) => member.relation === 'head').length;
    if (heads !== 1) problems.push({ field: 'members', reason: `每户必须恰好有一位户主 (relation = head)，现有 ${heads} 位` });
    const seen = new Map<string, number>();
    const identities = members.map((member, index) => {
      const result = memberIdentity(member, `members[${index}]`, chinaDate(this.clock.now()));
      if (Array.isArray(result)) {
        problems.push(...result);
        return null;
      }
      const earlier = seen.get(result.idNumber);
      if (earlier !== undefined) {
        problems.push({ field: `members[${index}].idNumber`, reason: `与 members[${earlier}] 的身份证号码重复` });
      }
      seen.set(result.idNumber, index);
      return result;
    });
    if (problems.length > 0) throw invalidFields(problems);
    return identities as MemberIdentity[];
  }

  private identityOrThrow(input: Parameters<typeof memberIdentity>[0], field: string): MemberIdentity {
    const result = memberIdentity(input, field, chinaDate(this.clock.now()));
    if (Array.isArray(result)) throw invalidFields(result.map((problem) => ({ ...problem, field: problem.field.replace(/^member\./, '') })));
    return result;
  }

  private newMember(householdId: string, input: MemberDto, identity: MemberIdentity, tx: EntityManager): HouseholdMemberEntity {
    return tx.getRepository(HouseholdMemberEntity).create({
      householdId,
      name: input.name,
      relation: input.relation,
      health: input.health,
      labourCapacity: input.labourCapacity,
      schooling: input.schooling,
      phone: input.phone ?? null,
      ...identity,
      createdAt: this.clock.now(),
    });
  }

  /** Locks the household for this transaction, then checks the jurisdiction on the locked row. */
  private async lockWithin(tx: EntityManager, actor: Actor, id: string): Promise<HouseholdEntity> {
    const household = await tx.getRepository(HouseholdEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!household) throw notFound('农户');
    await this.access.assertWithin(actor, household.villageCode);
    return household;
  }

  private async memberOf(tx: EntityManager, householdId: string, memberId: string): Promise<HouseholdMemberEntity> {
    const member = await tx.getRepository(HouseholdMemberEntity).findOneBy({ id: memberId, householdId });
    if (!member) throw notFound('家庭成员');
    return member;
  }

  /** A member change is a change of the household: its version and time move too. */
  private async touch(tx: EntityManager, household: HouseholdEntity): Promise<void> {
    // For UPDATE, TypeORM's postgres driver answers [rows, rowCount].
    const [rows] = await tx.query<[{ version: number; updated_at: Date }[], number]>(
      'UPDATE household SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version, updated_at',
      [household.id],
    );
    const row = rows[0];
    if (row) Object.assign(household, { version: row.version, updatedAt: row.updated_at });
  }

  private async record(tx: EntityManager, householdId: string, actor: Actor, action: HouseholdChangeAction, changes: ChangeSet): Promise<void> {
    const changeLog = tx.getRepository(HouseholdChangeEntity);
    await changeLog.save(changeLog.create({ householdId, accountId: actor.accountId, action, changes, occurredAt: this.clock.now() }));
  }

  /**
   * One person, one household: the unique index decides between concurrent registrations;
   * the losers learn which member field names the person and where that person is registered
   * (village and villager group: a clerk may not be able to open the other household).
   */
  private async withPersonUniqueness<T>(people: [idNumber: string, field: string][], work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error, ID_NUMBER_UNIQUE)) throw error;
      const [holder] = await this.dataSource.query<{ id_number: string; household_id: string; village: string; village_code: string; group_name: string; group_number: number }[]>(
        `SELECT m.id_number, m.household_id, v.name AS village, v.code AS village_code, g.name AS group_name, g.group_number
           FROM household_member m JOIN household h ON h.id = m.household_id JOIN region v ON v.id = h.village_id JOIN region g ON g.id = h.group_id
          WHERE m.id_number = ANY($1) LIMIT 1`,
        [people.map(([idNumber]) => idNumber)],
      );
      const field = people.find(([idNumber]) => idNumber === holder?.id_number)?.[1] ?? 'idNumber';
      const where = holder ? `${holder.village}${holder.group_name}` : '其他农户';
      throw new DomainError(ErrorCode.PersonInOtherHousehold, `此人已登记在${where}的农户中 (一人只能属于一户)`, {
        householdId: holder?.household_id ?? null,
        idNumber: holder?.id_number ?? null,
        field,
        registeredIn: holder ? { villageCode: holder.village_code, village: holder.village, group: holder.group_name, groupNumber: holder.group_number } : null,
        errors: [{ field, reason: `此人已登记在${where}的农户中` }],
      });
    }
  }
}
