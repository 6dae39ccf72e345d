import { Like } from 'typeorm';
import { chinaDate } from '../../src/common/clock';
import { DEADLINE_KIND, deadlineKey } from '../../src/deadlines/deadline-keys';
import { DeadlineEntity } from '../../src/deadlines/deadline.entity';
import { CaseCommandService } from '../../src/cases/case-command.service';
import { PublicityService } from '../../src/publicity/publicity.service';
import { OutboxWriter } from '../../src/outbox/outbox.writer';
import { HelpCadresService } from '../../src/help-cadres/help-cadres.service';
import { DeadlineFiringService } from '../../src/worker/deadline-firing.service';
import type { Response } from 'supertest';
import type { CaseEvent } from '../../workflows/case-setup';
import type { CaseView } from '../../src/cases/case.view';
import type { EliminationFacts } from '../../workflows/monitoring/monitoring.types';
import type { FakeClock } from './fake-clock';
import { aMember, type RegionTree } from './fixtures';
import type { TestApp } from './test-app';

/** What a step answers: an HTTP response, or the same shape for a deadline fired. */
export type Answer = Pick<Response, 'status' | 'text' | 'body'>;

export interface Tokens {
  village: string;
  township: string;
  county: string;
}

/** Who opens (and settles objections of) each publicity stage, in every procedure. */
const OPENER: Record<string, keyof Tokens> = { village_publicity: 'village', township_publicity: 'township', county_announcement: 'county', announcement: 'county' };

/** Where each procedure's household must stand before a case can open, and since when. */
const STARTING_STATUS: Record<string, { status: string; since: string | null }> = {
  identification: { status: 'none', since: null },
  exit: { status: 'registered', since: '2025-06-01' },
  monitoring: { status: 'none', since: null },
  risk_elimination: { status: 'monitored', since: '2025-08-01' },
  elimination_rollback: { status: 'risk_eliminated', since: '2025-12-01' },
  exit_correction: { status: 'exited', since: '2025-12-01' },
};

/**
 * Turns machine events into the HTTP requests a person would make, so a path enumerated from
 * a machine can be replayed against the real API and database.
 */
export class CaseDriver {
  /** Sample objection and appeal ids (o-1, a-1) to the ids the API gave. */
  private readonly objectionIds = new Map<string, string>();
  private noticeId: string | null = null;
  private noticeEndsAt: string | null = null;
  private factsRecorded = false;

  constructor(
    private readonly sut: TestApp,
    private readonly tokens: Tokens,
    private readonly tree: RegionTree,
    private readonly clock: FakeClock,
    readonly caseId: string,
    readonly householdId: string | null = null,
  ) {}

