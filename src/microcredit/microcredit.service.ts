import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { microcreditProblems, type MicrocreditRequest } from '../../workflows/monitoring/microcredit';
import { addDays, addMonths, withPolicyDefaults } from '../../workflows/policy';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { invalidFields, notFound, DomainError, ErrorCode } from '../common/domain-error';
import type { Cell } from '../exports/xlsx-download';
import { recordHouseholdChange } from '../households/household-change.entity';
import { HouseholdMemberEntity } from '../households/household-member.entity';
import { HOUSEHOLD_STATUS } from '../households/household.enums';
import { PoliciesService } from '../policies/policies.service';
import type { CertifyMicrocreditDto, ListMicrocreditQuery, RevokeMicrocreditDto } from './dto/microcredit.dto';
import { MicrocreditCertificationEntity } from './microcredit-certification.entity';
import type { MicrocreditCertificationView, MicrocreditEligibilityView } from './microcredit.view';

/** What the banks get: the households certified and still in force. */
export const BANK_LIST_HEADINGS = ['村', '户主', '借款人', '借款人身份证号码', '贷款额度 (元)', '贷款用途', '认定日期', '有效期至'];

/** A request that names nothing yet: the household-level rules alone. */
const ANY_REQUEST: MicrocreditRequest = { amount: 1, purpose: '发展生产' };

/**
 * 帮扶小额信贷 eligibility (procedures.md "Monitoring as routine work"): the county certifies a
 * household by its own rules (microcreditProblems reads the registry's facts), the banks get the
 * list of certifications in force, and each certification or revocation is in the household's
 * history.
 */
