import { ALL_SECURE, sample, SAMPLE_VISITORS } from '../workflows/identification/identification.fixtures';
import { exitSample } from '../workflows/exit/exit.fixtures';
import { addDays, addMonths, DEFAULT_POLICY } from '../workflows/policy';
import type { CaseView } from '../src/cases/case.view';
import { DeadlineEntity } from '../src/deadlines/deadline.entity';
import { FollowUpVisitEntity } from '../src/follow-ups/follow-up-visit.entity';
import { DeadlineFiringService } from '../src/worker/deadline-firing.service';
import { CaseDriver, type Tokens } from './support/case-driver';
import { noticePdf } from './support/pdf';
import type { FakeClock } from './support/fake-clock';
import { aMember, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

describe('Exit, follow-up visits and corrections (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    // Workers run, with alarms set from the test's clock months ahead: the test fires deadlines itself.
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ start: '2026-03-02T02:00:00Z', runWorker: true, reconcileIntervalMs: 3_600_000 }));
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY)).status).toBe(200);
  });

  afterAll(() => sut.close());

  /** A household registered on `since`, through the database (identification has its own tests). */
  async function registeredHousehold(since = '2025-06-01'): Promise<string> {
    const created = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember({ phone: '13800000000' })] });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    await sut.dataSource.query(`UPDATE household SET status = 'registered', status_since = $2 WHERE id = $1`, [id, since]);
    return id;
  }

  const openExit = (householdId: string) => sut.as(tokens.village).post('/cases').send({ householdId, procedure: 'exit', application: { reasons: '收入稳定，两不愁三保障已达标' } });

  describe('who can start an exit', () => {
    it('refuses a household registered this year when the county policy says so, naming the field', async () => {
      const response = await openExit(await registeredHousehold('2026-01-15'));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'RULE_VIOLATION', errors: [{ field: 'householdId', reason: expect.stringContaining('当年识别的贫困户不得当年退出') as string }] });
      expect((await sut.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM procedure_case WHERE procedure = 'exit'`))[0]?.n).toBe(0);
    });

    it('refuses a household that is not registered', async () => {
      const created = await sut.as(tokens.village).post('/households').send({ groupId: tree.groupA1.id, members: [aMember()] });
      const response = await openExit((created.body as { id: string }).id);
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ householdStatus: 'none' });
    });

    it('takes one open exit per household', async () => {
      const householdId = await registeredHousehold();
      expect((await openExit(householdId)).status).toBe(201);
      expect((await openExit(householdId)).status).toBe(409);
    });
  });

  it('proposes 50 households in one meeting of the representatives: all move, one meeting record, one journal entry each', async () => {
    const caseIds: string[] = [];
    for (let index = 0; index < 50; index += 1) caseIds.push(((await openExit(await registeredHousehold())).body as CaseView).id);
    const meeting = await sut.as(tokens.village).post('/meetings').send({
      kind: 'representatives',
      villageId: tree.villageA1.id,
      heldOn: '2026-03-02',
      place: '村委会会议室',
      inOffice: 30,
      present: 24,
      minutes: '年度拟退出户民主评议',
      votes: caseIds.map((caseId, index) => ({ caseId, inFavour: index === 49 ? 10 : 20, against: index === 49 ? 12 : 2, abstaining: 2 })),
    });
    expect(meeting.status).toBe(201);
    const outcome = meeting.body as { meetingId: string; cases: { caseId: string; stage: string }[] };
    expect(outcome.cases.filter((entry) => entry.stage === 'verification')).toHaveLength(49);
    expect(outcome.cases[49]).toMatchObject({ caseId: caseIds[49], stage: 'cancelled' });
    const journal = await sut.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM case_event WHERE event_type = 'APPRAISAL_RECORDED' AND payload->>'meetingId' = $1`, [outcome.meetingId]);
    expect(journal[0]?.n).toBe(50);
  });

  it('the township posts the announcement where the county policy says so', async () => {
    const byTownship = { ...DEFAULT_POLICY, exit: { ...DEFAULT_POLICY.exit, announcedBy: 'township' } };
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(byTownship)).status).toBe(200);
    try {
      const householdId = await registeredHousehold();
      const driver = new CaseDriver(sut, tokens, tree, clock, ((await openExit(householdId)).body as CaseView).id, householdId);
      const view = await driver.run(sample.appraisal(), exitSample.verification(), exitSample.acknowledged(), sample.publicityOpened(), sample.windowEnded(), sample.township('approve'));
      expect(view).toMatchObject({ stage: { code: 'announcement', phase: 'pending' }, awaitingRole: 'township' });
      const notice = { villageId: tree.villageA1.id, procedure: 'exit', stage: 'announcement', caseIds: [driver.caseId] };
      expect((await sut.as(tokens.county).post('/publicity-notices').send(notice)).status).toBe(403);
      const opened = await sut.as(tokens.township).post('/publicity-notices').send(notice);
      expect(opened.status).toBe(201);
      const pdf = await noticePdf(sut, tokens.township, (opened.body as { notice: { id: string } }).notice.id);
      expect(pdf.text).toContain('人民政府');
    } finally {
      expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY)).status).toBe(200);
    }
  });

  it('a window ended by hand while its deadline fires moves each case once, and neither side fails', async () => {
    const drivers: CaseDriver[] = [];
    for (let index = 0; index < 3; index += 1) {
      const householdId = await registeredHousehold();
      const driver = new CaseDriver(sut, tokens, tree, clock, ((await openExit(householdId)).body as CaseView).id, householdId);
      await driver.run(sample.appraisal(), exitSample.verification(), exitSample.acknowledged());
      drivers.push(driver);
    }
    const opened = await sut.as(tokens.village).post('/publicity-notices').send({ villageId: tree.villageA1.id, procedure: 'exit', stage: 'village_publicity', caseIds: drivers.map((driver) => driver.caseId) });
    const notice = (opened.body as { notice: { id: string; endsAt: string } }).notice;
    const deadline = await sut.dataSource.getRepository(DeadlineEntity).findOneByOrFail({ noticeId: notice.id });
    clock.set(new Date(Date.parse(notice.endsAt) + 60_000));
    const [fired, ended] = await Promise.all([sut.app.get(DeadlineFiringService).fire(deadline.id), sut.as(tokens.village).post(`/publicity-notices/${notice.id}/end`)]);
    expect(fired).toEqual({ result: 'fired' });
    expect(ended.status).toBe(200);
    const entries = await sut.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM case_event WHERE event_type = 'PUBLICITY_WINDOW_ENDED' AND case_id = ANY($1::uuid[])`,
      [drivers.map((driver) => driver.caseId)],
    );
    expect(entries[0]?.n).toBe(3);
    for (const driver of drivers) expect((await driver.view()).stage.code).toBe('township_review');
    clock.set('2026-03-02T02:00:00Z');
  });

  it('an exit meeting listing a case that is not there changes nothing', async () => {
    const own = ((await openExit(await registeredHousehold())).body as CaseView).id;
    const meeting = await sut.as(tokens.village).post('/meetings').send({
      kind: 'representatives', villageId: tree.villageA1.id, heldOn: '2026-03-02', place: '村委会', inOffice: 30, present: 24, minutes: '评议',
      votes: [{ caseId: own, inFavour: 20, against: 2, abstaining: 2 }, { caseId: '00000000-0000-4000-8000-000000000000', inFavour: 20, against: 2, abstaining: 2 }],
    });
    expect(meeting.status).toBe(400);
    expect((await sut.as(tokens.village).get(`/cases/${own}`)).body).toMatchObject({ stage: { code: 'proposal' }, version: 1 });
  });

  describe('a household exits, its follow-up visit falls due and is recorded', () => {
    let driver: CaseDriver;

    beforeAll(async () => {
      driver = new CaseDriver(sut, tokens, tree, clock, ((await openExit(await registeredHousehold())).body as CaseView).id, null);
    });

    it('refuses a verification with income exactly at the line, then cancels the exit: household stays registered', async () => {
      const householdId = await registeredHousehold();
      const atLine = new CaseDriver(sut, tokens, tree, clock, ((await openExit(householdId)).body as CaseView).id, householdId);
      await atLine.run(sample.appraisal());
      const verify = (facts: object) => sut.as(tokens.village).post(`/cases/${atLine.caseId}/exit-verification`).send({ visitedOn: '2026-03-02', visitors: SAMPLE_VISITORS, incomeFound: 4000, incomeYear: 2025, livingConditions: ALL_SECURE, ...facts });
      const unchecked = await verify({ livingConditions: { food: true, clothing: true } });
      expect(unchecked.status).toBe(400);
      expect(unchecked.body).toMatchObject({ code: 'RULE_VIOLATION', errors: [{ field: 'livingConditions' }] });
      // An income of a year that has not happened is no fact.
      const future = await verify({ incomeYear: 2031 });
      expect(future.status).toBe(400);
      expect(future.body).toMatchObject({ errors: [{ field: 'incomeYear', reason: '收入年度 2031 晚于核实日期所在年度 (2026)，收入只能是已经发生的' }] });
      const response = await verify({});
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ stage: { code: 'cancelled', final: true }, rejection: { stage: 'verification', reason: '人均纯收入 4000 元未高于 2025 年贫困线 4000 元' }, household: { status: 'registered' } });
    });

    it('goes through verification, signature, village publicity, township review and announcement to exited', async () => {
      await driver.run(sample.appraisal(), exitSample.verification());
      // A signature dated five days ahead is refused, and nothing moves.
      const ahead = await sut.as(tokens.village).post(`/cases/${driver.caseId}/acknowledgement`).send({ signatory: '韦建国', signedOn: addDays(clock.now().toISOString().slice(0, 10), 5) });
      expect(ahead.status).toBe(400);
      expect(ahead.body).toMatchObject({ code: 'RULE_VIOLATION', errors: [{ field: 'signedOn' }] });
      expect((await driver.view()).stage.code).toBe('acknowledgement');
      await driver.run(exitSample.acknowledged(), sample.publicityOpened(), sample.windowEnded(), sample.township('approve'), sample.publicityOpened());
      const view = await driver.run(sample.windowEnded());
      expect(view.stage).toMatchObject({ code: 'exited', label: '已脱贫销号', final: true });
      expect(view.household).toMatchObject({ status: 'exited', exitYear: 2026 });
      const notices = await sut.dataSource.query<{ procedure: string; stage: string }[]>(`SELECT procedure, stage FROM publicity_notice WHERE case_ids ? $1 ORDER BY starts_on`, [driver.caseId]);
      expect(notices).toEqual([{ procedure: 'exit', stage: 'village_publicity' }, { procedure: 'exit', stage: 'announcement' }]);
      const board = await sut.http().get(`/board/${tree.villageA1.code}`);
      expect(board.text).toContain('贫困户退出 · 村内公示');
      expect(board.text).toContain('贫困户退出 · 公告');
      const history = (await sut.as(tokens.county).get(`/cases/${driver.caseId}/history`)).body as { eventType: string; role: string }[];
      expect(history.map((entry) => entry.eventType)).toEqual([
        'CASE_OPENED', 'APPRAISAL_RECORDED', 'EXIT_VERIFICATION_RECORDED', 'HOUSEHOLD_ACKNOWLEDGED', 'PUBLICITY_OPENED', 'PUBLICITY_WINDOW_ENDED',
        'TOWNSHIP_DECIDED', 'PUBLICITY_OPENED', 'PUBLICITY_WINDOW_ENDED',
      ]);
    });

    it('schedules the follow-up visits at 6 and 12 months, each with its deadline row', async () => {
      const visits = await sut.dataSource.getRepository(FollowUpVisitEntity).find({ where: { exitCaseId: driver.caseId }, order: { dueOn: 'ASC' } });
      const [household] = await sut.dataSource.query<{ since: string }[]>(`SELECT status_since::text AS since FROM household h JOIN procedure_case c ON c.household_id = h.id WHERE c.id = $1`, [driver.caseId]);
      const exitedOn = household?.since ?? '';
      expect(visits.map((visit) => visit.dueOn)).toEqual([addMonths(exitedOn, 6), addMonths(exitedOn, 12)]);
      // A page at a time, by due day.
      const first = (await sut.as(tokens.village).get('/follow-up-visits').query({ limit: 1 })).body as { items: { id: string }[]; nextCursor: string };
      const second = (await sut.as(tokens.village).get('/follow-up-visits').query({ limit: 1, cursor: first.nextCursor })).body as { items: { id: string }[]; nextCursor: string | null };
      expect([...first.items, ...second.items].map((visit) => visit.id)).toEqual(visits.map((visit) => visit.id));
      expect(second.nextCursor).toBeNull();
      expect((await sut.as(tokens.township).get('/follow-up-visits').query({ cursor: 'nonsense' })).status).toBe(400);
      const deadlines = await sut.dataSource.getRepository(DeadlineEntity).findBy({ kind: 'follow_up_due', caseId: driver.caseId });
      expect(deadlines.map((deadline) => deadline.dueAt.toISOString()).sort()).toEqual(visits.map((visit) => `${visit.dueOn}T01:00:00.000Z`));
    });

    it('when the first falls due the village is told and sees it in its list; recording it answers the visit', async () => {
      const [first] = await sut.dataSource.getRepository(FollowUpVisitEntity).find({ where: { exitCaseId: driver.caseId }, order: { dueOn: 'ASC' } });
      const deadline = await sut.dataSource.getRepository(DeadlineEntity).findOneByOrFail({ key: `follow-up:${first?.id ?? ''}` });
      const firing = sut.app.get(DeadlineFiringService);
      expect(await firing.fire(deadline.id)).toMatchObject({ result: 'early' });
      expect((await sut.as(tokens.village).get('/follow-up-visits').query({ due: true })).body).toEqual({ items: [], nextCursor: null, total: 0 });

      clock.set(deadline.dueAt);
      expect(await firing.fire(deadline.id)).toEqual({ result: 'fired' });
      const told = await sut.dataSource.query<{ recipient: string }[]>(`SELECT payload->>'recipient' AS recipient FROM outbox WHERE case_id = $1 AND payload->>'template' = 'follow_up_due'`, [driver.caseId]);
      expect(told).toEqual([{ recipient: 'village' }]);
      const due = ((await sut.as(tokens.village).get('/follow-up-visits').query({ due: true })).body as { items: { id: string; headName: string }[] }).items;
      expect(due.map((visit) => visit.id)).toEqual([first?.id]);
      expect(due[0]?.headName).toBe('韦建国');

      const today = clock.now().toISOString().slice(0, 10);
      const noLine = await sut.as(tokens.village).post(`/follow-up-visits/${first?.id ?? ''}`).send({ visitedOn: today, visitors: SAMPLE_VISITORS, incomeFound: 9800, incomeYear: 2019, livingConditions: ALL_SECURE });
      expect(noLine.status).toBe(400);
      expect(noLine.body).toMatchObject({ errors: [{ field: 'incomeYear' }] });
      const futureYear = await sut.as(tokens.village).post(`/follow-up-visits/${first?.id ?? ''}`).send({ visitedOn: today, visitors: SAMPLE_VISITORS, incomeFound: 9800, incomeYear: 2031, livingConditions: ALL_SECURE });
      expect(futureYear.body).toMatchObject({ errors: [{ field: 'incomeYear' }] });
      const recorded = await sut.as(tokens.village).post(`/follow-up-visits/${first?.id ?? ''}`).send({ visitedOn: today, visitors: SAMPLE_VISITORS, incomeFound: 9800, incomeYear: 2026, livingConditions: ALL_SECURE, note: '务工收入稳定' });
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ visitedOn: today, atRisk: false, monitoringCaseId: null });
      expect((await sut.as(tokens.village).post(`/follow-up-visits/${first?.id ?? ''}`).send({ visitedOn: today, visitors: SAMPLE_VISITORS, incomeFound: 9800, incomeYear: 2026, livingConditions: ALL_SECURE })).status).toBe(409);
      expect((await sut.as(tokens.village).get('/follow-up-visits').query({ due: true })).body).toEqual({ items: [], nextCursor: null, total: 0 });
    });

    it('the second visit finds the household below the monitoring line and opens a monitoring case by itself', async () => {
      const [, second] = await sut.dataSource.getRepository(FollowUpVisitEntity).find({ where: { exitCaseId: driver.caseId }, order: { dueOn: 'ASC' } });
      // 40 days before it is due: earlier than the 30 days the policy allows, so only with a reason.
      clock.set(`${addDays(second?.dueOn ?? '', -40)}T03:00:00Z`);
      const today = clock.now().toISOString().slice(0, 10);
      const visitBody = { visitedOn: today, visitors: SAMPLE_VISITORS, incomeFound: 6100, incomeYear: 2026, livingConditions: ALL_SECURE };
      const early = await sut.as(tokens.village).post(`/follow-up-visits/${second?.id ?? ''}`).send(visitBody);
      expect(early.status).toBe(400);
      expect(early.body).toMatchObject({ errors: [{ field: 'earlyReason', reason: `该次回头看 ${second?.dueOn ?? ''} 到期，${addDays(second?.dueOn ?? '', -30)} 起可登记；更早登记须写明理由` }] });
      expect((await sut.dataSource.getRepository(FollowUpVisitEntity).findOneByOrFail({ id: second?.id ?? '' })).visitedOn).toBeNull();
      const recorded = await sut.as(tokens.village).post(`/follow-up-visits/${second?.id ?? ''}`).send({ ...visitBody, earlyReason: '户主外出务工前返乡，提前回访' });
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ earlyReason: '户主外出务工前返乡，提前回访' });
      const visit = recorded.body as { atRisk: boolean; monitoringCaseId: string };
      expect(visit.atRisk).toBe(true);
      const opened = (await sut.as(tokens.village).get(`/cases/${visit.monitoringCaseId}`)).body as CaseView;
      expect(opened).toMatchObject({ procedure: 'monitoring', stage: { code: 'home_check' }, household: { status: 'exited' } });
      // 15 days from the lead, counted like publicity days, to 24:00 China time.
      expect(new Date(opened.dueAt ?? '').getTime() - Date.parse(`${today}T16:00:00Z`)).toBe(14 * 86_400_000);
      const [opening] = (await sut.as(tokens.village).get(`/cases/${visit.monitoringCaseId}/history`)).body as { eventType: string; payload: { application: { source: string; reasons: string } } }[];
      expect(opening?.eventType).toBe('CASE_OPENED');
      expect(opening?.payload.application).toMatchObject({ source: 'follow_up_visit', reasons: expect.stringContaining('低于监测标准 7500 元') as string });
      const deadlineKinds = await sut.dataSource.query<{ kind: string }[]>(`SELECT kind FROM deadline WHERE case_id = $1 ORDER BY due_at`, [visit.monitoringCaseId]);
      expect(deadlineKinds.map((row) => row.kind)).toEqual(['time_limit_reminder', 'time_limit_overdue']);
    });

    it('prints the announcement as the county issues it', async () => {
      const [notice] = await sut.dataSource.query<{ id: string }[]>(`SELECT id FROM publicity_notice WHERE case_ids ? $1 AND stage = 'announcement'`, [driver.caseId]);
      const pdf = await noticePdf(sut, tokens.county, notice?.id ?? '');
      expect(pdf.text).toContain(`${tree.villageA1.name}贫困户退出公告`);
      expect(pdf.text).toContain('乡村振兴局');
    });

    it('the county sees the year target against the actual exits', async () => {
      const set = await sut.as(tokens.county).put('/exit-targets/2026').send({ targets: [{ townshipId: tree.townshipA.id, target: 40 }, { townshipId: tree.townshipB.id, target: 5 }] });
      expect(set.status).toBe(200);
      const report = (await sut.as(tokens.county).get('/exit-targets/2026')).body as { townshipCode: string; target: number; exited: number; inProgress: number }[];
      expect(report.map(({ townshipCode, target, exited }) => ({ townshipCode, target, exited }))).toEqual([
        { townshipCode: tree.townshipA.code, target: 40, exited: 1 },
        { townshipCode: tree.townshipB.code, target: 5, exited: 0 },
      ]);
      expect(report[0]?.inProgress).toBeGreaterThanOrEqual(49);
      // Exited that year, and where they stand now: a household enrolled in monitoring since still counts as exited in 2026.
      const householdId = (await driver.view()).household.id;
      await sut.dataSource.query(`UPDATE household SET status = 'monitored' WHERE id = $1`, [householdId]);
      const since = (await sut.as(tokens.county).get('/exit-targets/2026')).body as { exited: number; stillExited: number; monitoredSince: number }[];
      expect(since[0]).toMatchObject({ exited: 1, stillExited: 0, monitoredSince: 1 });
      await sut.dataSource.query(`UPDATE household SET status = 'exited' WHERE id = $1`, [householdId]);
      const township = (await sut.as(tokens.township).get('/exit-targets/2026')).body as { townshipCode: string }[];
      expect(township.map((row) => row.townshipCode)).toEqual([tree.townshipA.code]);
      expect((await sut.as(tokens.township).put('/exit-targets/2026').send({ targets: [{ townshipId: tree.townshipA.id, target: 1 }] })).status).toBe(403);
      expect((await sut.as(tokens.county).put('/exit-targets/2026').send({ targets: [{ townshipId: tree.villageA1.id, target: 1 }] })).body).toMatchObject({ errors: [{ field: 'targets[0].townshipId' }] });
    });

    it('a wrong exit (错退) is reverted by a journaled county decision; the village cannot open one', async () => {
      const householdId = (await driver.view()).household.id;
      await sut.dataSource.query(`UPDATE household SET status = 'exited' WHERE id = $1`, [householdId]);
      const byVillage = await sut.as(tokens.village).post('/cases').send({ householdId, procedure: 'exit_correction', application: { reasons: '收入核算有误' } });
      expect(byVillage.status).toBe(403);
      const opened = await sut.as(tokens.county).post('/cases').send({ householdId, procedure: 'exit_correction', application: { reasons: '收入核算有误，错退' } });
      expect(opened.status).toBe(201);
      const correctionId = (opened.body as CaseView).id;
      const returned = await sut.as(tokens.county).post(`/cases/${correctionId}/county-decision`).send({ decision: 'return', reason: '退回' });
      expect(returned.status).toBe(400);
      const decided = await sut.as(tokens.county).post(`/cases/${correctionId}/county-decision`).send({ decision: 'approve', reason: '经核查属错退，恢复建档立卡' });
      expect(decided.body).toMatchObject({ stage: { code: 'corrected', final: true }, household: { status: 'registered', exitYear: null } });
      // Its follow-up visits are no longer due.
      await sut.dataSource.query(`UPDATE follow_up_visit SET visited_on = NULL WHERE household_id = $1`, [householdId]);
      clock.set('2028-01-01T02:00:00Z');
      expect((await sut.as(tokens.village).get('/follow-up-visits').query({ due: true })).body).toEqual({ items: [], nextCursor: null, total: 0 });
      const history = (await sut.as(tokens.county).get(`/cases/${correctionId}/history`)).body as { eventType: string; role: string }[];
      expect(history.map((entry) => [entry.eventType, entry.role])).toEqual([['CASE_OPENED', 'county'], ['COUNTY_DECIDED', 'county']]);
      expect((await sut.as(tokens.county).get('/audit/journal/verify')).body).toMatchObject({ intact: true });
    });
  });
});
