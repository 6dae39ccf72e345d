import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { nextVisitDue, visitState, type HelpVisitMonths } from '../../workflows/monitoring/help-visits';
import { recordDateProblems } from '../../workflows/record-dates';
import { addDays, withPolicyDefaults } from '../../workflows/policy';
import { StaffAccountEntity } from '../accounts/staff-account.entity';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { DomainError, ErrorCode, invalidFields } from '../common/domain-error';
import { deadlineKey, DEADLINE_KIND } from '../deadlines/deadline-keys';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import type { DeadlineEntity } from '../deadlines/deadline.entity';
import { recordHouseholdChange } from '../households/household-change.entity';
import { HouseholdEntity } from '../households/household.entity';
import { HOUSEHOLD_STATUS } from '../households/household.enums';
import { OutboxWriter } from '../outbox/outbox.writer';
import { PoliciesService } from '../policies/policies.service';
import { enclosingCode } from '../regions/region-code.util';
import type { CreateHelpCadreDto, ListVisitsDueQuery, PairCadreDto, RecordCadreVisitDto } from './dto/help-cadre.dto';
import { CadrePairingEntity, CadreVisitEntity, HelpCadreEntity } from './help-cadre.entity';
import type { CadreVisitView, HelpCadreView, HouseholdHelpView, PairingView, VisitDueView } from './help-cadre.view';

/** 09:00 China time of a day: when a visit's reminders go out. */
const morningOf = (day: string) => new Date(`${day}T01:00:00.000Z`);

/**
 * Help cadres paired with households (结对帮扶, procedures.md "Monitoring as routine work"): the
 * county keeps its cadres, offices pair and reassign them (the pairings are the history), visits
 * are recorded, and the county's rhythm says when the next is due. Each due day is a deadline row:
 * the village is reminded on it, and told with the township once it has passed.
 */