@Injectable()
export class MicrocreditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
  ) {}

  async eligibility(actor: Actor, householdId: string): Promise<MicrocreditEligibilityView> {
    const household = await this.access.household(actor, householdId);
    const today = chinaDate(this.clock.now());
    const policy = withPolicyDefaults((await this.policies.currentForVillage(household.villageCode)).settings);
    const members = await this.dataSource.getRepository(HouseholdMemberEntity).findBy({ householdId });
    const current = await this.current(this.dataSource.manager, householdId, today);
    const facts = (borrower: HouseholdMemberEntity | null) => ({ household: { status: household.status, statusLabel: HOUSEHOLD_STATUS.labels[household.status] }, borrower, heldUntil: current?.validUntil ?? null });
    const reasons = microcreditProblems(policy, facts(members[0] ?? null), ANY_REQUEST, today)
      .filter((problem) => problem.field === 'householdId')
      .map((problem) => problem.reason);
    const borrowers = members.filter((member) => !microcreditProblems(policy, facts(member), ANY_REQUEST, today).some((problem) => problem.field === 'borrowerMemberId'));
    if (reasons.length === 0 && borrowers.length === 0) reasons.push('该户没有年龄和劳动能力符合条件的借款人');
    return { eligible: reasons.length === 0, reasons, maxAmount: policy.microcredit.maxAmount, borrowerMemberIds: borrowers.map((member) => member.id), current: current ? (await this.views([current], today))[0] ?? null : null };
  }

  async certify(actor: Actor, householdId: string, dto: CertifyMicrocreditDto): Promise<MicrocreditCertificationView> {
    const household = await this.access.household(actor, householdId);
    const today = chinaDate(this.clock.now());
    const certification = await this.dataSource.transaction(async (tx) => {
      // One certification in force per household: concurrent certifications of it wait here.
      await tx.query('SELECT id FROM household WHERE id = $1 FOR UPDATE', [householdId]);
      const policy = withPolicyDefaults((await this.policies.currentForVillage(household.villageCode, tx)).settings);
      const borrower = await tx.getRepository(HouseholdMemberEntity).findOneBy({ id: dto.borrowerMemberId, householdId });
      const current = await this.current(tx, householdId, today);
      const problems = microcreditProblems(policy, { household: { status: household.status, statusLabel: HOUSEHOLD_STATUS.labels[household.status] }, borrower, heldUntil: current?.validUntil ?? null }, dto, today);
      if (problems.length > 0) throw invalidFields(problems);
      const repository = tx.getRepository(MicrocreditCertificationEntity);
      const saved = await repository.save(
        repository.create({
          householdId,
          villageCode: household.villageCode,
          borrowerMemberId: borrower?.id ?? '',
          borrowerName: borrower?.name ?? '',
          borrowerIdNumber: borrower?.idNumber ?? '',
          amount: dto.amount,
          purpose: dto.purpose.trim(),
          certifiedOn: today,
          validUntil: addDays(addMonths(today, policy.microcredit.validMonths), -1),
          certifiedBy: actor.accountId,
          revokedAt: null,
          revokedReason: null,
        }),
      );
      await this.history(tx, actor, householdId, 'microcredit_certified', { [`microcredit.${saved.id}`]: [null, { borrower: saved.borrowerName, amount: saved.amount, purpose: saved.purpose, validUntil: saved.validUntil }] });
      return saved;
    });
    return (await this.views([certification], today))[0] as MicrocreditCertificationView;
  }

  async revoke(actor: Actor, id: string, dto: RevokeMicrocreditDto): Promise<MicrocreditCertificationView> {
    const today = chinaDate(this.clock.now());
    const revoked = await this.dataSource.transaction(async (tx) => {
      const repository = tx.getRepository(MicrocreditCertificationEntity);
      const certification = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!certification) throw notFound('小额信贷认定');
      await this.access.assertWithin(actor, certification.villageCode);
      if (certification.revokedAt) throw new DomainError(ErrorCode.Conflict, '该认定已撤销');
      await repository.update(id, { revokedAt: this.clock.now(), revokedReason: dto.reason });
      await this.history(tx, actor, certification.householdId, 'microcredit_revoked', { [`microcredit.${id}.revokedReason`]: [null, dto.reason] });
      return repository.findOneByOrFail({ id });
    });
    return (await this.views([revoked], today))[0] as MicrocreditCertificationView;
  }

  async list(actor: Actor, query: ListMicrocreditQuery): Promise<MicrocreditCertificationView[]> {
    const today = chinaDate(this.clock.now());
    const prefix = query.regionId ? (await this.access.regionScope(actor, query.regionId)).prefix : (actor.scopePrefix ?? '');
    const builder = this.dataSource.getRepository(MicrocreditCertificationEntity).createQueryBuilder('m').where('m.village_code LIKE :prefix', { prefix: `${prefix}%` }).orderBy('m.village_code').addOrderBy('m.certified_on', 'DESC').limit(5000);
    if (query.valid === true) builder.andWhere('m.revoked_at IS NULL AND m.valid_until >= :today', { today });
    return this.views(await builder.getMany(), today);
  }

  bankListFileName(): string {
    return `帮扶小额信贷认定名单-${chinaDate(this.clock.now())}.xlsx`;
  }

  /** The banks' list: the certifications in force, as rows. */
  async *bankRows(actor: Actor, query: ListMicrocreditQuery): AsyncGenerator<Cell[]> {
    for (const item of await this.list(actor, { ...query, valid: true })) yield [item.villageName, item.headName, item.borrowerName, item.borrowerIdNumber, item.amount, item.purpose, item.certifiedOn, item.validUntil];
  }

  private current(manager: EntityManager, householdId: string, today: string): Promise<MicrocreditCertificationEntity | null> {
    return manager.getRepository(MicrocreditCertificationEntity).createQueryBuilder('m').where('m.household_id = :householdId AND m.revoked_at IS NULL AND m.valid_until >= :today', { householdId, today }).getOne();
  }

  private history(tx: EntityManager, actor: Actor, householdId: string, action: 'microcredit_certified' | 'microcredit_revoked', changes: Record<string, [unknown, unknown]>): Promise<void> {
    return recordHouseholdChange(tx, { householdId, accountId: actor.accountId, action, changes });
  }


  private async views(rows: MicrocreditCertificationEntity[], today: string): Promise<MicrocreditCertificationView[]> {
    if (rows.length === 0) return [];
    const names = await this.dataSource.query<{ id: string; head: string | null; village: string }[]>(
      `SELECT h.id, (SELECT m.name FROM household_member m WHERE m.household_id = h.id AND m.relation = 'head') AS head, r.name AS village
         FROM household h JOIN region r ON r.id = h.village_id WHERE h.id = ANY($1::uuid[])`,
      [[...new Set(rows.map((row) => row.householdId))]],
    );
    const byId = new Map(names.map((row) => [row.id, row]));
    return rows.map((row) => ({
      id: row.id,
      householdId: row.householdId,
      headName: byId.get(row.householdId)?.head ?? null,
      villageName: byId.get(row.householdId)?.village ?? '',
      borrowerName: row.borrowerName,
      borrowerIdNumber: row.borrowerIdNumber,
      amount: row.amount,
      purpose: row.purpose,
      certifiedOn: row.certifiedOn,
      validUntil: row.validUntil,
      revokedAt: row.revokedAt,
      revokedReason: row.revokedReason,
      valid: row.revokedAt === null && row.validUntil >= today,
    }));
  }
}
