import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { CaseEntity } from '../src/cases/case.entity';
import { jobId, QUEUE } from '../src/queues/queue-names';
import { DeadlineReconcilerService } from '../src/worker/deadline-reconciler.service';
import { DeadlineEntity } from '../src/deadlines/deadline.entity';
import { DeadlineScheduler } from '../src/deadlines/deadline-scheduler';
import { OUTBOX_ALARMS_AHEAD_MS } from '../src/deadlines/alarm-horizon';
import { DeadlineFiringService } from '../src/worker/deadline-firing.service';
import { sample } from '../workflows/identification/identification.fixtures';
import { DEFAULT_POLICY } from '../workflows/policy';
import type { FakeClock } from './support/fake-clock';
import { startIdentificationApp } from './support/identification-app';
import type { RegionTree } from './support/fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { TestApp } from './support/test-app';

/** Review time limits and notice cancelling, on a clock the test moves. */
describe('Review limits and cancelled notices (e2e)', () => {
  let clock: FakeClock;
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;

  beforeAll(async () => {
    // Monday 28 September 2026, 10:00 in Beijing. Workers run, but their alarms are set from the
    // test's clock, days ahead: the test fires deadlines itself.
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ start: '2026-09-28T02:00:00Z', runWorker: true, reconcileIntervalMs: 3_600_000 }));
    const policy = { ...DEFAULT_POLICY, dayCounting: 'working', timeLimits: { ...DEFAULT_POLICY.timeLimits, identification: { township_review: 3, county_review: 10 } }, reviewReminderDays: 1 };
    expect((await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(policy)).status).toBe(200);
  });

  afterAll(() => sut.close());

  const outboxTemplates = async (caseId: string) =>
    (await sut.dataSource.query<{ recipient: string; template: string | null }[]>(`SELECT payload->>'recipient' AS recipient, payload->>'template' AS template FROM outbox WHERE case_id = $1 ORDER BY id`, [caseId]))
      .filter((row) => row.template === 'review_reminder' || row.template === 'review_overdue');

  it('reminds the township before its working-day limit and escalates to the county after it', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    for (const event of [sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.windowEnded()]) {
      const response = await driver.send(event);
      if (response.status >= 300) throw new Error(response.text);
    }
    const row = await sut.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: driver.caseId });
    expect(row.stage).toBe('township_review');
    // The village window (7 working days from Monday 28 September) ran over the National Day
    // holiday and counted Saturday 10 October (调休): it ended at 24:00 on 12 October. Entered
    // on the 13th, 3 working days (13, 14, 15): due at 24:00 on the 15th.
    expect(row.stageDueAt?.toISOString()).toBe('2026-10-15T16:00:00.000Z');
    const deadlines = await sut.dataSource.getRepository(DeadlineEntity).find({ where: { caseId: driver.caseId }, order: { dueAt: 'ASC' } });
    expect(deadlines.map((deadline) => [deadline.kind, deadline.dueAt.toISOString()])).toEqual([
      ['time_limit_reminder', '2026-10-14T01:00:00.000Z'], // one working day before, 09:00 Beijing
      ['time_limit_overdue', '2026-10-15T16:00:00.000Z'],
    ]);

    const firing = sut.app.get(DeadlineFiringService);
    expect(await firing.fire(deadlines[0]?.id ?? '')).toEqual({ result: 'early', dueAt: deadlines[0]?.dueAt });
    clock.set('2026-10-14T02:00:00Z');
    expect(await firing.fire(deadlines[0]?.id ?? '')).toEqual({ result: 'fired' });
    expect(await firing.fire(deadlines[0]?.id ?? '')).toEqual({ result: 'not_pending' });
    expect(await outboxTemplates(driver.caseId)).toEqual([{ recipient: 'township', template: 'review_reminder' }]);

    const overdueBefore = (await sut.as(tokens.township).get('/cases').query({ overdue: 'true' })).body as { items: unknown[] };
    expect(overdueBefore.items).toHaveLength(0);
    clock.set('2026-10-16T01:00:00Z');
    expect(await firing.fire(deadlines[1]?.id ?? '')).toEqual({ result: 'fired' });
    expect(await outboxTemplates(driver.caseId)).toEqual([
      { recipient: 'township', template: 'review_reminder' },
      { recipient: 'county', template: 'review_overdue' },
    ]);
    const overdue = (await sut.as(tokens.county).get('/cases').query({ overdue: 'true' })).body as { items: { id: string }[] };
    expect(overdue.items.map((item) => item.id)).toEqual([driver.caseId]);
    // The reminder and the escalation are the case's own history, by the system.
    const history = (await sut.as(tokens.township).get(`/cases/${driver.caseId}/history`)).body as { eventType: string; role: string; stageAfter: string; payload: object }[];
    expect(history.slice(-2)).toMatchObject([
      { eventType: 'LIMIT_REMINDER', role: 'system', stageAfter: 'township_review', payload: { limit: 'township_review', dueAt: '2026-10-15T16:00:00.000Z' } },
      { eventType: 'LIMIT_OVERDUE', role: 'system', stageAfter: 'township_review', payload: { limit: 'township_review' } },
    ]);
    // Only the system sends them: a person is never offered them.
    expect((await sut.as(tokens.township).get(`/cases/${driver.caseId}`)).body).toMatchObject({ allowedActions: [{ event: 'TOWNSHIP_DECIDED' }] });

    // Deciding ends the limit: the case leaves the overdue list, the county review gets its own.
    expect((await driver.send(sample.township('approve'))).status).toBe(201);
    expect(((await sut.as(tokens.county).get('/cases').query({ overdue: 'true' })).body as { items: unknown[] }).items).toHaveLength(0);
    const after = await sut.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: driver.caseId });
    expect(after.stageDueAt).toBeNull();
  });

  it('cancels a notice: cases wait for a new one, objections are voided, the window never fires', async () => {
    clock.set('2026-11-02T02:00:00Z');
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    for (const event of [sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.objection()]) {
      const response = await driver.send(event);
      if (response.status >= 300) throw new Error(response.text);
    }
    const noticeId = (await driver.view()).publicity?.noticeId ?? '';
    const cancelled = await sut.as(tokens.township).post(`/publicity-notices/${noticeId}/cancel`).send({ reason: '名单有误' });
    expect(cancelled.status).toBe(403);
    const response = await sut.as(tokens.village).post(`/publicity-notices/${noticeId}/cancel`).send({ reason: '名单有误，重新公示' });
    expect(response.status).toBe(200);
    expect(await driver.view()).toMatchObject({ stage: { code: 'village_publicity', phase: 'pending' }, openObjections: [], publicity: null });
    expect(await sut.dataSource.getRepository(DeadlineEntity).findOneByOrFail({ noticeId })).toMatchObject({ state: 'cancelled' });
    const [objection] = await sut.dataSource.query<{ status: string }[]>('SELECT status FROM objection WHERE case_id = $1', [driver.caseId]);
    expect(objection?.status).toBe('cancelled');
    const history = (await sut.as(tokens.village).get(`/cases/${driver.caseId}/history`)).body as { eventType: string; payload: { reason?: string } }[];
    expect(history[history.length - 1]).toMatchObject({ eventType: 'PUBLICITY_CANCELLED', payload: { reason: '名单有误，重新公示' } });
    expect((await sut.as(tokens.village).post(`/publicity-notices/${noticeId}/cancel`).send({ reason: '再次' })).status).toBe(409);
  });
  it("sets a far deadline's alarm in Redis only once it comes within the horizon", async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    for (const event of [sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.windowEnded()]) {
      const response = await driver.send(event);
      if (response.status >= 300) throw new Error(response.text);
    }
    const [reminder, overdue] = await sut.dataSource.getRepository(DeadlineEntity).find({ where: { caseId: driver.caseId }, order: { dueAt: 'ASC' } });
    if (!reminder || !overdue) throw new Error('the review limit scheduled no deadlines');
    const ids = [reminder.id, overdue.id];
    // Days ahead: rows only, with no outbox row for the relay to read and skip (alarm-horizon.ts).
    const alarms = await sut.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM outbox WHERE kind = 'deadline' AND payload->>'deadlineId' = ANY($1)`, [ids]);
    expect(Number(alarms[0]?.n)).toBe(0);
    const queue = sut.app.get<Queue>(getQueueToken(QUEUE.deadlines));
    const reconciler = sut.app.get(DeadlineReconcilerService);
    // Beyond the horizon (two hours with this suite's hourly reconciling): no alarm yet.
    await reconciler.reconcile();
    for (const id of ids) expect(await queue.getJob(jobId.deadline(id))).toBeUndefined();
    // An hour before the reminder a pass sets its alarm; the escalation, a day later, still waits.
    clock.set(new Date(reminder.dueAt.getTime() - 60 * 60_000).toISOString());
    await reconciler.reconcile();
    expect(await queue.getJobState(jobId.deadline(reminder.id))).toBe('delayed');
    expect(await queue.getJob(jobId.deadline(overdue.id))).toBeUndefined();
  });
  it('writes an alarm to the outbox with each deadline due within a day of its writing, and only those', async () => {
    const now = clock.now().getTime();
    const specs = [OUTBOX_ALARMS_AHEAD_MS, OUTBOX_ALARMS_AHEAD_MS + 1].map((ahead) => ({ key: `probe:alarm-ahead:${ahead}`, kind: 'probe', dueAt: new Date(now + ahead) }));
    await sut.dataSource.transaction((tx) => sut.app.get(DeadlineScheduler).scheduleMany(tx, specs));
    const alarms = await sut.dataSource.query<{ key: string }[]>(
      `SELECT d.key FROM outbox o JOIN deadline d ON d.id = (o.payload->>'deadlineId')::uuid WHERE o.kind = 'deadline' AND d.key LIKE 'probe:alarm-ahead:%'`,
    );
    expect(alarms.map((row) => row.key)).toEqual([`probe:alarm-ahead:${OUTBOX_ALARMS_AHEAD_MS}`]);
    await sut.dataSource.query(`DELETE FROM outbox WHERE kind = 'deadline' AND payload->>'deadlineId' IN (SELECT id::text FROM deadline WHERE key LIKE 'probe:alarm-ahead:%')`);
    await sut.dataSource.query(`DELETE FROM deadline WHERE key LIKE 'probe:alarm-ahead:%'`);
  });
});
