import type { Response } from 'supertest';
import type { IdentificationEvent } from '../../workflows/identification/identification.types';
import type { CaseView } from '../../src/cases/case.view';
import type { FakeClock } from './fake-clock';
import { aMember, type RegionTree } from './fixtures';
import type { TestApp } from './test-app';

export interface Tokens {
  village: string;
  township: string;
  county: string;
}

const OPENER: Record<string, keyof Tokens> = { village_publicity: 'village', township_publicity: 'township', county_announcement: 'county' };

/**
 * Turns machine events into the HTTP requests a person would make, so a path enumerated from
 * the machine can be replayed against the real API and database.
 */
export class IdentificationDriver {
  /** Sample objection and appeal ids (o-1, a-1) to the ids the API gave. */
  private readonly objectionIds = new Map<string, string>();
  private noticeId: string | null = null;
  private noticeEndsAt: string | null = null;

  constructor(
    private readonly sut: TestApp,
    private readonly tokens: Tokens,
    private readonly tree: RegionTree,
    private readonly clock: FakeClock,
    readonly caseId: string,
  ) {}

  static async openCase(sut: TestApp, tokens: Tokens, tree: RegionTree, clock: FakeClock, application: object = {}): Promise<IdentificationDriver> {
    const household = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ phone: '13800000000' })] });
    if (household.status !== 201) throw new Error(`household: ${household.status} ${household.text}`);
    const opened = await sut
      .as(tokens.village)
      .post('/cases')
      .send({ householdId: (household.body as { id: string }).id, procedure: 'identification', application: { reasons: '因病致贫，收入低', crossCheckConsent: true, ...application } });
    if (opened.status !== 201) throw new Error(`open case: ${opened.status} ${opened.text}`);
    return new IdentificationDriver(sut, tokens, tree, clock, (opened.body as CaseView).id);
  }

  async view(): Promise<CaseView> {
    return (await this.sut.as(this.tokens.village).get(`/cases/${this.caseId}`)).body as CaseView;
  }

  /** Sends one event the way staff would; answers the HTTP response. */
  async send(event: IdentificationEvent): Promise<Response> {
    const { sut, tokens, caseId } = this;
    const today = this.clock.now().toISOString().slice(0, 10);
    switch (event.type) {
      case 'SUBMIT':
        return sut.as(tokens.village).post(`/cases/${caseId}/submit`);
      case 'WITHDRAW':
        return sut.as(tokens.village).post(`/cases/${caseId}/withdraw`).send({ reason: event.reason });
      case 'GROUP_REVIEW_RECORDED':
        return sut.as(tokens.village).post('/meetings').send({
          kind: 'group_review',
          villageId: this.tree.villageA1.id,
          heldOn: today,
          place: '一组晒谷场',
          present: 25,
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
          incomeFound: 2800,
          exclusionChecks: event.exclusionChecks,
          crossCheckHits: event.crossCheckHits.map((hit) => (hit.resolution ? hit : { source: hit.source })),
          eligible: event.eligible,
          ...(event.reason ? { reason: event.reason } : {}),
        });
      case 'PUBLICITY_OPENED': {
        const stage = (await this.view()).stage.code;
        const response = await sut.as(tokens[OPENER[stage] ?? 'village']).post('/publicity-notices').send({ villageId: this.tree.villageA1.id, stage, caseIds: [caseId] });
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
        return sut.as(tokens.county).post(`/cases/${caseId}/county-decision`).send({ decision: event.decision, reason: event.reason });
      case 'PUBLICITY_CANCELLED': {
        const stage = (await this.view()).stage.code;
        return sut.as(tokens[OPENER[stage] ?? 'village']).post(`/publicity-notices/${this.noticeId ?? ''}/cancel`).send({ reason: event.reason });
      }
    }
  }
}
