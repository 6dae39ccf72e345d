import { randomUUID } from 'node:crypto';
import { withPolicyDefaults, EXCLUSION_CHECK_LABELS } from '../../workflows/policy';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { initialTransition } from 'xstate';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { DomainError, ErrorCode, invalidFields, notFound, type FieldProblem } from '../common/domain-error';
import { keysetPage, type KeysetColumn, type Page } from '../common/pagination';
import { escapeLike } from '../common/sql-like';
import { insertManyStatement } from '../database/insert-many';
import { publicNumberSql, publicNumberStart } from '../database/public-number';
import { HouseholdMemberEntity } from '../households/household-member.entity';
import { HouseholdEntity } from '../households/household.entity';
import { HOUSEHOLD_STATUS } from '../households/household.enums';
import { PoliciesService, type PolicyVersion } from '../policies/policies.service';
import { RegionEntity } from '../regions/region.entity';
import { acceptedEvents, CaseCommandService, type CaseEventInput, type CommandActor, type CommandAnswer, type MachineAction } from './case-command.service';
import { caseSurroundings } from './case-surroundings';
import { persistedSnapshot, restoreSnapshot } from './case-snapshot';
import { CaseEventEntity } from './case-event.entity';
import { CaseEntity } from './case.entity';
import { GENESIS_HASH } from './journal-hash';
import { enclosingCode } from '../regions/region-code.util';
import { linkedCases, outcomeOf, type BatchItemOutcome, type BatchOutcome, type CaseListItem, type CaseStageCount, type CaseView, type JournalEntryView, type OutcomeContext } from './case.view';
import { describeActions } from './case-actions';
import { commandTransaction } from './dry-run';
import { EVENT_LABELS, ROLE_LABELS } from './journal-labels';
import { leadHitSource } from './case-lead.entity';
import { screeningAlertsOf } from '../imports/risk-alert.entity';
import type { CaseFilters, ListCasesQuery, StageCountsQuery } from './dto/list-cases.query';
import type { OpenCaseDto } from './dto/open-case.dto';
import { currentProcedure, mainPath, procedureAt, stageName, stagePath } from './procedures';
import type { TownshipDecisionItemDto } from './dto/case-commands.dto';
import type { ProcedureDefinition } from '../../workflows/procedure';

/** A village and the cases a batch command (meeting, notice) names in it. */
export interface VillageBatch {
  village: RegionEntity;
  /** Locked, in the batch's transaction: what the checks read is what the commands apply to. */
  cases: Map<string, CaseEntity>;
  /** Cases that do not exist or lie in another village, by the field that named them. */
  problems: FieldProblem[];
}

/** What became of one case to open: the case, or why it was not opened. */
export type CaseOpening = { row: CaseEntity; error: null } | { row: null; error: DomainError };