@Injectable()
export class HelpCadresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly deadlines: DeadlineScheduler,
    private readonly outbox: OutboxWriter,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
  ) {}

  async createCadre(actor: Actor, dto: CreateHelpCadreDto): Promise<HelpCadreView> {
    const countyCode = enclosingCode('county', actor.scopePrefix ?? '');
    if (dto.accountId) {
      const account = await this.dataSource.getRepository(StaffAccountEntity).findOne({ where: { id: dto.accountId }, relations: { region: true } });
      if (!account || account.disabled || !account.region || enclosingCode('county', account.region.code) !== countyCode) throw invalidFields([{ field: 'accountId', reason: '须为本县在用的工作人员账号' }]);
    }
    const repository = this.dataSource.getRepository(HelpCadreEntity);
    const cadre = await repository.save(repository.create({ countyCode, name: dto.name, unit: dto.unit, phone: dto.phone, accountId: dto.accountId ?? null }));
    return { ...cadreView(cadre), households: 0 };
  }

  /** The county's cadres (for any office of it), with how many households each has now. */
  async cadres(actor: Actor): Promise<HelpCadreView[]> {
    const rows = await this.dataSource.query<(HelpCadreEntity & { households: number })[]>(
      `SELECT c.id, c.name, c.unit, c.phone, c.account_id AS "accountId", (SELECT count(*)::int FROM cadre_pairing p WHERE p.cadre_id = c.id AND p.ends_on IS NULL) AS households
         FROM help_cadre c WHERE c.county_code LIKE $1 ORDER BY c.unit, c.name`,
      [actor.scopePrefix === null ? '%' : enclosingCode('county', actor.scopePrefix)],
    );
    return rows.map((row) => ({ ...cadreView(row), households: row.households }));
  }

  /** Pairs the household with a cadre; a current pairing ends today, with the reason (the history keeps both). */
  async pair(actor: Actor, householdId: string, dto: PairCadreDto): Promise<HouseholdHelpView> {
    const household = await this.access.household(actor, householdId);
    const cadre = await this.dataSource.getRepository(HelpCadreEntity).findOneBy({ id: dto.cadreId });
    if (!cadre || cadre.countyCode !== enclosingCode('county', household.villageCode)) throw invalidFields([{ field: 'cadreId', reason: '须为本县的帮扶责任人' }]);
    const today = chinaDate(this.clock.now());
    await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT id FROM household WHERE id = $1 FOR UPDATE', [householdId]);
      const pairings = tx.getRepository(CadrePairingEntity);
      const current = await pairings.findOneBy({ householdId, endsOn: IsNull() });
      if (current?.cadreId === cadre.id) throw new DomainError(ErrorCode.Conflict, `该户已由 ${cadre.name} 结对帮扶`);
      let before: string | null = null;
      if (current) {
        if (!dto.reason) throw invalidFields([{ field: 'reason', reason: '调整结对须写明理由' }]);
        await pairings.update(current.id, { endsOn: today, endReason: dto.reason });
        await this.deadlines.cancel(tx, deadlineKey.helpVisits(current.id));
        const previous = await tx.getRepository(HelpCadreEntity).findOneBy({ id: current.cadreId });
        before = previous ? `${previous.name} (${previous.unit})` : null;
      }
      const pairing = await pairings.save(pairings.create({ cadreId: cadre.id, householdId, villageCode: household.villageCode, startsOn: today, endsOn: null, endReason: null, assignedBy: actor.accountId }));
      await recordHouseholdChange(tx, { householdId, accountId: actor.accountId, action: 'cadre_paired', changes: { helpCadre: [before, `${cadre.name} (${cadre.unit})`], ...(dto.reason ? { pairingReason: [null, dto.reason] } : {}) } });
      await this.scheduleNextVisit(tx, household, pairing, cadre);
    });
    return this.help(actor, householdId);
  }

  async recordVisit(actor: Actor, householdId: string, dto: RecordCadreVisitDto): Promise<HouseholdHelpView> {
    const household = await this.access.household(actor, householdId);
    await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT id FROM household WHERE id = $1 FOR UPDATE', [householdId]);
      const pairing = await tx.getRepository(CadrePairingEntity).findOneBy({ householdId, endsOn: IsNull() });
      if (!pairing) throw new DomainError(ErrorCode.Conflict, '该户尚未结对帮扶责任人');
      const cadre = await tx.getRepository(HelpCadreEntity).findOneByOrFail({ id: pairing.cadreId });
      // Recorded by the village's clerk for the cadre, or by the cadre's own account.
      if (actor.role !== 'village' && actor.accountId !== cadre.accountId) await this.access.refuse(actor, ErrorCode.RoleNotAllowed, household.villageCode);
      const problems = recordDateProblems({ today: chinaDate(this.clock.now()), days: { visitedOn: dto.visitedOn }, notBefore: { day: pairing.startsOn, what: '结对之日' } });
      if (problems.length > 0) throw invalidFields(problems);
      const visits = tx.getRepository(CadreVisitEntity);
      await visits.save(visits.create({ householdId, pairingId: pairing.id, cadreId: cadre.id, villageCode: household.villageCode, visitedOn: dto.visitedOn, findings: dto.findings, measuresDiscussed: dto.measuresDiscussed ?? null, recordedBy: actor.accountId }));
      await this.deadlines.cancel(tx, deadlineKey.helpVisits(pairing.id));
      await this.scheduleNextVisit(tx, household, pairing, cadre);
    });
    return this.help(actor, householdId);
  }

  async help(actor: Actor, householdId: string): Promise<HouseholdHelpView> {
    const household = await this.access.household(actor, householdId);
    const pairings = await this.dataSource.query<(CadrePairingEntity & { cadreName: string; cadreUnit: string; cadrePhone: string })[]>(
      `SELECT p.id, p.cadre_id AS "cadreId", p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn", p.end_reason AS "endReason", c.name AS "cadreName", c.unit AS "cadreUnit", c.phone AS "cadrePhone"
         FROM cadre_pairing p JOIN help_cadre c ON c.id = p.cadre_id WHERE p.household_id = $1 ORDER BY p.created_at DESC`,
      [householdId],
    );
    const visits = await this.dataSource.query<CadreVisitView[]>(
      `SELECT v.id, c.name AS "cadreName", v.visited_on::text AS "visitedOn", v.findings, v.measures_discussed AS "measuresDiscussed"
         FROM cadre_visit v JOIN help_cadre c ON c.id = v.cadre_id WHERE v.household_id = $1 ORDER BY v.visited_on DESC, v.created_at DESC`,
      [householdId],
    );
    const views: PairingView[] = pairings.map((row) => ({ id: row.id, cadreId: row.cadreId, cadreName: row.cadreName, cadreUnit: row.cadreUnit, cadrePhone: row.cadrePhone, startsOn: row.startsOn, endsOn: row.endsOn, endReason: row.endReason }));
    const current = views.find((pairing) => pairing.endsOn === null) ?? null;
    const nextDueOn = current ? nextVisitDue(await this.monthsFor(household), visits[0]?.visitedOn ?? null, current.startsOn) : null;
    return { current, pairings: views, visits, nextDueOn, state: visitState(nextDueOn, chinaDate(this.clock.now())) };
  }

  /** The paired households of the jurisdiction whose visit falls due within a week or has passed, the most overdue first. */
  async visitsDue(actor: Actor, query: ListVisitsDueQuery): Promise<VisitDueView[]> {
    const prefix = query.regionId ? (await this.access.regionScope(actor, query.regionId)).prefix : (actor.scopePrefix ?? '');
    const rows = await this.dataSource.query<{ household_id: string; head: string | null; village: string; status: keyof HelpVisitMonths; village_code: string; cadre_id: string; cadre_name: string; cadre_phone: string; starts_on: string; last_visit: string | null }[]>(
      `SELECT p.household_id, (SELECT m.name FROM household_member m WHERE m.household_id = p.household_id AND m.relation = 'head') AS head,
              r.name AS village, h.status, h.village_code, c.id AS cadre_id, c.name AS cadre_name, c.phone AS cadre_phone, p.starts_on::text AS starts_on,
              (SELECT max(v.visited_on)::text FROM cadre_visit v WHERE v.household_id = p.household_id) AS last_visit
         FROM cadre_pairing p JOIN household h ON h.id = p.household_id JOIN region r ON r.id = h.village_id JOIN help_cadre c ON c.id = p.cadre_id
        WHERE p.ends_on IS NULL AND p.village_code LIKE $1`,
      [`${prefix}%`],
    );
    const today = chinaDate(this.clock.now());
    const monthsByCounty = new Map<string, HelpVisitMonths>();
    const due: VisitDueView[] = [];
    for (const row of rows) {
      const county = enclosingCode('county', row.village_code);
      if (!monthsByCounty.has(county)) monthsByCounty.set(county, withPolicyDefaults((await this.policies.currentForVillage(row.village_code)).settings).helpVisitMonths);
      const dueOn = nextVisitDue(monthsByCounty.get(county)?.[row.status] ?? 0, row.last_visit, row.starts_on);
      const state = visitState(dueOn, today);
      if (dueOn === null || state === 'not_due' || (query.state === 'overdue' && state !== 'overdue')) continue;
      due.push({ householdId: row.household_id, headName: row.head, villageName: row.village, statusLabel: HOUSEHOLD_STATUS.labels[row.status], cadreId: row.cadre_id, cadreName: row.cadre_name, cadrePhone: row.cadre_phone, lastVisitOn: row.last_visit, dueOn, state });
    }
    return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  }

  /**
   * A visit's deadline come: the village reminded on the day, village and township told the day
   * after. One whose visit was recorded (or whose pairing ended) since was cancelled; one the
   * county's rhythm has since moved is not the due day any more and says nothing.
   */
  async fireVisitDeadline(tx: EntityManager, deadline: DeadlineEntity): Promise<void> {
    const pairing = await tx.getRepository(CadrePairingEntity).findOneBy({ id: String(deadline.payload.pairingId) });
    if (!pairing || pairing.endsOn !== null) return;
    const household = await tx.getRepository(HouseholdEntity).findOneByOrFail({ id: pairing.householdId });
    const dueOn = await this.dueDay(tx, household, pairing);
    if (dueOn !== deadline.payload.dueOn) return;
    const cadre = await tx.getRepository(HelpCadreEntity).findOneByOrFail({ id: pairing.cadreId });
    const [head] = await tx.query<{ name: string }[]>(`SELECT name FROM household_member WHERE household_id = $1 AND relation = 'head'`, [household.id]);
    const about = { subject: `${head?.name ?? ''}户`, villageCode: household.villageCode, householdId: household.id };
    const data = { dueOn, cadreName: cadre.name, pairingId: pairing.id };
    if (deadline.kind === DEADLINE_KIND.helpVisitDue) {
      await this.outbox.notifyAbout(tx, about, { recipient: 'village', template: 'help_visit_due', data });
      return;
    }
    for (const recipient of ['village', 'township']) await this.outbox.notifyAbout(tx, about, { recipient, template: 'help_visit_overdue', data });
  }

  /** The next visit's two deadlines: its day, and the day after (overdue). */
  private async scheduleNextVisit(tx: EntityManager, household: HouseholdEntity, pairing: CadrePairingEntity, cadre: HelpCadreEntity): Promise<void> {
    const dueOn = await this.dueDay(tx, household, pairing);
    if (dueOn === null) return;
    const payload = { pairingId: pairing.id, dueOn, cadreId: cadre.id };
    await this.deadlines.schedule(tx, { key: deadlineKey.helpVisit(pairing.id, dueOn, 'due'), kind: DEADLINE_KIND.helpVisitDue, dueAt: morningOf(dueOn), payload });
    await this.deadlines.schedule(tx, { key: deadlineKey.helpVisit(pairing.id, dueOn, 'overdue'), kind: DEADLINE_KIND.helpVisitOverdue, dueAt: morningOf(addDays(dueOn, 1)), payload });
  }

  /** The day the pairing's next visit is due, from the household's last visit and the county's rhythm. */
  private async dueDay(tx: EntityManager, household: HouseholdEntity, pairing: CadrePairingEntity): Promise<string | null> {
    const [last] = await tx.query<{ day: string | null }[]>(`SELECT max(visited_on)::text AS day FROM cadre_visit WHERE household_id = $1`, [household.id]);
    return nextVisitDue(await this.monthsFor(household, tx), last?.day ?? null, pairing.startsOn);
  }

  private async monthsFor(household: HouseholdEntity, manager?: EntityManager): Promise<number> {
    const months = withPolicyDefaults((await this.policies.currentForVillage(household.villageCode, manager)).settings).helpVisitMonths;
    return months[household.status] ?? 0;
  }

}

function cadreView(cadre: Pick<HelpCadreEntity, 'id' | 'name' | 'unit' | 'phone' | 'accountId'>): Omit<HelpCadreView, 'households'> {
  return { id: cadre.id, name: cadre.name, unit: cadre.unit, phone: cadre.phone, accountId: cadre.accountId };
}
