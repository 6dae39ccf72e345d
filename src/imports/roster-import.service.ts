import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { chinaDate, Clock } from '../common/clock';
import { insertMany } from '../database/insert-many';
import { isUniqueViolation } from '../database/postgres-errors';
import { applyPatch } from '../households/change-set';
import { HouseholdChangeEntity, type ChangeSet, type HouseholdChangeAction } from '../households/household-change.entity';
import { HouseholdMemberEntity } from '../households/household-member.entity';
import { HouseholdEntity } from '../households/household.entity';
import { memberView } from '../households/household.view';
import { RegionEntity } from '../regions/region.entity';
import { ErrorReport } from './error-report';
import type { StoredFile } from './import-files';
import type { FileImport, ImportOutcome, ImportProgress } from './import-runner.service';
import type { ImportJobEntity } from './import-job.entity';
import { ROSTER_COLUMNS } from './roster-columns';
import { readHeadingRow } from './heading-row';
import { cellOf, isRefused, newMemberFacts, planHousehold, type HouseholdPlan, type RefusedHousehold, type RosterContext, type SourceRow } from './roster-households';
import { spreadsheetRows } from './spreadsheet-rows';

/** Households stored per transaction: a constant number of statements for each batch of this many. */
const BATCH_HOUSEHOLDS = 250;

interface Counters {
  rowsRead: number;
  householdsStored: number;
  householdsUpdated: number;
  householdsUnchanged: number;
  householdsRefused: number;
}

/** Where an ID number is registered already. */
interface Holder {
  id_number: string;
  household_id: string;
  village_code: string;
  village: string;
  group_name: string;
}

/** What a new member row is written with. */
const MEMBER_COLUMNS: Extract<keyof HouseholdMemberEntity, string>[] = ['id', 'householdId', 'name', 'idNumber', 'sex', 'birthDate', 'relation', 'phone', 'health', 'labourCapacity', 'schooling', 'createdAt'];

type Decision = { kind: 'create'; plan: HouseholdPlan } | { kind: 'update'; plan: HouseholdPlan; householdId: string } | { kind: 'refuse'; refused: RefusedHousehold };

/**
 * A household roster (花名册) imported by the worker: rows streamed from the stored file, grouped
 * by household number, each household checked as a registration is and stored all or nothing,
 * in batches; an ID number already registered in this village makes the row an update of that
 * household (the same file twice changes nothing), recorded in its history as an edit would be.
 */
@Injectable()
export class RosterImportService implements FileImport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async importFile(job: ImportJobEntity, file: StoredFile, progress: ImportProgress): Promise<ImportOutcome> {
    const counters: Counters = { rowsRead: 0, householdsStored: 0, householdsUpdated: 0, householdsUnchanged: 0, householdsRefused: 0 };
    const groups = await this.dataSource.getRepository(RegionEntity).findBy({ parentId: job.regionId, level: 'group' });
    let context: RosterContext | null = null;
    let report: ErrorReport | null = null;
    const refuse = (refused: RefusedHousehold) => {
      counters.householdsRefused += 1;
      report?.add(refused.rows, refused.reasons);
    };
    let current: { number: string; rows: SourceRow[] } | null = null;
    /** Household number → its first line: a household's rows must be together. */
    const started = new Map<string, number>();
    let batch: HouseholdPlan[] = [];
    let line = 0;

    const close = () => {
      if (!current || !context) return;
      const outcome = planHousehold(context, current.number, current.rows);
      if (isRefused(outcome)) refuse(outcome);
      else batch.push(outcome);
      current = null;
    };
    const flush = async (): Promise<boolean> => {
      const plans = batch;
      batch = [];
      for (const refused of await this.store(job, plans, counters)) refuse(refused);
      return progress(counters);
    };