/** What a new case's row is inserted with (its number comes from the sequence, in the same statement). */
const NEW_CASE_COLUMNS: Extract<keyof CaseEntity, string>[] = [
  'id',
  'procedure',
  'householdId',
  'villageCode',
  'machineVersion',
  'policyVersion',
  'policy',
  'application',
  'stage',
  'phase',
  'final',
  'awaitingRole',
  'snapshot',
  'version',
  'journalSequence',
  'journalHash',
  'createdBy',
  'createdAt',
  'updatedAt',
];

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commands: CaseCommandService,
    private readonly policies: PoliciesService,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
  ) {}

  /** The application (农户申请) or proposal: a new case at its first stage, with the county policy frozen into it. */
  async open(actor: Actor, dto: OpenCaseDto): Promise<CaseView> {
    const household = await this.dataSource.getRepository(HouseholdEntity).findOneBy({ id: dto.householdId });
    if (!household) throw invalidFields([{ field: 'householdId', reason: '农户不存在' }]);
    await this.access.assertWithin(actor, household.villageCode);
    const procedure = currentProcedure(dto.procedure);
    if (!procedure) throw invalidFields([{ field: 'procedure', reason: '未知的办理程序' }]);
    const row = await commandTransaction(this.dataSource, (tx) => this.openIn(tx, actor, household, procedure, { ...dto.application }));
    // From the row in hand: in a dry run it was never written.
    return this.view(actor, row);
  }

  /** The household's case of this procedure still running, if any. */
  openCaseOf(householdId: string, procedure: string, manager: EntityManager = this.dataSource.manager): Promise<CaseEntity | null> {
    return manager.getRepository(CaseEntity).findOneBy({ householdId, procedure, final: false });
  }

  /**
   * Opens a case inside the caller's transaction (also when another record opens one, as a
   * follow-up visit that finds a risk does): `openMany` of one, its refusal thrown.
   */
  async openIn(tx: EntityManager, actor: Actor | CommandActor, household: HouseholdEntity, procedure: ProcedureDefinition, application: Record<string, unknown>): Promise<CaseEntity> {
    const [opening] = await this.openMany(tx, actor, procedure, [{ household, application }]);
    if (!opening?.row) throw opening?.error ?? new Error('openMany answered nothing');
    return opening.row;
  }

  /**
   * Opens cases of one procedure inside the caller's transaction, each checked as one would be:
   * who may open it, from which household status, the procedure's own conditions. The accepted
   * ones are inserted in one statement (issue 18: a department's file opens hundreds of leads),
   * which passes over a household whose case of this procedure opened meanwhile (refused with that
   * case), and their journal entries and first effects (a time limit) are written as one batch.
   */
  async openMany(tx: EntityManager, actor: Actor | CommandActor, procedure: ProcedureDefinition, items: readonly { household: HouseholdEntity; application: Record<string, unknown> }[]): Promise<CaseOpening[]> {
    // A resident's report or a department's file opens nothing but a risk lead (农户自主申报, 部门筛查预警).
    const fromChannel = actor.role === 'resident' || actor.role === 'system';
    if (fromChannel && !procedure.openedFromChannels) throw new DomainError(ErrorCode.RoleNotAllowed, '此类案件只能由经办人员开立', {});
    const first = items[0];
    if (!fromChannel && actor.role !== procedure.openedBy && first) return this.access.refuse(actor as Actor, ErrorCode.RoleNotAllowed, first.household.villageCode);
    const now = this.clock.now();
    const today = chinaDate(now);
    const policies = new Map<string, Promise<PolicyVersion>>();
    const policyOf = (villageCode: string) => {
      const county = enclosingCode('county', villageCode);
      if (!policies.has(county)) policies.set(county, this.policies.currentForVillage(villageCode, tx));
      return policies.get(county) as Promise<PolicyVersion>;
    };
    const outcomes: CaseOpening[] = [];
    const accepted: { index: number; row: CaseEntity; payload: Record<string, unknown>; actions: readonly MachineAction[] }[] = [];
    for (const [index, { household, application }] of items.entries()) {
      const policy = await policyOf(household.villageCode);
      if (!procedure.startsFrom.includes(household.status)) {
        const status = HOUSEHOLD_STATUS.labels[household.status];
        outcomes[index] = { row: null, error: new DomainError(ErrorCode.Conflict, `该户当前状态为「${status}」，不能办理${procedure.label(policy.settings)}`, { householdStatus: household.status }) };
        continue;
      }
      const problems = procedure.openProblems(policy.settings, household, today, application);
      if (problems.length > 0) {
        outcomes[index] = { row: null, error: new DomainError(ErrorCode.RuleViolation, '不符合办理规则', { errors: problems }) };
        continue;
      }
      const [snapshot, actions] = initialTransition(procedure.machine, procedure.initialInput(policy.settings, application));
      const { stage, phase } = stagePath(snapshot.value);
      const row = tx.getRepository(CaseEntity).create({
        id: randomUUID(),
        procedure: procedure.name,
        householdId: household.id,
        villageCode: household.villageCode,
        machineVersion: procedure.version,
        policyVersion: policy.version,
        policy: policy.settings,
        application,
        stage,
        phase,
        final: false,
        awaitingRole: procedure.awaitingRole(stage, snapshot.context),
        snapshot: persistedSnapshot(procedure.machine, snapshot, policy.settings),
        version: 1,
        stageDueAt: null,
        dueAt: null,
        journalSequence: 0,
        journalHash: GENESIS_HASH,
        createdBy: actor.accountId,
        // The service's clock: the day of the lead that later records may not precede.
        createdAt: now,
        updatedAt: now,
      });
      accepted.push({ index, row, payload: { householdId: household.id, application, policyVersion: policy.version }, actions });
    }
    if (accepted.length === 0) return outcomes;

    // One open case per household and procedure (procedure_case_one_open): one opened meanwhile is passed over.
    const { sql, params } = insertManyStatement(tx, CaseEntity, NEW_CASE_COLUMNS, accepted.map(({ row }) => row), {
      computed: { property: 'caseNumber', sql: publicNumberSql(`$${NEW_CASE_COLUMNS.length + 1}`, 'case_number_seq') },
      params: [publicNumberStart(procedure.caseNumberPrefix, now)],
      suffix: 'ON CONFLICT (household_id, procedure) WHERE NOT final DO NOTHING RETURNING id, case_number',
    });
    const inserted = new Map((await tx.query<{ id: string; case_number: string }[]>(sql, params)).map((row) => [row.id, row.case_number]));
    const passedOver = accepted.filter(({ row }) => !inserted.has(row.id));
    const openNow = passedOver.length === 0 ? [] : await tx.getRepository(CaseEntity).findBy({ householdId: In(passedOver.map(({ row }) => row.householdId)), procedure: procedure.name, final: false });
    const opened = accepted.filter(({ row }) => inserted.has(row.id));
    for (const { index, row } of accepted) {
      const caseNumber = inserted.get(row.id);
      if (caseNumber !== undefined) {
        row.caseNumber = caseNumber;
        outcomes[index] = { row, error: null };
      } else {
        const open = openNow.find((candidate) => candidate.householdId === row.householdId);
        outcomes[index] = { row: null, error: new DomainError(ErrorCode.CaseAlreadyOpen, '该户已有正在办理的同类案件', { caseId: open?.id ?? null }) };
      }
    }
    await this.commands.opened(tx, actor, opened);
    return outcomes;
  }

  /**
   * For commands on many cases of one village, within their transaction: the village must be the
   * actor's, each case in it. The cases are locked here, once (issue 18: a meeting of 500 read
   * them twice, to check and to apply), and the commands are applied to these rows.
   */
  async villageBatch(tx: EntityManager, actor: Actor, villageId: string, caseIds: string[], fieldOf: (index: number) => string): Promise<VillageBatch> {
    const village = await this.dataSource.getRepository(RegionEntity).findOneBy({ id: villageId, level: 'village' });
    if (!village) throw invalidFields([{ field: 'villageId', reason: '村级区划不存在' }]);
    await this.access.assertWithin(actor, village.code);
    const cases = await this.commands.lock(tx, caseIds);
    const problems: FieldProblem[] = [];
    caseIds.forEach((caseId, index) => {
      const row = cases.get(caseId);
      if (!row) problems.push({ field: fieldOf(index), reason: '案件不存在' });
      else if (row.villageCode !== village.code) problems.push({ field: fieldOf(index), reason: '案件不属于本村' });
    });
    return { village, cases, problems };
  }

  async get(actor: Actor, id: string): Promise<CaseView> {
    const row = await this.dataSource.getRepository(CaseEntity).findOneBy({ id });
    if (!row) throw notFound('案件');
    await this.access.assertWithin(actor, row.villageCode);
    return this.view(actor, row);
  }

  /** A command from a person, through the one command path, answered with the new view. */
  async command(actor: Actor, id: string, event: CaseEventInput, expectedVersion?: number): Promise<CaseView> {
    return this.answer(actor, await this.commands.dispatch(actor, id, event, { expectedVersion }));
  }

  /**
   * Decisions on many cases at once (a township approving a village's list), as one batch on the
   * one command path: a case that moved meanwhile, or one a rule refuses, is answered with its
   * error, and the others are applied together.
   */
  async decideMany(actor: Actor, type: 'TOWNSHIP_DECIDED' | 'COUNTY_DECIDED', items: (TownshipDecisionItemDto & { objectType?: string })[]): Promise<BatchOutcome> {
    const outcomes = await commandTransaction(this.dataSource, (tx) =>
      this.commands.applyAll(
        tx,
        actor,
        items.map((item, index) => ({
          caseId: item.caseId,
          event: { type, decision: item.decision, reason: item.reason, ...(item.objectType ? { objectType: item.objectType } : {}) },
          options: { expectedVersion: item.version, item: `items[${index}]` },
        })),
      ),
    );
    const results: BatchItemOutcome[] = outcomes.map(({ caseId, row, error }, index) =>
      row
        ? { index, caseId, applied: true, caseNumber: row.caseNumber, stage: row.stage, stageLabel: stageName(row), version: row.version }
        : { index, caseId, applied: false, error: { code: error.code, message: error.message, ...error.details } },
    );
    const applied = results.filter((result) => result.applied).length;
    return { applied, refused: results.length - applied, items: results };
  }

  async view(actor: Actor, row: CaseEntity, manager: EntityManager = this.dataSource.manager): Promise<CaseView> {
    return this.answer(actor, { row, surroundings: await caseSurroundings(manager, row) }, manager);
  }

  /** A command's answer, from the case it wrote and the surroundings read with the case. */
  async answer(actor: Actor, { row, surroundings }: CommandAnswer, manager: EntityManager = this.dataSource.manager): Promise<CaseView> {
    const procedure = procedureAt(row.procedure, row.machineVersion);
    const snapshot = restoreSnapshot(procedure, row);
    const { household, objections, leads } = surroundings;
    const alerts = row.procedure === 'risk_lead' ? await screeningAlertsOf(manager, row.id) : [];
    return {
      id: row.id,
      caseNumber: row.caseNumber,
      procedure: row.procedure,
      procedureLabel: procedure.label(withPolicyDefaults(row.policy)),
      household: { ...household, statusLabel: HOUSEHOLD_STATUS.labels[household.status] },
      stage: {
        code: row.stage,
        label: procedure.stageLabels[row.stage] ?? row.stage,
        phase: row.phase,
        phaseLabel: row.phase ? (procedure.phaseLabels[row.phase] ?? row.phase) : null,
        final: row.final,
      },
      steps: mainPath(procedure),
      awaitingRole: row.awaitingRole,
      stageDueAt: row.stageDueAt,
      dueAt: row.dueAt,
      ...outcomeOf(procedure, snapshot.context as OutcomeContext),
      // json_agg writes instants in PostgreSQL's own form; the answer keeps the API's.
      openObjections: objections.map((objection) => ({ ...objection, filedAt: new Date(objection.filedAt) })),
      screeningAlerts: alerts,
      linkedCases: linkedCases(snapshot.context as OutcomeContext, row.application),
      departmentLeads: leads.map((lead) => ({ ...lead, checkLabel: EXCLUSION_CHECK_LABELS[lead.check], hitSource: leadHitSource(lead), createdAt: new Date(lead.createdAt) })),
      allowedActions: describeActions(acceptedEvents(procedure, snapshot, actor.role), { caseId: row.id, noticeId: (snapshot.context as OutcomeContext).publicity?.noticeId ?? null }),
      machineVersion: row.machineVersion,
      policyVersion: row.policyVersion,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  /**
   * The cases the filters name, within the actor's jurisdiction (the list and its counts alike).
   * The household head is joined only where it is shown or searched: counting a county's cases
   * through a lookup each cost 200 ms at 100,000 cases.
   */
  private async filtered(actor: Actor, query: CaseFilters, withHead: boolean): Promise<SelectQueryBuilder<ObjectLiteral>> {
    const builder = this.dataSource.createQueryBuilder().from(CaseEntity, 'c');
    if (withHead || query.headName !== undefined) builder.leftJoin(HouseholdMemberEntity, 'head', `head.household_id = c.household_id AND head.relation = 'head'`);
    if (actor.scopePrefix !== null) builder.andWhere('c.village_code LIKE :scope', { scope: `${actor.scopePrefix}%` });
    if (query.regionId !== undefined) {
      const { region, prefix } = await this.access.regionScope(actor, query.regionId);
      if (region.level === 'group') builder.andWhere('c.household_id IN (SELECT id FROM household WHERE group_id = :groupId)', { groupId: region.id });
      else builder.andWhere('c.village_code LIKE :region', { region: `${prefix}%` });
    }
    if (query.householdId !== undefined) builder.andWhere('c.household_id = :householdId', { householdId: query.householdId });
    // Case numbers read SB-2026-000017; people type them in any case.
    if (query.caseNumber !== undefined) builder.andWhere('c.case_number = :caseNumber', { caseNumber: query.caseNumber.trim().toUpperCase() });
    if (query.headName !== undefined) builder.andWhere(`head.name LIKE :headName ESCAPE '\\'`, { headName: `%${escapeLike(query.headName)}%` });
    if (query.procedure !== undefined) builder.andWhere('c.procedure = :procedure', { procedure: query.procedure });
    if (query.stage !== undefined) builder.andWhere('c.stage = :stage', { stage: query.stage });
    if (query.final !== undefined) builder.andWhere('c.final = :final', { final: query.final });
    if (query.channel !== undefined) builder.andWhere(`c.application ->> 'channel' = :channel`, { channel: query.channel });
    if (query.waitingOnMe === true) builder.andWhere('c.awaiting_role = :role', { role: actor.role });
    if (query.overdue === true) builder.andWhere('(c.stage_due_at < :now OR c.due_at < :now) AND NOT c.final', { now: this.clock.now() });
    return builder;
  }

  async list(actor: Actor, query: ListCasesQuery): Promise<Page<CaseListItem>> {
    const builder = (await this.filtered(actor, query, true))
      .select(['c.id AS id', 'c.case_number AS "caseNumber"', 'c.procedure AS procedure', 'c.household_id AS "householdId"'])
      .addSelect(['c.village_code AS "villageCode"', 'c.stage AS stage', 'c.phase AS phase', 'c.awaiting_role AS "awaitingRole"', 'c.final AS final', 'c.updated_at AS "updatedAt"'])
      .addSelect('c.stage_due_at', 'stageDueAt')
      .addSelect('c.due_at', 'dueAt')
      .addSelect('c.machine_version', 'machineVersion')
      .addSelect('c.version', 'version')
      .addSelect('c.created_at', 'createdAt')
      .addSelect(`c.snapshot -> 'context' -> 'limits' ->> c.stage`, 'stageLimit')
      .addSelect(`c.application ->> 'channel'`, 'channel')
      .addSelect(`c.application ->> 'riskType'`, 'riskType')
      .addSelect('head.name', 'headName');
    type Row = Omit<CaseListItem, 'stageLabel'> & { machineVersion: number };
    const idColumn: KeysetColumn<Row> = { column: 'c.id', sqlType: 'uuid', valueOf: (row) => row.id };
    // 待办 reads the longest waiting first; other lists go village by village.
    const order: [KeysetColumn<Row>, KeysetColumn<Row>] =
      query.sort === 'waiting'
        ? [{ column: 'c.updated_at', sqlType: 'timestamptz', valueOf: (row) => new Date(row.updatedAt).toISOString() }, idColumn]
        : [{ column: 'c.village_code', sqlType: 'text', valueOf: (row) => row.villageCode }, idColumn];
    const page = await keysetPage<Row>(builder, query, order, (paged) => paged.getRawMany());
    return { ...page, items: page.items.map(({ machineVersion, ...row }) => ({ ...row, stageLabel: procedureAt(row.procedure, machineVersion).stageLabels[row.stage] ?? row.stage })) };
  }

  /** How many of the cases the filters name stand at each stage, and how many of them are overdue there. */
  async stageCounts(actor: Actor, query: StageCountsQuery): Promise<CaseStageCount[]> {
    // Open cases only (the statistics' counts) are counted from procedure_case_open_stage_idx
    // alone, which holds every column read here but `final`: naming it again where the filter
    // already has it would make PostgreSQL read 100,000 rows of a county's cases (BENCHMARKS.md).
    const overdue = query.final === false ? '(c.stage_due_at < :now OR c.due_at < :now)' : '(c.stage_due_at < :now OR c.due_at < :now) AND NOT c.final';
    const builder = (await this.filtered(actor, query, false))
      .select(['c.procedure AS procedure', 'c.stage AS stage'])
      .addSelect('count(*)::int', 'count')
      .addSelect(`(count(*) FILTER (WHERE ${overdue}))::int`, 'overdue')
      .setParameter('now', this.clock.now())
      .groupBy('c.procedure')
      .addGroupBy('c.stage')
      .orderBy('c.procedure')
      .addOrderBy('c.stage');
    // A township's or county's view of its villages' progress: the same counts, village by village.
    if (query.perVillage === true) builder.addSelect('c.village_code', 'villageCode').addGroupBy('c.village_code').addOrderBy('c.village_code');
    const rows = await builder.getRawMany<{ procedure: string; stage: string; count: number; overdue: number; villageCode?: string }>();
    return rows.map((row) => ({ ...row, stageLabel: currentProcedure(row.procedure)?.stageLabels[row.stage] ?? row.stage }));
  }

  async history(actor: Actor, id: string): Promise<JournalEntryView[]> {
    const row = await this.dataSource.getRepository(CaseEntity).findOneBy({ id });
    if (!row) throw notFound('案件');
    await this.access.assertWithin(actor, row.villageCode);
    const entries = await this.dataSource
      .createQueryBuilder()
      .select(['e.sequence AS sequence', 'e.occurred_at AS "occurredAt"', 'e.account_id AS "accountId"', 'e.role AS role', 'e.event_type AS "eventType"'])
      .addSelect(['e.payload AS payload', 'e.stage_before AS "stageBefore"', 'e.stage_after AS "stageAfter"', 'e.machine_version AS "machineVersion"'])
      .addSelect(['e.policy_version AS "policyVersion"', 'e.hash AS hash', 'a.username AS username', 'a.display_name AS "displayName"'])
      .from(CaseEventEntity, 'e')
      .leftJoin('staff_account', 'a', 'a.id = e.account_id')
      .where('e.case_id = :id', { id })
      .orderBy('e.sequence', 'ASC')
      .getRawMany<Omit<JournalEntryView, 'eventLabel' | 'stageAfterLabel' | 'roleLabel'>>();
    return entries.map((entry) => {
      const [stage, phase] = entry.stageAfter.split('.');
      return {
        ...entry,
        eventLabel: EVENT_LABELS[entry.eventType] ?? entry.eventType,
        stageAfterLabel: stageName({ procedure: row.procedure, machineVersion: entry.machineVersion, stage: stage ?? '', phase: phase ?? null }),
        roleLabel: ROLE_LABELS[entry.role] ?? entry.role,
      };
    });
  }
}