  /**
   * A household placed in the status the procedure starts from (directly in the database: the
   * other procedures' own paths are tested elsewhere) and a case of that procedure on it.
   */
  static async openProcedure(sut: TestApp, tokens: Tokens, tree: RegionTree, clock: FakeClock, procedure: string, application: object = {}): Promise<CaseDriver> {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ phone: '13800000000' }), aMember({ name: '韦小梅', relation: 'spouse' })] });
    if (household.status !== 201) throw new Error(`household: ${household.status} ${household.text}`);
    const householdId = (household.body as { id: string }).id;
    const start = STARTING_STATUS[procedure] ?? { status: 'none', since: null };
    await sut.dataSource.query(`UPDATE household SET status = $2, status_since = $3 WHERE id = $1`, [householdId, start.status, start.since]);
    const token = procedure === 'exit_correction' ? tokens.county : tokens.village;
    // An enrolment records where the lead came from; a lead, its channel and the risk.
    const source = procedure === 'monitoring' ? { source: 'self_report' } : procedure === 'risk_lead' ? { channel: 'self_report', riskType: 'illness' } : {};
    const opened = await sut.as(token).post('/cases').send({ householdId, procedure, application: { reasons: '村民代表大会提出', ...source, ...application } });
    if (opened.status !== 201) throw new Error(`open case: ${opened.status} ${opened.text}`);
    return new CaseDriver(sut, tokens, tree, clock, (opened.body as CaseView).id, householdId);
  }

  static async openCase(sut: TestApp, tokens: Tokens, tree: RegionTree, clock: FakeClock, application: object = {}): Promise<CaseDriver> {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ phone: '13800000000' })] });
    if (household.status !== 201) throw new Error(`household: ${household.status} ${household.text}`);
    const opened = await sut
      .as(tokens.village)
      .post('/cases')
      .send({ householdId: (household.body as { id: string }).id, procedure: 'identification', application: { reasons: '因病致贫，收入低', crossCheckConsent: true, ...application } });
    if (opened.status !== 201) throw new Error(`open case: ${opened.status} ${opened.text}`);
    return new CaseDriver(sut, tokens, tree, clock, (opened.body as CaseView).id, (household.body as { id: string }).id);
  }

  /**
   * The household's records made to say what a sample elimination event says (the service
   * reads them, the client cannot send them): enrolment day and labour by SQL, measures and
   * income checks through the API, once.
   */
  private async recordEliminationFacts(facts: EliminationFacts): Promise<void> {
    const { sut, tokens } = this;
    const householdId = this.householdId ?? '';
    await sut.dataSource.query(`UPDATE household SET status_since = $2 WHERE id = $1`, [householdId, facts.enrolledOn]);
    await sut.dataSource.query(`UPDATE household_member SET labour_capacity = $2 WHERE household_id = $1`, [householdId, facts.membersAbleToWork > 0 ? 'ordinary' : 'none']);
    if (this.factsRecorded) return;
    this.factsRecorded = true;
    for (let done = 0; done < facts.measuresDone; done += 1) {
      const measure = await sut.as(tokens.village).post(`/households/${householdId}/measures`).send({ kind: 'employment', description: '安排公益性岗位' });
      await sut.as(tokens.village).patch(`/measures/${(measure.body as { id: string }).id}`).send({ status: 'done', doneOn: facts.enrolledOn });
    }
    for (const check of facts.incomeChecks) {
      await sut.as(tokens.village).post(`/households/${householdId}/income-checks`).send({ checkedOn: check.checkedOn, perCapitaIncome: check.income });
    }
  }

  /** Sends each event and fails on the first that is not accepted. */
  async run(...events: CaseEvent[]): Promise<CaseView> {
    for (const event of events) {
      const response = await this.send(event);
      if (response.status >= 300) throw new Error(`${event.type}: ${response.status} ${response.text}`);
    }
    return this.view();
  }

  /** Today in China on the test's clock, as the service dates records. */
  today(): string {
    return chinaDate(this.clock.now());
  }

  async view(): Promise<CaseView> {
    return (await this.sut.as(this.tokens.village).get(`/cases/${this.caseId}`)).body as CaseView;
  }

  /** The worker's firing of deadlines, on the API's services (the replays run no worker). */
  private firing(): DeadlineFiringService {
    const { app, dataSource } = this.sut;
    return new DeadlineFiringService(
      dataSource,
      app.get(PublicityService, { strict: false }),
      app.get(CaseCommandService, { strict: false }),
      this.clock,
      app.get(OutboxWriter, { strict: false }),
      app.get(HelpCadresService, { strict: false }),
    );
  }

  /**
   * A time limit falls due: the clock moves to its deadline and the worker's firing runs, as
   * the system would. Answers like a request: 201 when the case took the event.
   */
  private async fireLimit(type: 'LIMIT_REMINDER' | 'LIMIT_OVERDUE', limit: string): Promise<Answer> {
    const kind = type === 'LIMIT_REMINDER' ? DEADLINE_KIND.limitReminder : DEADLINE_KIND.limitOverdue;
    const deadline = await this.sut.dataSource
      .getRepository(DeadlineEntity)
      .findOne({ where: { caseId: this.caseId, kind, state: 'pending', key: Like(`${deadlineKey.limit(this.caseId, limit)}%`) }, order: { dueAt: 'DESC' } });
    if (!deadline) return { status: 409, text: `no pending ${kind} for ${limit}`, body: { code: 'NO_DEADLINE' } };
    const before = (await this.view()).version;
    if (this.clock.now() < deadline.dueAt) this.clock.set(deadline.dueAt);
    await this.firing().fire(deadline.id);
    const after = await this.view();
    return after.version > before ? { status: 201, text: '', body: after } : { status: 409, text: 'not taken', body: after };
  }

  /** Sends one event the way staff would (or the system, for time limits); answers the HTTP response. */
  async send(event: CaseEvent): Promise<Answer> {
    const { sut, tokens, caseId } = this;
    const today = this.today();
    switch (event.type) {
      case 'SUBMIT':
        return sut.as(tokens.village).post(`/cases/${caseId}/submit`);
      case 'WITHDRAW':
        return sut.as(tokens.village).post(`/cases/${caseId}/withdraw`).send({ reason: event.reason });
      case 'GROUP_REVIEW_RECORDED':
        return sut.as(tokens.village).post('/meetings').send({
          kind: 'group_review',
          villageId: this.tree.villageA1.id,
          groupId: this.tree.groupA1.id,
          heldOn: today,
          place: '一组晒谷场',
          present: 25,
          attendees: ['韦组长', '黄某', '李某'],
          minutes: '申请人陈述理由，群众评议',
          votes: [{ caseId, recommended: event.recommended, ...(event.reason ? { reason: event.reason } : {}) }],
        });
      case 'APPRAISAL_RECORDED':
        return sut.as(tokens.village).post('/meetings').send({
          kind: 'representatives',
          villageId: this.tree.villageA1.id,
          heldOn: today,
          place: '村委会会议室',
          inOffice: event.inOffice,
          present: event.present,
          minutes: '村民代表大会民主评议',
          votes: [{ caseId, inFavour: event.inFavour, against: event.against, abstaining: event.abstaining, cadreRelationDeclared: event.cadreRelationDeclared }],
        });
      case 'VERIFICATION_RECORDED':
        return sut.as(tokens.village).post(`/cases/${caseId}/verification`).send({
          visitedOn: today,
          visitors: event.visitors,
          fullHomeVisit: event.fullHomeVisit,
          incomeFound: event.incomeFound,
          incomeYear: event.incomeYear,
          livingConditions: event.livingConditions,
          exclusionChecks: event.exclusionChecks,
          crossCheckHits: event.crossCheckHits.map((hit) => (hit.resolution ? hit : { source: hit.source })),
          ...(event.eligible === null ? {} : { eligible: event.eligible }),
          ...(event.reason ? { reason: event.reason } : {}),
        });
      case 'PUBLICITY_OPENED': {
        const stage = (await this.view()).stage.code;
        const { procedure } = await this.view();
        const response = await sut.as(tokens[OPENER[stage] ?? 'village']).post('/publicity-notices').send({ villageId: this.tree.villageA1.id, procedure, stage, caseIds: [caseId] });
        const notice = (response.body as { notice?: { id: string; endsAt: string } }).notice;
        this.noticeId = notice?.id ?? null;
        this.noticeEndsAt = notice?.endsAt ?? null;
        return response;
      }
      case 'PUBLICITY_WINDOW_ENDED': {
        const stage = (await this.view()).stage.code;
        // Time passes: an hour after the window's end.
        if (this.noticeEndsAt) this.clock.set(new Date(Date.parse(this.noticeEndsAt) + 3_600_000));
        return sut.as(tokens[OPENER[stage] ?? 'village']).post(`/publicity-notices/${this.noticeId ?? ''}/end`);
      }
      case 'OBJECTION_FILED':
      case 'APPEAL_FILED': {
        const sampleId = event.type === 'OBJECTION_FILED' ? event.objectionId : event.appealId;
        const stage = (await this.view()).stage.code;
        const before = new Set((await this.view()).openObjections.map((objection) => objection.id));
        const response = await sut.as(tokens[OPENER[stage] ?? 'village']).post(`/cases/${caseId}/objections`).send({
          kind: event.type === 'OBJECTION_FILED' ? 'objection' : 'appeal',
          objectorName: '黄某',
          objectorContact: '13900000000',
          reason: '反映该户家中有小轿车',
        });
        const created = ((response.body as CaseView).openObjections ?? []).find((objection) => !before.has(objection.id));
        if (created) this.objectionIds.set(sampleId, created.id);
        return response;
      }
      case 'OBJECTION_RESOLVED':
      case 'APPEAL_ANSWERED': {
        const sampleId = event.type === 'OBJECTION_RESOLVED' ? event.objectionId : event.appealId;
        const stage = (await this.view()).stage.code;
        const finding = event.type === 'OBJECTION_RESOLVED' ? event.finding : event.answer;
        return sut.as(tokens[OPENER[stage] ?? 'village']).post(`/objections/${this.objectionIds.get(sampleId) ?? sampleId}/finding`).send({ upheld: event.upheld, finding });
      }
      case 'TOWNSHIP_DECIDED':
        return sut.as(tokens.township).post(`/cases/${caseId}/township-decision`).send({ decision: event.decision, reason: event.reason });
      case 'COUNTY_DECIDED':
        return sut.as(tokens.county).post(`/cases/${caseId}/county-decision`).send({ decision: event.decision, reason: event.reason, ...(event.objectType ? { objectType: event.objectType } : {}) });
      case 'EXIT_VERIFICATION_RECORDED':
        return sut.as(tokens.village).post(`/cases/${caseId}/exit-verification`).send({
          visitedOn: today,
          visitors: event.visitors,
          incomeFound: event.incomeFound,
          incomeYear: event.incomeYear,
          livingConditions: event.livingConditions,
        });
      case 'HOUSEHOLD_ACKNOWLEDGED':
        return sut.as(tokens.village).post(`/cases/${caseId}/acknowledgement`).send({ signatory: '韦建国', signedOn: today });
      case 'HOUSEHOLD_REFUSED':
        return sut.as(tokens.village).post(`/cases/${caseId}/refusal`).send({ reason: event.reason, next: event.next });
      case 'HOME_CHECK_RECORDED':
        if (event.elimination) await this.recordEliminationFacts(event.elimination);
        return sut.as(tokens.village).post(`/cases/${caseId}/home-check`).send({
          visitedOn: today,
          visitors: event.visitors,
          consentSigned: event.consentSigned,
          incomeFound: event.incomeFound,
          incomeYear: event.incomeYear,
          livingConditions: event.livingConditions,
          ...(event.reason ? { reason: event.reason } : {}),
        });
      case 'CROSS_CHECK_RECORDED':
        return sut.as(tokens.village).post(`/cases/${caseId}/cross-check`).send({ hits: event.hits.map((hit) => (hit.resolution ? hit : { source: hit.source })) });
      case 'PUBLICITY_CANCELLED': {
        const stage = (await this.view()).stage.code;
        return sut.as(tokens[OPENER[stage] ?? 'village']).post(`/publicity-notices/${this.noticeId ?? ''}/cancel`).send({ reason: event.reason });
      }
      case 'LIMIT_REMINDER':
      case 'LIMIT_OVERDUE':
        return this.fireLimit(event.type, event.limit);
      case 'LEAD_ACCEPTED':
        return sut.as(tokens.village).post(`/cases/${caseId}/lead-acceptance`);
      case 'LEAD_DISMISSED':
        return sut.as(tokens.village).post(`/cases/${caseId}/lead-dismissal`).send({ reason: event.reason, explanation: event.explanation });
      case 'LEAD_CLEARED':
        return sut.as(tokens.village).post(`/cases/${caseId}/lead-clearance`).send({ checkedOn: today, facts: event.facts });
      case 'ENROLMENT_OPENED':
        // The enrolment the API opens is the one the lead names: the sample's id stands for it.
        return event.caseId ? sut.as(tokens.village).post(`/cases/${caseId}/enrolment`) : { status: 409, text: 'no case named', body: {} };
    }
  }
}
