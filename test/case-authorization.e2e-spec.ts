import type { Response } from 'supertest';
import { AccessDenialEntity } from '../src/audit/access-denial.entity';
import { CaseEventEntity } from '../src/cases/case-event.entity';
import { sample } from '../workflows/identification/identification.fixtures';
import type { CaseEvent } from '../workflows/case-setup';
import { exitSample } from '../workflows/exit/exit.fixtures';
import { monitoringSample } from '../workflows/monitoring/monitoring.fixtures';
import { DEFAULT_POLICY } from '../workflows/policy';
import { FakeClock } from './support/fake-clock';
import { aMember, createAccount, PASSWORD, seedRegionTree, type RegionTree } from './support/fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import { startTestApp, type TestApp } from './support/test-app';

type ActorName = 'villageA1' | 'villageA2' | 'townshipA' | 'townshipB' | 'county' | 'otherCounty' | 'admin';

/** Where each account stands towards a case of village A1. */
const OUTSIDE: ActorName[] = ['villageA2', 'townshipB', 'otherCounty'];
const ROLE_OF: Record<ActorName, string> = {
  villageA1: 'village',
  villageA2: 'village',
  townshipA: 'township',
  townshipB: 'township',
  county: 'county',
  otherCounty: 'county',
  admin: 'admin',
};

const TO_VERIFICATION = [sample.submit(), sample.groupReview(true), sample.appraisal()];
const TO_VILLAGE_OPEN = [...TO_VERIFICATION, sample.verification(), sample.publicityOpened()];
const TO_TOWNSHIP_REVIEW = [...TO_VILLAGE_OPEN, sample.windowEnded()];
const TO_COUNTY_REVIEW = [...TO_TOWNSHIP_REVIEW, sample.township('approve'), sample.publicityOpened(), sample.windowEnded()];

interface Endpoint {
  name: string;
  /** The procedure of the case the endpoint acts on (identification when absent). */
  procedure?: string;
  /** Events that bring a fresh case to where the endpoint applies. */
  setup: CaseEvent[];
  /** The roles that may call it, inside the jurisdiction. */
  roles: string[];
  call(sut: TestApp, token: string, driver: CaseDriver, tree: RegionTree, staff: Tokens): Promise<Response> | Response | PromiseLike<Response>;
}

/** A visit on the case's day (the tests' clock moves); exit and monitoring visits take these facts. */
const visit = (d: CaseDriver) => ({ visitedOn: d.today(), visitors: exitSample.verification().visitors, incomeFound: 8200, incomeYear: 2025, livingConditions: exitSample.verification().livingConditions });
const EXIT_TO_ACKNOWLEDGEMENT = [sample.appraisal(), exitSample.verification()];
const EXIT_TO_TOWNSHIP = [...EXIT_TO_ACKNOWLEDGEMENT, exitSample.acknowledged(), sample.publicityOpened(), sample.windowEnded()];
const MONITORING_TO_COUNTY = [monitoringSample.homeCheck(), monitoringSample.crossCheck(), sample.appraisal(), sample.publicityOpened(), sample.windowEnded(), sample.township('approve')];