    try {
      for await (const cells of spreadsheetRows(file, job.format)) {
        line += 1;
        if (cells.every((cell) => cell === '')) continue;
        if (!context) {
          const heading = await readHeadingRow(cells, line, ROSTER_COLUMNS, progress);
          if ('failed' in heading) return heading.failed;
          context = { positions: heading.positions, groupsByName: new Map(groups.map((group) => [group.name, group.id])), groupsByNumber: new Map(groups.map((group) => [group.groupNumber ?? -1, group.id])), today: chinaDate(this.clock.now()), seen: new Map() };
          report = new ErrorReport(this.dataSource, job.id, cells);
          continue;
        }
        counters.rowsRead += 1;
        const row = { line, cells };
        const number = cellOf(context, row, 'householdNumber');
        if (current && current.number !== number) close();
        if (number === '') {
          refuse({ rows: [row], reasons: new Map([[line, ['户编号为空']]]) });
          continue;
        }
        if (!current) {
          const earlier = started.get(number);
          if (earlier !== undefined) {
            refuse({ rows: [row], reasons: new Map([[line, [`户编号 ${number} 已在第 ${earlier} 行起出现过: 同一户的成员须排在一起`]]]) });
            continue;
          }
          started.set(number, line);
          current = { number, rows: [] };
        }
        current.rows.push(row);
        if (batch.length >= BATCH_HOUSEHOLDS && (await flush())) return { state: 'cancelled', error: null };
      }
      close();
      if (await flush()) return { state: 'cancelled', error: null };
      return context ? { state: 'done', error: null } : { state: 'failed', error: '文件中没有表头和数据行' };
    } finally {
      await report?.close();
    }
  }

  /**
   * One batch: where its people are registered already (one query), then in one transaction
   * the new households in multi-row inserts and each update; a registration racing the import
   * (the unique index refuses) sends the batch again one household at a time.
   */
  private async store(job: ImportJobEntity, plans: HouseholdPlan[], counters: Counters): Promise<RefusedHousehold[]> {
    if (plans.length === 0) return [];
    const decisions = await this.decide(job, plans);
    const refused = decisions.flatMap((decision) => (decision.kind === 'refuse' ? [decision.refused] : []));
    const accepted = decisions.filter((decision) => decision.kind !== 'refuse');
    try {
      const outcome = await this.dataSource.transaction((tx) => this.apply(tx, job, accepted));
      Object.assign(counters, { householdsStored: counters.householdsStored + outcome.stored, householdsUpdated: counters.householdsUpdated + outcome.updated, householdsUnchanged: counters.householdsUnchanged + outcome.unchanged });
      return refused;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const [alone] = accepted;
      if (accepted.length === 1 && alone) return [...refused, refusal(alone.plan, '此人在导入期间已登记到其他农户 (一人只能属于一户)')];
      for (const decision of accepted) refused.push(...(await this.store(job, [decision.plan], counters)));
      return refused;
    }
  }

  private async decide(job: ImportJobEntity, plans: HouseholdPlan[]): Promise<Decision[]> {
    const holders = await this.dataSource.query<Holder[]>(
      `SELECT m.id_number, m.household_id, h.village_code, v.name AS village, g.name AS group_name
         FROM household_member m JOIN household h ON h.id = m.household_id JOIN region v ON v.id = h.village_id JOIN region g ON g.id = h.group_id
        WHERE m.id_number = ANY($1)`,
      [plans.flatMap((plan) => plan.members.map((member) => member.idNumber))],
    );
    const byId = new Map(holders.map((holder) => [holder.id_number, holder]));
    return plans.map((plan): Decision => {
      const found = plan.members.flatMap((member) => {
        const holder = byId.get(member.idNumber);
        return holder ? [{ member, holder }] : [];
      });
      const households = new Set(found.map(({ holder }) => holder.household_id));
      const home = found[0]?.holder;
      if (!home) return { kind: 'create', plan };
      // One person, one household: the file's household is the registry's only if all its known people are there.
      const elsewhere = found.filter(({ holder }) => holder.village_code !== job.regionCode || households.size > 1);
      if (elsewhere.length > 0) {
        return { kind: 'refuse', refused: { rows: plan.rows, reasons: new Map(elsewhere.map(({ member, holder }) => [member.line, [`此人已登记在${holder.village}${holder.group_name}的农户中 (一人只能属于一户)`]])) } };
      }
      return { kind: 'update', plan, householdId: home.household_id };
    });
  }

  private async apply(tx: EntityManager, job: ImportJobEntity, decisions: Decision[]): Promise<{ stored: number; updated: number; unchanged: number }> {
    const creates = decisions.flatMap((decision) => (decision.kind === 'create' ? [decision.plan] : []));
    const updates = decisions.flatMap((decision) => (decision.kind === 'update' ? [decision] : []));
    const changes: Partial<HouseholdChangeEntity>[] = [];
    if (creates.length > 0) {
      const now = this.clock.now();
      const households = creates.map((plan) => ({ id: randomUUID(), villageId: job.regionId, groupId: plan.groupId, villageCode: job.regionCode, povertyAttribute: plan.povertyAttribute, mainCause: plan.mainCause, perCapitaIncome: plan.perCapitaIncome, version: 1, createdAt: now }));
      await insertMany(tx, HouseholdEntity, ['id', 'villageId', 'groupId', 'villageCode', 'povertyAttribute', 'mainCause', 'perCapitaIncome', 'version', 'createdAt'], households);
      const members = creates.map((plan, index) => plan.members.map((member) => ({ id: randomUUID(), ...this.newMember(households[index]?.id ?? '', member) })));
      await insertMany(tx, HouseholdMemberEntity, MEMBER_COLUMNS, members.flat());
      creates.forEach((plan, index) => {
        changes.push(this.change(job, households[index]?.id ?? '', 'registered', { household: [null, { groupId: plan.groupId, members: (members[index] ?? []).map((member) => member.id), importJobId: job.id }] }));
      });
    }
    let updated = 0;
    if (updates.length > 0) {
      const ids = updates.map((update) => update.householdId);
      const households = new Map((await tx.getRepository(HouseholdEntity).find({ where: { id: In(ids) }, lock: { mode: 'pessimistic_write' }, order: { id: 'ASC' } })).map((household) => [household.id, household]));
      const members = await tx.getRepository(HouseholdMemberEntity).findBy({ householdId: In(ids) });
      const added: Partial<HouseholdMemberEntity>[] = [];
      const edited: HouseholdMemberEntity[] = [];
      const touched: string[] = [];
      for (const { plan, householdId } of updates) {
        const household = households.get(householdId);
        if (!household) continue;
        const difference = this.difference(job, household, plan, members.filter((member) => member.householdId === householdId));
        if (difference.changes.length === 0) continue;
        updated += 1;
        changes.push(...difference.changes);
        added.push(...difference.added);
        edited.push(...difference.edited);
        if (difference.factsChanged) await tx.getRepository(HouseholdEntity).save(household);
        else touched.push(household.id);
      }
      await insertMany(tx, HouseholdMemberEntity, MEMBER_COLUMNS, added);
      if (edited.length > 0) await tx.getRepository(HouseholdMemberEntity).save(edited);
      // A member change is a change of the household: its version and time move too.
      if (touched.length > 0) await tx.query('UPDATE household SET version = version + 1, updated_at = now() WHERE id = ANY($1)', [touched]);
    }
    await insertMany(tx, HouseholdChangeEntity, ['householdId', 'accountId', 'action', 'changes', 'occurredAt'], changes);
    return { stored: creates.length, updated, unchanged: updates.length - updated };
  }

  /**
   * What the file says differently from the registry, applied to the entities, each kind of
   * change recorded as an edit by hand would record it. Only what the file says: an empty
   * optional cell leaves the registry as it is, and members missing from the file stay.
   */
  private difference(
    job: ImportJobEntity,
    household: HouseholdEntity,
    plan: HouseholdPlan,
    members: HouseholdMemberEntity[],
  ): { changes: Partial<HouseholdChangeEntity>[]; added: Partial<HouseholdMemberEntity>[]; edited: HouseholdMemberEntity[]; factsChanged: boolean } {
    const changes: Partial<HouseholdChangeEntity>[] = [];
    const added: Partial<HouseholdMemberEntity>[] = [];
    const edited: HouseholdMemberEntity[] = [];
    const facts = applyPatch(household, {
      groupId: plan.groupId,
      perCapitaIncome: plan.perCapitaIncome ?? undefined,
      mainCause: plan.mainCause ?? undefined,
      povertyAttribute: plan.povertyAttribute ?? undefined,
    });
    if (Object.keys(facts).length > 0) changes.push(this.change(job, household.id, 'updated', facts));
    for (const member of plan.members) {
      const existing = members.find((known) => known.idNumber === member.idNumber);
      if (!existing) {
        const created = { id: randomUUID(), ...this.newMember(household.id, member) };
        added.push(created);
        changes.push(this.change(job, household.id, 'member_added', { [`members.${created.id}`]: [null, memberView(created as HouseholdMemberEntity)] }));
        continue;
      }
      // A change of head has its own procedure (更换户主); a file cannot make one.
      const patch = applyPatch(
        existing,
        {
          name: member.name,
          relation: (member.relation === 'head') === (existing.relation === 'head') ? member.relation : undefined,
          health: member.health ?? undefined,
          labourCapacity: member.labourCapacity ?? undefined,
          schooling: member.schooling ?? undefined,
          phone: member.phone ?? undefined,
        },
        `members.${existing.id}.`,
      );
      if (Object.keys(patch).length > 0) {
        edited.push(existing);
        changes.push(this.change(job, household.id, 'member_updated', patch));
      }
    }
    return { changes, added, edited, factsChanged: Object.keys(facts).length > 0 };
  }

  private newMember(householdId: string, member: HouseholdPlan['members'][number]): Partial<HouseholdMemberEntity> & { householdId: string } {
    return {
      householdId,
      name: member.name,
      idNumber: member.idNumber,
      sex: member.sex,
      birthDate: member.birthDate,
      relation: member.relation,
      phone: member.phone,
      ...newMemberFacts(member, chinaDate(this.clock.now())),
      createdAt: this.clock.now(),
    };
  }

  private change(job: ImportJobEntity, householdId: string, action: HouseholdChangeAction, changes: ChangeSet): Partial<HouseholdChangeEntity> {
    return { householdId, accountId: job.accountId, action, changes, occurredAt: this.clock.now() };
  }
}

function refusal(plan: HouseholdPlan, reason: string): RefusedHousehold {
  return { rows: plan.rows, reasons: new Map([[plan.rows[0]?.line ?? 0, [reason]]]) };
}
