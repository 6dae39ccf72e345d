import { chinaDate } from '../src/common/clock';
import { ALL_SECURE, SAMPLE_VISITORS } from '../workflows/identification/identification.fixtures';
import type { CaseView } from '../src/cases/case.view';
import { DeadlineEntity } from '../src/deadlines/deadline.entity';
import { seedDemoCases } from '../src/demo/demo-cases';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/demo-seed';
import { DeadlineFiringService } from '../src/worker/deadline-firing.service';
import { addMonths } from '../workflows/policy';
import { FakeClock } from './support/fake-clock';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * The "done means", on the demo data and the demo accounts, entirely through the API
 * (a clock the test moves stands in for the months): a registered household exits and its
 * follow-up visit falls due and is recorded; a second household is enrolled in monitoring, has
 * measures recorded, and after the guarded time its risk is eliminated and then rolled back.
 */
describe('Demo story: exit, follow-up, monitoring, elimination, rollback (e2e)', () => {
  const clock = new FakeClock(new Date('2026-11-30T02:00:00Z'));
  let sut: TestApp;
  const token: Record<'village' | 'township' | 'county', string> = { village: '', township: '', county: '' };
  let villageId = '';

  beforeAll(async () => {
    sut = await startTestApp({ clock, demo: true, runWorker: true, reconcileIntervalMs: 3_600_000 });
    expect(await seedDemo(sut.dataSource, clock)).toBe(true);
    await seedDemoCases(sut.app, clock);
    token.village = await sut.login('village-1', DEMO_PASSWORD);
    token.township = await sut.login('township-1', DEMO_PASSWORD);
    token.county = await sut.login('county', DEMO_PASSWORD);
    villageId = ((await sut.as(token.village).get('/me')).body as { regionId: string }).regionId;
  });

  afterAll(() => sut.close());

  const today = () => chinaDate(clock.now());
  const as = (role: keyof typeof token) => sut.as(token[role]);

  async function ok<T>(request: PromiseLike<{ status: number; body: unknown; text: string }>): Promise<T> {
    const response = await request;
    if (response.status >= 300) throw new Error(`${response.status} ${response.text}`);
    return response.body as T;
  }

  async function meeting(caseId: string): Promise<void> {
    await ok(as('village').post('/meetings').send({ kind: 'representatives', villageId, heldOn: today(), place: '村委会会议室', inOffice: 25, present: 21, minutes: '民主评议', votes: [{ caseId, inFavour: 18, against: 2, abstaining: 1 }] }));
  }

  /** Opens a notice, lets its window pass and ends it. */
  async function publicize(role: keyof typeof token, procedure: string, stage: string, caseId: string): Promise<void> {
    const opened = await ok<{ notice: { id: string; endsAt: string } }>(as(role).post('/publicity-notices').send({ villageId, procedure, stage, caseIds: [caseId] }));
    clock.set(new Date(Date.parse(opened.notice.endsAt) + 3_600_000));
    await ok(as(role).post(`/publicity-notices/${opened.notice.id}/end`));
  }

  /** Home check (already sent), cross-check, appraisal, publicity, township, county. */
  async function monitoringChain(caseId: string, objectType?: string): Promise<CaseView> {
    await ok(as('village').post(`/cases/${caseId}/cross-check`).send({ hits: [] }));
    await meeting(caseId);
    await publicize('village', (await ok<CaseView>(as('village').get(`/cases/${caseId}`))).procedure, 'village_publicity', caseId);
    await ok(as('township').post(`/cases/${caseId}/township-decision`).send({ decision: 'approve', reason: '同意' }));
    return ok<CaseView>(as('county').post(`/cases/${caseId}/county-decision`).send({ decision: 'approve', reason: '确认', ...(objectType ? { objectType } : {}) }));
  }

  /** A case opened on the first of the households without one running (the demo's cases hold some). */
  async function openOnFirst(households: { id: string }[], body: object): Promise<{ householdId: string; opened: CaseView }> {
    for (const { id } of households) {
      const response = await as('village').post('/cases').send({ householdId: id, ...body });
      if (response.status === 201) return { householdId: id, opened: response.body as CaseView };
    }
    throw new Error('no household could open the case');
  }

  const homeCheck = (caseId: string, incomeFound: number, reason?: string) =>
    ok<CaseView>(as('village').post(`/cases/${caseId}/home-check`).send({ visitedOn: today(), visitors: SAMPLE_VISITORS, consentSigned: true, incomeFound, incomeYear: Number(today().slice(0, 4)), livingConditions: ALL_SECURE, ...(reason ? { reason } : {}) }));

  it('a registered household exits; its follow-up visit falls due, the village is told, and records it', async () => {
    const registered = await ok<{ items: { id: string }[] }>(as('village').get('/households').query({ status: 'registered' }));
    const { householdId, opened: exit } = await openOnFirst(registered.items, { procedure: 'exit', application: { reasons: '务工收入稳定，两不愁三保障达标' } });
    await meeting(exit.id);
    await ok(as('village').post(`/cases/${exit.id}/exit-verification`).send({ visitedOn: today(), visitors: SAMPLE_VISITORS, incomeFound: 9200, incomeYear: 2026, livingConditions: ALL_SECURE }));
    await ok(as('village').post(`/cases/${exit.id}/acknowledgement`).send({ signatory: '户主', signedOn: today() }));
    await publicize('village', 'exit', 'village_publicity', exit.id);
    await ok(as('township').post(`/cases/${exit.id}/township-decision`).send({ decision: 'approve', reason: '同意退出' }));
    await publicize('county', 'exit', 'announcement', exit.id);
    const exited = await ok<CaseView>(as('village').get(`/cases/${exit.id}`));
    expect(exited.household).toMatchObject({ status: 'exited', exitYear: 2026 });

    const { items: visits } = await ok<{ items: { id: string; dueOn: string; exitCaseId: string }[] }>(as('village').get('/follow-up-visits'));
    const first = visits.filter((visit) => visit.exitCaseId === exit.id)[0];
    const { statusSince } = await ok<{ statusSince: string }>(as('village').get(`/households/${householdId}`));
    expect(first?.dueOn).toBe(addMonths(statusSince, 6));
    const deadline = await sut.dataSource.getRepository(DeadlineEntity).findOneByOrFail({ key: `follow-up:${first?.id ?? ''}` });
    clock.set(deadline.dueAt);
    expect(await sut.app.get(DeadlineFiringService).fire(deadline.id)).toEqual({ result: 'fired' });
    await waitFor('the village inbox', async () => {
      const inbox = await ok<{ items: { title: string; caseId: string }[] }>(as('village').get('/me/notifications').query({ limit: 200 }));
      return inbox.items.some((item) => item.title === '脱贫户回头看' && item.caseId === exit.id);
    });
    expect((await ok<{ items: { id: string }[] }>(as('village').get('/follow-up-visits').query({ due: true }))).items.map((visit) => visit.id)).toContain(first?.id);
    const recorded = await ok<{ atRisk: boolean }>(as('village').post(`/follow-up-visits/${first?.id ?? ''}`).send({ visitedOn: today(), visitors: SAMPLE_VISITORS, incomeFound: 9800, incomeYear: 2027, livingConditions: ALL_SECURE }));
    expect(recorded.atRisk).toBe(false);
  });

  it('a second household is enrolled, helped, its risk eliminated after six months, then rolled back', async () => {
    // A household with someone able to work: without, elimination is refused (tested elsewhere); demo members are random.
    const none = await ok<{ items: { id: string }[] }>(as('village').get('/households').query({ status: 'none', limit: 200 }));
    const withLabour: { id: string }[] = [];
    for (const item of none.items.reverse()) {
      const { members } = await ok<{ members: { labourCapacity: string }[] }>(as('village').get(`/households/${item.id}`));
      if (members.some((member) => member.labourCapacity === 'ordinary' || member.labourCapacity === 'skilled')) withLabour.push(item);
    }
    const { householdId, opened: enrol } = await openOnFirst(withLabour, { procedure: 'monitoring', application: { reasons: '家人患大病，医疗支出大', source: 'self_report' } });
    expect((await homeCheck(enrol.id, 5200)).stage.code).toBe('cross_check');
    const enrolled = await monitoringChain(enrol.id, 'sudden_hardship');
    expect(enrolled.household).toMatchObject({ status: 'monitored', monitoringObjectType: 'sudden_hardship' });

    const measure = await ok<{ id: string }>(as('village').post(`/households/${householdId}/measures`).send({ kind: 'medical_security', description: '大病专项救助、医疗费用报销' }));
    await ok(as('village').patch(`/measures/${measure.id}`).send({ status: 'done', doneOn: today() }));
    const enrolledOn = (await ok<{ statusSince: string }>(as('village').get(`/households/${householdId}/plan`))).statusSince;
    for (let month = 0; month < 6; month += 1) {
      const checkedOn = addMonths(enrolledOn, month);
      clock.set(`${checkedOn}T02:00:00Z`);
      await ok(as('village').post(`/households/${householdId}/income-checks`).send({ checkedOn, perCapitaIncome: 8000 + month * 100 }));
    }
    clock.set(`${addMonths(enrolledOn, 6)}T02:00:00Z`);
    const elimination = await ok<CaseView>(as('village').post('/cases').send({ householdId, procedure: 'risk_elimination', application: { reasons: '收入稳定，风险已消除' } }));
    expect((await homeCheck(elimination.id, 8800)).stage.code).toBe('cross_check');
    expect((await monitoringChain(elimination.id)).household.status).toBe('risk_eliminated');

    const rollback = await ok<CaseView>(as('village').post('/cases').send({ householdId, procedure: 'elimination_rollback', application: { reasons: '风险消除后再次发生大额医疗支出' } }));
    await homeCheck(rollback.id, 6100, '风险消除后再次发生大额医疗支出');
    expect((await monitoringChain(rollback.id)).household.status).toBe('monitored');

    const history = await ok<{ eventType: string }[]>(as('county').get(`/cases/${rollback.id}/history`));
    expect(history.map((entry) => entry.eventType)).toEqual([
      'CASE_OPENED', 'HOME_CHECK_RECORDED', 'CROSS_CHECK_RECORDED', 'APPRAISAL_RECORDED', 'PUBLICITY_OPENED', 'PUBLICITY_WINDOW_ENDED', 'TOWNSHIP_DECIDED', 'COUNTY_DECIDED',
    ]);
  });

  it('leaves a clean journal', async () => {
    expect(await ok(as('county').get('/audit/journal/verify'))).toMatchObject({ intact: true, firstBroken: null });
  });

  it('seeds exit candidates and a household ready for risk elimination', async () => {
    const registered = await ok<{ items: unknown[] }>(as('township').get('/households').query({ status: 'registered' }));
    expect(registered.items.length).toBeGreaterThanOrEqual(5);
    const monitored = await ok<{ items: { id: string }[] }>(as('county').get('/households').query({ status: 'monitored', limit: 200 }));
    expect(monitored.items.length).toBeGreaterThanOrEqual(4);
  });

  it('leaves work waiting for every demo office at each of its stages, the story dated over the weeks before now', async () => {
    const waiting = async (role: keyof typeof token) =>
      (await ok<{ procedure: string; stage: string; count: number }[]>(as(role).get('/cases/stage-counts').query({ waitingOnMe: true, procedure: 'identification' }))).map((count) => count.stage);
    expect(await waiting('village')).toEqual(expect.arrayContaining(['group_review', 'democratic_appraisal', 'verification', 'village_publicity']));
    expect(await waiting('township')).toEqual(expect.arrayContaining(['township_review', 'township_publicity']));
    expect(await waiting('county')).toEqual(expect.arrayContaining(['county_review', 'county_announcement']));
    const waitingIn = async (role: keyof typeof token, procedure: string) =>
      (await ok<{ stage: string }[]>(as(role).get('/cases/stage-counts').query({ waitingOnMe: true, procedure }))).map((count) => count.stage).sort();
    expect(await waitingIn('village', 'exit')).toEqual(['acknowledgement', 'proposal', 'verification', 'village_publicity']);
    expect(await waitingIn('township', 'exit')).toEqual(['township_review']);
    expect(await waitingIn('county', 'exit')).toEqual(['announcement']);
    expect(await waitingIn('village', 'monitoring')).toEqual(['appraisal', 'cross_check', 'home_check', 'village_publicity']);
    expect(await waitingIn('township', 'monitoring')).toEqual(['township_review']);
    expect(await waitingIn('county', 'monitoring')).toEqual(['county_confirmation']);
    expect(await waitingIn('village', 'risk_elimination')).toEqual(['home_check']);
    expect(await waitingIn('village', 'risk_lead')).toEqual(['accepted', 'received']);
    // One lead past its acceptance limit, a resident's report waiting for its household.
    const leads = await ok<{ items: { stageDueAt: string; createdAt: string; channel: string }[] }>(as('village').get('/cases').query({ procedure: 'risk_lead', final: 'false', stage: 'received' }));
    const [cadre, resident] = ['cadre_sweep', 'self_report'].map((channel) => leads.items.find((item) => item.channel === channel));
    // The cadre's lead was past its limit when the resident's came in, on the day the demo was made.
    expect(Date.parse(cadre?.stageDueAt ?? '')).toBeLessThan(Date.parse(resident?.createdAt ?? ''));
    expect((await ok<{ riskTypeLabel: string }[]>(as('village').get('/risk-reports'))).map((report) => report.riskTypeLabel)).toEqual(['因失业']);
    // Windows ran their days: the oldest entry lies weeks back, none after now.
    const [span] = await sut.dataSource.query<{ oldest: Date; newest: Date }[]>(`SELECT min(occurred_at) AS oldest, max(occurred_at) AS newest FROM case_event`);
    expect(clock.now().getTime() - new Date(span?.oldest ?? 0).getTime()).toBeGreaterThan(30 * 86_400_000);
    expect(new Date(span?.newest ?? 0).getTime()).toBeLessThanOrEqual(clock.now().getTime());
  });
});