/** Exit, monitoring and household-plan endpoints (issue: exit and monitoring). */
const LATER_ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /cases (exit)',
    procedure: 'exit',
    setup: [],
    roles: ['village'],
    call: async (sut, token, _d, tree, staff) => {
      const household = await sut.as(staff.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember()] });
      const householdId = (household.body as { id: string }).id;
      await sut.dataSource.query(`UPDATE household SET status = 'registered', status_since = '2025-01-01' WHERE id = $1`, [householdId]);
      return sut.as(token).post('/cases').send({ householdId, procedure: 'exit', application: { reasons: '收入稳定' } });
    },
  },
  { name: 'POST /cases/:id/exit-verification', procedure: 'exit', setup: [sample.appraisal()], roles: ['village'], call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/exit-verification`).send(visit(d)) },
  {
    name: 'POST /cases/:id/acknowledgement',
    procedure: 'exit',
    setup: EXIT_TO_ACKNOWLEDGEMENT,
    roles: ['village'],
    call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/acknowledgement`).send({ signatory: '韦建国', signedOn: '2026-03-02' }),
  },
  {
    name: 'POST /cases/:id/refusal',
    procedure: 'exit',
    setup: EXIT_TO_ACKNOWLEDGEMENT,
    roles: ['village'],
    call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/refusal`).send({ reason: '不认可', next: 'reverify' }),
  },
  {
    name: 'POST /publicity-notices (exit announcement)',
    procedure: 'exit',
    setup: [...EXIT_TO_TOWNSHIP, sample.township('approve')],
    roles: ['county'],
    call: (sut, token, d, tree) => sut.as(token).post('/publicity-notices').send({ villageId: tree.villageA1.id, procedure: 'exit', stage: 'announcement', caseIds: [d.caseId] }),
  },
  { name: 'POST /cases/:id/township-decision (exit)', procedure: 'exit', setup: EXIT_TO_TOWNSHIP, roles: ['township'], call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/township-decision`).send({ decision: 'approve', reason: '同意' }) },
  {
    name: 'POST /cases/:id/home-check',
    procedure: 'monitoring',
    setup: [],
    roles: ['village'],
    call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/home-check`).send({ ...visit(d), incomeFound: 5600, incomeYear: 2026, consentSigned: true }),
  },
  {
    name: 'POST /cases/:id/cross-check',
    procedure: 'monitoring',
    setup: [monitoringSample.homeCheck()],
    roles: ['village'],
    call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/cross-check`).send({ hits: [{ source: '车辆登记', resolution: 'cleared' }] }),
  },
  {
    name: 'POST /cases/:id/county-decision (monitoring)',
    procedure: 'monitoring',
    setup: MONITORING_TO_COUNTY,
    roles: ['county'],
    call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/county-decision`).send({ decision: 'approve', reason: '确认', objectType: 'marginal' }),
  },
  { name: 'GET /households/:id/plan', procedure: 'risk_elimination', setup: [], roles: ['village', 'township', 'county'], call: (sut, token, d) => sut.as(token).get(`/households/${d.householdId ?? ''}/plan`) },
  {
    name: 'POST /households/:id/measures',
    procedure: 'risk_elimination',
    setup: [],
    roles: ['village'],
    call: (sut, token, d) => sut.as(token).post(`/households/${d.householdId ?? ''}/measures`).send({ kind: 'industry', description: '发展特色种植' }),
  },
  {
    name: 'PATCH /measures/:id',
    procedure: 'risk_elimination',
    setup: [],
    roles: ['village'],
    call: async (sut, token, d, _tree, staff) => {
      const measure = await sut.as(staff.village).post(`/households/${d.householdId ?? ''}/measures`).send({ kind: 'industry', description: '发展特色种植' });
      return sut.as(token).patch(`/measures/${(measure.body as { id: string }).id}`).send({ status: 'in_progress' });
    },
  },
  {
    name: 'POST /households/:id/income-checks',
    procedure: 'risk_elimination',
    setup: [],
    roles: ['village'],
    call: (sut, token, d) => sut.as(token).post(`/households/${d.householdId ?? ''}/income-checks`).send({ checkedOn: '2026-03-01', perCapitaIncome: 8000 }),
  },
  {
    name: 'POST /follow-up-visits/:id',
    procedure: 'exit_correction',
    setup: [],
    roles: ['village'],
    call: async (sut, token, d) => {
      const [due] = await sut.dataSource.query<{ id: string }[]>(
        `INSERT INTO follow_up_visit (household_id, village_code, exit_case_id, due_on) SELECT household_id, village_code, id, '2026-03-01' FROM procedure_case WHERE id = $1 RETURNING id`,
        [d.caseId],
      );
      return sut.as(token).post(`/follow-up-visits/${due?.id ?? ''}`).send({ ...visit(d), incomeFound: 9000, incomeYear: 2026 });
    },
  },
];

const IDENTIFICATION_ENDPOINTS: Endpoint[] = [
  { name: 'GET /cases/:id', setup: [], roles: ['village', 'township', 'county'], call: (sut, token, d) => sut.as(token).get(`/cases/${d.caseId}`) },
  { name: 'GET /cases/:id/history', setup: [], roles: ['village', 'township', 'county'], call: (sut, token, d) => sut.as(token).get(`/cases/${d.caseId}/history`) },
  { name: 'GET /cases?regionId', setup: [], roles: ['village', 'township', 'county'], call: (sut, token, _d, tree) => sut.as(token).get('/cases').query({ regionId: tree.villageA1.id }) },
  { name: 'POST /cases/:id/submit', setup: [], roles: ['village'], call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/submit`) },
  { name: 'POST /cases/:id/withdraw', setup: [], roles: ['village'], call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/withdraw`).send({ reason: '撤回' }) },
  {
    name: 'POST /meetings (group review)',
    setup: [sample.submit()],
    roles: ['village'],
    call: (sut, token, d, tree) =>
      sut.as(token).post('/meetings').send({ kind: 'group_review', villageId: tree.villageA1.id, groupId: tree.groupA1.id, attendees: ['韦组长'], heldOn: '2026-03-01', place: '一组', present: 20, minutes: '评议', votes: [{ caseId: d.caseId, recommended: true }] }),
  },
  {
    name: 'POST /cases/:id/verification',
    setup: TO_VERIFICATION,
    roles: ['village'],
    call: (sut, token, d) => {
      const event = sample.verification();
      return sut.as(token).post(`/cases/${d.caseId}/verification`).send({ visitedOn: d.today(), visitors: event.visitors, fullHomeVisit: true, exclusionChecks: event.exclusionChecks, crossCheckHits: [], incomeFound: event.incomeFound, incomeYear: event.incomeYear, livingConditions: event.livingConditions });
    },
  },
  {
    name: 'POST /publicity-notices (village)',
    setup: [...TO_VERIFICATION, sample.verification()],
    roles: ['village'],
    call: (sut, token, d, tree) => sut.as(token).post('/publicity-notices').send({ villageId: tree.villageA1.id, stage: 'village_publicity', caseIds: [d.caseId] }),
  },
  {
    name: 'POST /cases/:id/objections',
    setup: TO_VILLAGE_OPEN,
    roles: ['village'],
    call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/objections`).send({ kind: 'objection', objectorName: '甲', reason: '有异议' }),
  },
  { name: 'POST /cases/:id/township-decision', setup: TO_TOWNSHIP_REVIEW, roles: ['township'], call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/township-decision`).send({ decision: 'approve', reason: '同意' }) },
  { name: 'POST /cases/:id/county-decision', setup: TO_COUNTY_REVIEW, roles: ['county'], call: (sut, token, d) => sut.as(token).post(`/cases/${d.caseId}/county-decision`).send({ decision: 'approve', reason: '同意' }) },
];

const ENDPOINTS = [...IDENTIFICATION_ENDPOINTS, ...LATER_ENDPOINTS];

describe('Case endpoints: role × jurisdiction (e2e)', () => {
  const clock = new FakeClock(new Date('2026-03-02T02:00:00Z'));
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  const actors = {} as Record<ActorName, string>;

  beforeAll(async () => {
    sut = await startTestApp({ clock });
    tree = await seedRegionTree(sut.dataSource);
    const accounts: [ActorName, string, Parameters<typeof createAccount>[3]][] = [
      ['villageA1', 'village', tree.villageA1],
      ['villageA2', 'village', tree.villageA2],
      ['townshipA', 'township', tree.townshipA],
      ['townshipB', 'township', tree.townshipB],
      ['county', 'county', tree.county],
      ['otherCounty', 'county', tree.otherCounty],
      ['admin', 'admin', null],
    ];
    for (const [name, role, region] of accounts) {
      await createAccount(sut.dataSource, name.toLowerCase(), role as never, region);
      actors[name] = await sut.login(name.toLowerCase(), PASSWORD);
    }
    tokens = { village: actors.villageA1, township: actors.townshipA, county: actors.county };
  });

  afterAll(() => sut.close());

  const cases = ENDPOINTS.flatMap((endpoint) => (Object.keys(ROLE_OF) as ActorName[]).map((actor) => [endpoint.name, actor, endpoint] as const));

  it.each(cases)('%s as %s', async (_name, actor, endpoint) => {
    const driver = endpoint.procedure ? await CaseDriver.openProcedure(sut, tokens, tree, clock, endpoint.procedure) : await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(...endpoint.setup);
    const journal = await sut.dataSource.getRepository(CaseEventEntity).countBy({ caseId: driver.caseId });
    const denials = await sut.dataSource.getRepository(AccessDenialEntity).count();

    const response = await endpoint.call(sut, actors[actor], driver, tree, tokens);

    const roleAllowed = endpoint.roles.includes(ROLE_OF[actor]);
    if (OUTSIDE.includes(actor)) {
      // Outside and of the wrong role: whichever check comes first refuses.
      expect(response.status).toBe(403);
      expect(roleAllowed ? ['OUTSIDE_JURISDICTION'] : ['OUTSIDE_JURISDICTION', 'ROLE_NOT_ALLOWED']).toContain((response.body as { code: string }).code);
    } else if (!roleAllowed) {
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
    } else {
      expect(response.status).toBeLessThan(300);
      return;
    }
    expect(await sut.dataSource.getRepository(CaseEventEntity).countBy({ caseId: driver.caseId })).toBe(journal);
    expect(await sut.dataSource.getRepository(AccessDenialEntity).count()).toBe(denials + 1);
  });

  it('lets a county publish its own policy only', async () => {
    expect((await sut.as(actors.county).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY)).status).toBe(200);
    expect((await sut.as(actors.otherCounty).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY)).status).toBe(403);
    expect((await sut.as(actors.townshipA).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY)).status).toBe(403);
    expect((await sut.as(actors.townshipA).get(`/counties/${tree.county.id}/policy`)).status).toBe(403);
    const bad = await sut.as(actors.county).put(`/counties/${tree.county.id}/policy`).send({ ...DEFAULT_POLICY, publicityDays: { village: 2, township: 7, county: 7 } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errors: [{ field: 'publicityDays.village' }] });
  });

  it('lists what waits on each office', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    for (const event of TO_TOWNSHIP_REVIEW) await driver.send(event);
    const township = await sut.as(actors.townshipA).get('/cases').query({ waitingOnMe: 'true', limit: 200 });
    expect((township.body as { items: { id: string; awaitingRole: string }[] }).items.map((item) => item.id)).toContain(driver.caseId);
    expect((township.body as { items: { awaitingRole: string }[] }).items.every((item) => item.awaitingRole === 'township')).toBe(true);
    const village = await sut.as(actors.villageA1).get('/cases').query({ waitingOnMe: 'true', limit: 200 });
    expect((village.body as { items: { id: string }[] }).items.map((item) => item.id)).not.toContain(driver.caseId);
    const view = await sut.as(actors.townshipA).get(`/cases/${driver.caseId}`);
    expect(view.body).toMatchObject({ allowedActions: [{ event: 'TOWNSHIP_DECIDED' }] });
    const villageView = await sut.as(actors.villageA1).get(`/cases/${driver.caseId}`);
    expect(villageView.body).toMatchObject({ allowedActions: [{ event: 'WITHDRAW' }] });
  });
});
