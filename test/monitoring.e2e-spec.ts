import { chinaDate } from '../src/common/clock';
import { CaseEntity } from '../src/cases/case.entity';
import { ALL_SECURE, sample, SAMPLE_VISITORS } from '../workflows/identification/identification.fixtures';
import { monitoringSample } from '../workflows/monitoring/monitoring.fixtures';
import { addMonths, DEFAULT_POLICY } from '../workflows/policy';
import type { CaseView } from '../src/cases/case.view';
import type { MemberDto } from '../src/households/dto/member.dto';
import { DeadlineEntity } from '../src/deadlines/deadline.entity';
import { DeadlineFiringService } from '../src/worker/deadline-firing.service';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { aMember, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

describe('Monitoring, household plan and risk elimination (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ start: '2026-03-02T02:00:00Z', runWorker: true, reconcileIntervalMs: 3_600_000 }));
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY)).status).toBe(200);
  });

  afterAll(() => sut.close());

  const today = () => chinaDate(clock.now());

  async function newHousehold(labourCapacity: MemberDto['labourCapacity'] = 'ordinary'): Promise<string> {
    const created = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ labourCapacity, phone: '13800000000' })] });
    expect(created.status).toBe(201);
    return (created.body as { id: string }).id;
  }

  const open = (householdId: string, procedure: string, application: object = {}) =>
    sut.as(tokens.village).post('/cases').send({ householdId, procedure, application: { reasons: '因病支出骤增', ...application } });

  const homeCheck = (caseId: string, facts: object = {}) =>
    sut.as(tokens.village).post(`/cases/${caseId}/home-check`).send({ visitedOn: today(), visitors: SAMPLE_VISITORS, consentSigned: true, incomeFound: 5600, incomeYear: 2026, livingConditions: ALL_SECURE, ...facts });

  /** From the cross-check to county confirmation, as staff would. */
  async function throughTheChain(driver: CaseDriver, objectType: 'marginal' | null): Promise<CaseView> {
    return driver.run(monitoringSample.crossCheck(), sample.appraisal(), sample.publicityOpened(), sample.windowEnded(), sample.township('approve'), monitoringSample.county('approve', objectType));
  }

  it('an enrolment needs the lead source; the window is the monitoring publicity (5 days)', async () => {
    const householdId = await newHousehold();
    const missing = await open(householdId, 'monitoring');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ errors: [{ field: 'application.source' }] });
    const opened = await open(householdId, 'monitoring', { source: 'department_alert' });
    expect(opened.status).toBe(201);
    const driver = new CaseDriver(sut, tokens, tree, clock, (opened.body as CaseView).id, householdId);
    expect((await homeCheck(driver.caseId, { consentSigned: false })).body).toMatchObject({ code: 'RULE_VIOLATION', errors: [{ field: 'consentSigned' }] });
    expect((await homeCheck(driver.caseId)).status).toBe(201);
    await driver.run(monitoringSample.crossCheck(), sample.appraisal());
    const notice = await sut.as(tokens.village).post('/publicity-notices').send({ villageId: tree.villageA1.id, procedure: 'monitoring', stage: 'village_publicity', caseIds: [driver.caseId] });
    expect(notice.status).toBe(201);
    const { startsOn, endsAt } = (notice.body as { notice: { startsOn: string; endsAt: string } }).notice;
    // Five calendar days from the opening day, to 24:00 China time of the fifth.
    expect(Date.parse(endsAt) - Date.parse(`${startsOn}T16:00:00Z`)).toBe(4 * 86_400_000);
    const wrongStage = await sut.as(tokens.county).post('/publicity-notices').send({ villageId: tree.villageA1.id, procedure: 'monitoring', stage: 'county_announcement', caseIds: [driver.caseId] });
    expect(wrongStage.body).toMatchObject({ errors: [{ field: 'stage' }] });
  });

  it('refuses a home check dated before the lead or with an income of a year to come, and changes nothing', async () => {
    const householdId = await newHousehold();
    const caseId = ((await open(householdId, 'monitoring', { source: 'self_report' })).body as CaseView).id;
    const before = await sut.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId });
    const yearAhead = await homeCheck(caseId, { incomeYear: 2031 });
    expect(yearAhead.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'incomeYear' }] });
    const beforeLead = await homeCheck(caseId, { visitedOn: addMonths(today(), -1) });
    expect(beforeLead.body).toMatchObject({ errors: [{ field: 'visitedOn', reason: expect.stringContaining('早于案件受理日期') as string }] });
    expect((await sut.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId })).version).toBe(before.version);
    expect(await sut.dataSource.query('SELECT 1 FROM verification WHERE case_id = $1', [caseId])).toEqual([]);
  });

  it('a home check that finds income exactly at the monitoring line does not enrol', async () => {
    const householdId = await newHousehold();
    const caseId = ((await open(householdId, 'monitoring', { source: 'self_report' })).body as CaseView).id;
    const response = await homeCheck(caseId, { incomeFound: 7500 });
    expect(response.body).toMatchObject({ stage: { code: 'rejected' }, rejection: { reason: '入户核查未发现返贫致贫风险' }, household: { status: 'none' } });
  });

  it('the 15-day limit reminds the village, then escalates to the township; the case is listed overdue', async () => {
    const householdId = await newHousehold();
    const caseId = ((await open(householdId, 'monitoring', { source: 'cadre_sweep' })).body as CaseView).id;
    const deadlines = await sut.dataSource.getRepository(DeadlineEntity).find({ where: { caseId }, order: { dueAt: 'ASC' } });
    expect(deadlines.map((deadline) => deadline.kind)).toEqual(['time_limit_reminder', 'time_limit_overdue']);
    const firing = sut.app.get(DeadlineFiringService);
    const started = clock.now();
    for (const deadline of deadlines) {
      clock.set(deadline.dueAt);
      expect(await firing.fire(deadline.id)).toEqual({ result: 'fired' });
    }
    const told = await sut.dataSource.query<{ recipient: string; template: string }[]>(
      `SELECT payload->>'recipient' AS recipient, payload->>'template' AS template FROM outbox WHERE case_id = $1 AND payload->>'template' LIKE 'procedure_%' ORDER BY id`,
      [caseId],
    );
    expect(told).toEqual([{ recipient: 'village', template: 'procedure_reminder' }, { recipient: 'township', template: 'procedure_overdue' }]);
    // Each is a journal entry by the system, in the case's history.
    const history = (await sut.as(tokens.village).get(`/cases/${caseId}/history`)).body as { eventType: string; role: string; payload: { limit: string } }[];
    expect(history.slice(-2).map((entry) => [entry.eventType, entry.role, entry.payload.limit])).toEqual([
      ['LIMIT_REMINDER', 'system', 'procedure'],
      ['LIMIT_OVERDUE', 'system', 'procedure'],
    ]);
    clock.set(new Date(clock.now().getTime() + 1000));
    const overdue = (await sut.as(tokens.township).get('/cases').query({ overdue: true, procedure: 'monitoring' })).body as { items: { id: string }[] };
    expect(overdue.items.map((item) => item.id)).toContain(caseId);
    clock.set(started);
  });

  describe('a household enrolled, helped, its risk eliminated after the guarded time, then rolled back', () => {
    let householdId: string;

    it('is enrolled with an object type; the county must name it', async () => {
      householdId = await newHousehold();
      const driver = new CaseDriver(sut, tokens, tree, clock, ((await open(householdId, 'monitoring', { source: 'self_report' })).body as CaseView).id, householdId);
      await driver.run(monitoringSample.homeCheck());
      await driver.run(monitoringSample.crossCheck(), sample.appraisal(), sample.publicityOpened(), sample.windowEnded(), sample.township('approve'));
      const untyped = await sut.as(tokens.county).post(`/cases/${driver.caseId}/county-decision`).send({ decision: 'approve', reason: '符合条件' });
      expect(untyped.body).toMatchObject({ code: 'RULE_VIOLATION', errors: [{ field: 'objectType' }] });
      // The command's own answer shows the status it set.
      const answer = await driver.send(monitoringSample.county('approve', 'sudden_hardship'));
      expect((answer.body as CaseView).household).toMatchObject({ status: 'monitored', monitoringObjectType: 'sudden_hardship' });
      const view = await driver.view();
      expect(view.household).toMatchObject({ status: 'monitored', monitoringObjectType: 'sudden_hardship' });
      expect(view.dueAt).not.toBeNull();
      const pending = await sut.dataSource.query<{ state: string }[]>(`SELECT state FROM deadline WHERE case_id = $1 AND kind LIKE 'time_limit_%'`, [driver.caseId]);
      expect(pending.every((row) => row.state === 'cancelled')).toBe(true);
    });

    it('has its plan of measures; a measure carried out needs its date', async () => {
      const added = await sut.as(tokens.village).post(`/households/${householdId}/measures`).send({ kind: 'employment', description: '安排公益性岗位 (护林员)' });
      expect(added.status).toBe(201);
      const measureId = (added.body as { id: string }).id;
      expect((await sut.as(tokens.village).patch(`/measures/${measureId}`).send({ status: 'done' })).body).toMatchObject({ errors: [{ field: 'doneOn' }] });
      expect((await sut.as(tokens.village).patch(`/measures/${measureId}`).send({ status: 'done', doneOn: today() })).body).toMatchObject({ status: 'done', doneOn: today() });
      const plan = (await sut.as(tokens.township).get(`/households/${householdId}/plan`)).body as { measures: { status: string }[]; status: string };
      expect(plan).toMatchObject({ status: 'monitored', measures: [{ status: 'done' }] });
      const history = (await sut.as(tokens.village).get(`/households/${householdId}/history`)).body as { action: string; changes: Record<string, unknown> }[];
      const measureChanges = history.filter((entry) => entry.action.startsWith('measure_'));
      expect(measureChanges.map((entry) => entry.action)).toEqual(['measure_planned', 'measure_updated']);
      expect(measureChanges[1]?.changes).toEqual({ [`measures.${measureId}.status`]: ['planned', 'done'], [`measures.${measureId}.doneOn`]: [null, today()] });
    });

    it('cannot open an elimination a day before six months; can on the day, with the income records kept above the line', async () => {
      const enrolledOn = ((await sut.as(tokens.village).get(`/households/${householdId}/plan`)).body as { statusSince: string }).statusSince;
      // Monthly visits above the 7 500 line from the day of enrolment on.
      for (const months of [0, 1, 2, 3, 4, 5]) {
        const checkedOn = addMonths(enrolledOn, months);
        clock.set(`${checkedOn}T02:00:00Z`);
        expect((await sut.as(tokens.village).post(`/households/${householdId}/income-checks`).send({ checkedOn, perCapitaIncome: 8200 })).status).toBe(201);
      }
      // The entry guard is known at opening already (procedures.md "Monitoring": enrolled six months).
      const sixMonths = addMonths(enrolledOn, 6);
      clock.set(new Date(Date.parse(`${sixMonths}T02:00:00Z`) - 86_400_000));
      const casesBefore = await sut.dataSource.getRepository(CaseEntity).countBy({ householdId });
      const early = await open(householdId, 'risk_elimination');
      expect(early.status).toBe(400);
      expect(early.body).toMatchObject({ errors: [{ field: 'householdId', reason: `纳入监测未满 6 个月 (${enrolledOn} 纳入)，不能申请风险消除` }] });
      expect(await sut.dataSource.getRepository(CaseEntity).countBy({ householdId })).toBe(casesBefore);

      clock.set(`${sixMonths}T02:00:00Z`);
      const elimination = await open(householdId, 'risk_elimination');
      expect(elimination.status).toBe(201);
      const caseId = (elimination.body as CaseView).id;
      const onTime = await homeCheck(caseId, { incomeFound: 8300 });
      expect(onTime.status).toBe(201);
      expect(onTime.body).toMatchObject({ stage: { code: 'cross_check' } });
      const driver = new CaseDriver(sut, tokens, tree, clock, caseId, householdId);
      const view = await throughTheChain(driver, null);
      expect(view.household).toMatchObject({ status: 'risk_eliminated', monitoringObjectType: 'sudden_hardship' });
    });

    it('is rolled back through the same chain, and cannot be rolled back twice at once', async () => {
      const rollback = await open(householdId, 'elimination_rollback');
      expect(rollback.status).toBe(201);
      expect((await open(householdId, 'elimination_rollback')).status).toBe(409);
      const driver = new CaseDriver(sut, tokens, tree, clock, (rollback.body as CaseView).id, householdId);
      await driver.run(monitoringSample.homeCheck({ reason: '风险消除后发现大额医疗支出' }));
      const view = await throughTheChain(driver, null);
      expect(view).toMatchObject({ procedure: 'elimination_rollback', stage: { code: 'confirmed' }, household: { status: 'monitored' } });
      expect((await sut.as(tokens.county).get('/audit/journal/verify')).body).toMatchObject({ intact: true });
    });
  });

  it('refuses to eliminate a household with no one able to work, with that reason', async () => {
    const householdId = await newHousehold('none');
    await sut.dataSource.query(`UPDATE household SET status = 'monitored', status_since = '2025-06-01' WHERE id = $1`, [householdId]);
    const caseId = ((await open(householdId, 'risk_elimination')).body as CaseView).id;
    const response = await homeCheck(caseId, { incomeFound: 9000 });
    expect(response.body).toMatchObject({ stage: { code: 'rejected' }, rejection: { reason: '家中无劳动能力成员，不予风险消除，继续落实兜底保障' }, household: { status: 'monitored' } });
  });

  it('names the objects in the county term (监测对象 before 2026), on the case and on the public board', async () => {
    const older = { ...DEFAULT_POLICY, monitoring: { ...DEFAULT_POLICY.monitoring, term: '监测对象' } };
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(older)).status).toBe(200);
    const householdId = await newHousehold();
    const opened = (await open(householdId, 'monitoring', { source: 'cadre_sweep' })).body as CaseView;
    expect(opened.procedureLabel).toBe('纳入监测对象');
    const driver = new CaseDriver(sut, tokens, tree, clock, opened.id, householdId);
    await driver.run(monitoringSample.homeCheck(), monitoringSample.crossCheck(), sample.appraisal(), sample.publicityOpened());
    const board = await sut.http().get(`/board/${tree.villageA1.code}`);
    expect(board.text).toContain('监测对象识别 · 村内公示');
    expect(board.text).not.toContain('防止返贫致贫对象');
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY)).status).toBe(200);
  });

  it('keeps the monitoring line at least 1.5 times the poverty line', async () => {
    const policy = { ...DEFAULT_POLICY, monitoring: { ...DEFAULT_POLICY.monitoring, lines: { '2026': 5900 } } };
    const response = await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(policy);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errors: [{ field: 'monitoring.lines.2026' }] });
  });
});
