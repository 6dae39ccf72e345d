import { createServer, type IncomingMessage, type Server } from 'node:http';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { CaseEventEntity } from '../src/cases/case-event.entity';
import type { CaseView } from '../src/cases/case.view';
import { DeadlineEntity } from '../src/deadlines/deadline.entity';
import { NotificationDeliveryEntity } from '../src/notifications/notification-delivery.entity';
import { StaffNotificationEntity } from '../src/notifications/staff-notification.entity';
import { JOB, QUEUE } from '../src/queues/queue-names';
import { DELIVERY_HEADER, signatureMatches, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../src/webhooks/webhook-signature';
import { OutboxRelayService } from '../src/worker/outbox-relay.service';
import { sample } from '../workflows/identification/identification.fixtures';
import { DEFAULT_POLICY } from '../workflows/policy';
import type { FakeClock } from './support/fake-clock';
import { startIdentificationApp } from './support/identification-app';
import type { RegionTree } from './support/fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * Publicity windows of two seconds on the real clock, real BullMQ workers and the outbox relay
 * in the test app, and the faults the design must survive. A notice of more than two cases ends
 * in parts here (NOTICE_PART_CASES), as a large one does in a county.
 */
describe('Deadlines and notifications on BullMQ (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let redis: Redis;
  let today: FakeClock; // the driver's dates only; the app runs on the real clock

  beforeAll(async () => {
    ({ sut, tree, tokens, clock: today } = await startIdentificationApp({ realClock: true, runWorker: true, demo: true, reconcileIntervalMs: 500, noticePartCases: 2 }));
    const policy = await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...DEFAULT_POLICY, demoWindowSeconds: 2 });
    expect(policy.status).toBe(200);
    redis = new Redis(sut.settings.redisUrl);
  });

  afterAll(async () => {
    redis.disconnect();
    await sut.close();
  });

  /** Cases of village A1 verified and waiting for the village notice. */
  async function verifiedCases(count: number): Promise<CaseDriver[]> {
    const drivers: CaseDriver[] = [];
    for (let index = 0; index < count; index += 1) {
      const driver = await CaseDriver.openCase(sut, tokens, tree, today);
      for (const event of [sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification()]) {
        const response = await driver.send(event);
        if (response.status >= 300) throw new Error(response.text);
      }
      drivers.push(driver);
    }
    return drivers;
  }

  async function openNotice(drivers: CaseDriver[]): Promise<{ id: string; endsAt: string }> {
    const response = await sut.as(tokens.village).post('/publicity-notices').send({ villageId: tree.villageA1.id, stage: 'village_publicity', caseIds: drivers.map((driver) => driver.caseId) });
    expect(response.status).toBe(201);
    return (response.body as { notice: { id: string; endsAt: string } }).notice;
  }

  const windowEnds = (caseId: string) => sut.dataSource.getRepository(CaseEventEntity).countBy({ caseId, eventType: 'PUBLICITY_WINDOW_ENDED' });

  it('closes a short window by itself: free cases move on, an objected one waits for its finding', async () => {
    const [free, alsoFree, objected] = await verifiedCases(3) as [CaseDriver, CaseDriver, CaseDriver];
    await openNotice([free, alsoFree, objected]);
    const filed = await objected.send(sample.objection());
    expect(filed.status).toBe(201);

    // Parts of two cases here (noticePartCases): the three end in two jobs, in either order.
    await waitFor('the window to close', async () => (await driversAt([free, alsoFree], 'township_review')) && (await objected.view()).stage.phase === 'awaiting_findings');
    expect((await alsoFree.view()).stage.code).toBe('township_review');
    expect((await objected.view()).stage).toMatchObject({ code: 'village_publicity', phase: 'awaiting_findings' });

    const entry = await sut.dataSource.getRepository(CaseEventEntity).findOneByOrFail({ caseId: free.caseId, eventType: 'PUBLICITY_WINDOW_ENDED' });
    expect(entry).toMatchObject({ role: 'system', accountId: null, stageAfter: 'township_review' });

    const view = await objected.view();
    const finding = await sut.as(tokens.village).post(`/objections/${view.openObjections[0]?.id ?? ''}/finding`).send({ upheld: false, finding: '经调查，反映不属实' });
    expect(finding.status).toBe(201);
    expect((finding.body as CaseView).stage.code).toBe('township_review');

    // The next office and the applicant hear of it; the objector too.
    const unread = async () => ((await sut.as(tokens.township).get('/me/notifications').query({ unreadOnly: 'true', limit: 200 })).body as { items: unknown[] }).items.length;
    await waitFor('the township inbox', async () => (await unread()) >= 3);
    const inbox = (await sut.as(tokens.township).get('/me/notifications').query({ limit: 200 })).body as { items: { title: string; caseId: string }[] };
    for (const driver of [free, alsoFree, objected]) expect(inbox.items.filter((item) => item.caseId === driver.caseId && item.title === '待审核')).toHaveLength(1);
    await waitFor('texts to the applicants', async () => (await sut.dataSource.getRepository(NotificationDeliveryEntity).countBy({ channel: 'sms', status: 'sent' })) >= 3);

    const first = inbox.items[0] as unknown as { id: string };
    expect((await sut.as(tokens.township).post(`/me/notifications/${first.id}/read`)).status).toBe(204);
    expect((await sut.as(tokens.village).post(`/me/notifications/${first.id}/read`)).status).toBe(404);
    expect((await sut.as(tokens.township).post('/me/notifications/read-all')).status).toBe(204);
    expect((await sut.as(tokens.township).get('/me/notifications')).body).toMatchObject({ unread: 0 });
  });

  it('closes on time even after Redis lost every job', async () => {
    const drivers = await verifiedCases(2);
    const notice = await openNotice(drivers);
    await waitFor('the relay to set the alarm', async () => (await sut.app.get<Queue>(getQueueToken(QUEUE.deadlines)).getDelayedCount()) > 0);
    // FLUSHALL for this installation: every key under its prefix (other suites share the server).
    const keys = await redis.keys(`${sut.settings.redisPrefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);

    await waitFor('the reconciled deadline to fire', async () => (await drivers[0]?.view())?.stage.code === 'township_review');
    for (const driver of drivers) {
      expect((await driver.view()).stage.code).toBe('township_review');
      expect(await windowEnds(driver.caseId)).toBe(1);
    }
    expect(await sut.dataSource.getRepository(DeadlineEntity).findOneByOrFail({ noticeId: notice.id })).toMatchObject({ state: 'fired' });
  });

  it('changes nothing when a deadline job is delivered twice, or the relay re-sends after a crash', async () => {
    const drivers = await verifiedCases(2);
    const notice = await openNotice(drivers);
    const deadline = await sut.dataSource.getRepository(DeadlineEntity).findOneByOrFail({ noticeId: notice.id });
    const queue = sut.app.get<Queue>(getQueueToken(QUEUE.deadlines));
    // A second job for the same deadline under another id, as if delivered twice.
    await queue.add(JOB.fireDeadline, { deadlineId: deadline.id }, { jobId: `duplicate-${deadline.id}`, delay: 2500 });
    // The relay died after enqueueing, before marking: its outbox row is unsent again.
    await sut.dataSource.query(`UPDATE outbox SET sent_at = NULL WHERE kind = 'deadline' AND payload->>'deadlineId' = $1`, [deadline.id]);
    await sut.app.get(OutboxRelayService).relayOnce();

    await waitFor('both jobs to run', async () => (await queue.getJobState(`duplicate-${deadline.id}`)) === 'completed' && (await driversAt(drivers, 'township_review')), 15_000);
    for (const driver of drivers) expect(await windowEnds(driver.caseId)).toBe(1);
    const events = await sut.dataSource.getRepository(CaseEventEntity).countBy({ caseId: drivers[0]?.caseId ?? '' });
    expect(events).toBe((await drivers[0]?.view())?.version);
  });

  it('ends a notice larger than a part in parts, each a deadline of its own that any worker may take, once each', async () => {
    const drivers = await verifiedCases(5);
    const notice = await openNotice(drivers);
    await waitFor('every case to move on', () => driversAt(drivers, 'township_review'), 15_000);
    const parts = await sut.dataSource.getRepository(DeadlineEntity).find({ where: { noticeId: notice.id, kind: 'publicity_window_part' }, order: { key: 'ASC' } });
    expect(parts.map((part) => [part.key, part.state])).toEqual([0, 1, 2].map((part) => [`publicity:${notice.id}:part:${part}`, 'fired']));
    // Disjoint parts of at most two cases, in id order, covering the notice.
    const listed = parts.map((part) => part.payload.caseIds as string[]);
    expect(listed.map((caseIds) => caseIds.length)).toEqual([2, 2, 1]);
    expect(listed.flat()).toEqual(drivers.map((driver) => driver.caseId).sort());
    expect(await sut.dataSource.getRepository(DeadlineEntity).findOneByOrFail({ key: `publicity:${notice.id}` })).toMatchObject({ state: 'fired' });
    for (const driver of drivers) expect(await windowEnds(driver.caseId)).toBe(1);

    // A part's job delivered again changes nothing.
    const queue = sut.app.get<Queue>(getQueueToken(QUEUE.deadlines));
    await queue.add(JOB.fireDeadline, { deadlineId: parts[0]?.id ?? '' }, { jobId: `again-${parts[0]?.id ?? ''}` });
    await waitFor('the repeated part', async () => (await queue.getJobState(`again-${parts[0]?.id ?? ''}`)) === 'completed', 15_000);
    for (const driver of drivers) expect(await windowEnds(driver.caseId)).toBe(1);
  });

  async function driversAt(drivers: CaseDriver[], stage: string): Promise<boolean> {
    for (const driver of drivers) if ((await driver.view()).stage.code !== stage) return false;
    return true;
  }

  it('delivers notifications whose jobs Redis lost, once each', async () => {
    const queue = sut.app.get<Queue>(getQueueToken(QUEUE.notifications));
    // The workers stop taking notifications; the relay still queues them.
    await queue.pause();
    const [driver] = (await verifiedCases(1)) as [CaseDriver];
    const waiting = async () => (await sut.dataSource.query<{ id: string }[]>(`SELECT id FROM outbox WHERE case_id = $1 AND kind = 'notify' AND sent_at IS NOT NULL AND delivered_at IS NULL`, [driver.caseId])).map((row) => row.id);
    // Several notifications to a job: four of them in however many jobs the relay made.
    await waitFor('the notifications to wait in Redis', async () => (await waiting()).length >= 4 && (await queue.getWaitingCount()) >= 1);
    const lost = await waiting();
    // FLUSHALL for this installation (the pause goes with it).
    await redis.del(...(await redis.keys(`${sut.settings.redisPrefix}:*`)));
    await waitFor('the reconciler to put the jobs back and the workers to deliver them', async () => (await waiting()).length === 0, 20_000);
    const deliveries = await sut.dataSource.query<{ outbox_id: string; channel: string; recipient_key: string; count: string }[]>(
      'SELECT outbox_id, channel, recipient_key, count(*) FROM notification_delivery WHERE outbox_id = ANY($1::bigint[]) GROUP BY outbox_id, channel, recipient_key',
      [lost],
    );
    // Every lost notification reached someone (the applicant's text, the offices' inboxes), each recipient once.
    expect(new Set(deliveries.map((row) => row.outbox_id))).toEqual(new Set(lost));
    expect(deliveries.every((row) => row.count === '1')).toBe(true);
  });

  it('delivers each notification once per recipient, even when its job runs twice', async () => {
    const [driver] = (await verifiedCases(1)) as [CaseDriver];
    await waitFor('notifications to settle', async () => (await sut.dataSource.query<{ count: string }[]>('SELECT count(*) FROM outbox WHERE sent_at IS NULL'))[0]?.count === '0');
    const [outbox] = await sut.dataSource.query<{ id: string }[]>(`SELECT id FROM outbox WHERE case_id = $1 AND payload->>'template' = 'application_received'`, [driver.caseId]);
    const before = await sut.dataSource.getRepository(NotificationDeliveryEntity).countBy({ outboxId: outbox?.id ?? '' });
    expect(before).toBeGreaterThan(0);
    const queue = sut.app.get<Queue>(getQueueToken(QUEUE.notifications));
    const again = await queue.add(JOB.deliverNotifications, { outboxIds: [outbox?.id] }, { jobId: `again-${outbox?.id ?? ''}` });
    // And as a job of one, as queued before notifications were delivered in bulk.
    const single = await queue.add(JOB.deliverNotification, { outboxId: outbox?.id }, { jobId: `single-${outbox?.id ?? ''}` });
    await waitFor('the repeated jobs', async () => (await again.getState()) === 'completed' && (await single.getState()) === 'completed');
    expect(await sut.dataSource.getRepository(NotificationDeliveryEntity).countBy({ outboxId: outbox?.id ?? '' })).toBe(before);
    const inboxRows = await sut.dataSource.query<{ account_id: string; count: string }[]>('SELECT account_id, count(*) FROM staff_notification GROUP BY account_id, outbox_id HAVING count(*) > 1');
    expect(inboxRows).toEqual([]);
    expect(await sut.dataSource.getRepository(StaffNotificationEntity).count()).toBeGreaterThan(0);
  });

  describe('webhooks', () => {
    let server: Server;
    let url: string;
    const received: { path: string; body: string; headers: IncomingMessage['headers'] }[] = [];
    /** The flaky receiver fails each delivery's first two tries. */
    const triesByDelivery = new Map<string, number>();

    beforeAll(async () => {
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        request.on('end', () => {
          received.push({ path: request.url ?? '', body, headers: request.headers });
          const delivery = String(request.headers[DELIVERY_HEADER]);
          const tries = (triesByDelivery.get(delivery) ?? 0) + 1;
          triesByDelivery.set(delivery, tries);
          const fail = request.url === '/always-down' || (request.url === '/flaky' && tries <= 2);
          response.writeHead(fail ? 500 : 200).end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('signs each delivery, retries on 500 and dead-letters after the last try', async () => {
      const flaky = await sut.as(tokens.county).post('/webhooks').send({ url: `${url}/flaky` });
      expect(flaky.status).toBe(201);
      const { secret } = flaky.body as { secret: string };
      const down = await sut.as(tokens.county).post('/webhooks').send({ url: `${url}/always-down` });
      expect(down.status).toBe(201);
      expect((await sut.as(tokens.county).get('/webhooks')).text).not.toContain(secret);

      const driver = await CaseDriver.openCase(sut, tokens, tree, today);
      await driver.send(sample.submit());

      await waitFor('the flaky receiver to accept the notice', () =>
        Promise.resolve(received.some((request) => request.path === '/flaky' && (triesByDelivery.get(String(request.headers[DELIVERY_HEADER])) ?? 0) >= 3 && request.body.includes('application_received'))),
      );
      const attempts = received.filter((request) => request.path === '/flaky' && request.body.includes('application_received'));
      expect(attempts).toHaveLength(3);
      const last = attempts[attempts.length - 1];
      expect(last).toBeDefined();
      const payload = JSON.parse(last?.body ?? '{}') as { template: string; caseId: string; title: string };
      expect(payload).toMatchObject({ template: 'application_received', caseId: driver.caseId, title: '申请已受理' });
      // A receiver recomputes the signature from the timestamp and the raw body.
      expect(signatureMatches(secret, String(last?.headers[TIMESTAMP_HEADER]), last?.body ?? '', String(last?.headers[SIGNATURE_HEADER]))).toBe(true);
      expect(signatureMatches('wrong-secret', String(last?.headers[TIMESTAMP_HEADER]), last?.body ?? '', String(last?.headers[SIGNATURE_HEADER]))).toBe(false);

      await waitFor('the dead letter', async () => ((await sut.as(tokens.county).get('/webhooks/dead-letters')).body as unknown[]).length > 0);
      const dead = (await sut.as(tokens.county).get('/webhooks/dead-letters')).body as { url: string; attempts: number; lastError: string }[];
      expect(dead[0]).toMatchObject({ url: `${url}/always-down`, attempts: 3, lastError: 'HTTP 500' });
      const deliveryId = String(last?.headers[DELIVERY_HEADER]);
      await waitFor('the delivery to be marked sent', async () => (await sut.dataSource.getRepository(NotificationDeliveryEntity).findOneByOrFail({ id: deliveryId })).status === 'sent');
      expect(await sut.dataSource.getRepository(NotificationDeliveryEntity).findOneByOrFail({ id: deliveryId })).toMatchObject({ status: 'sent', attempts: 3 });
    });
  });
  it('shows the operator what happened at /metrics, to the token holder only', async () => {
    expect((await sut.http().get('/metrics')).status).toBe(404);
    expect((await sut.http().get('/metrics').set('authorization', 'Bearer wrong-token-of-the-same-length')).status).toBe(404);
    const refused = await sut.as(tokens.village).post(`/cases/${(await verifiedCases(1))[0]?.caseId ?? ''}/submit`);
    expect(refused.status).toBe(409);

    const scrape = await sut.http().get('/metrics').set('authorization', `Bearer ${sut.settings.metricsToken ?? ''}`);
    expect(scrape.status).toBe(200);
    expect(scrape.headers['content-type']).toContain('text/plain');
    const value = (series: string): number => {
      const line = scrape.text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
      return line === undefined ? Number.NaN : Number(line.slice(series.length + 1));
    };
    expect(value('jingzhun_commands_total{procedure="identification",event="SUBMIT",outcome="applied"}')).toBeGreaterThan(5);
    expect(value('jingzhun_commands_total{procedure="identification",event="PUBLICITY_WINDOW_ENDED",outcome="applied"}')).toBeGreaterThan(0);
    expect(value('jingzhun_commands_total{procedure="identification",event="SUBMIT",outcome="TRANSITION_NOT_ALLOWED"}')).toBe(1);
    expect(value('jingzhun_http_requests_total{method="POST",route="/cases/:id/submit",status="201"}')).toBeGreaterThan(0);
    expect(value('jingzhun_http_requests_total{method="POST",route="/cases/:id/submit",status="409"}')).toBe(1);
    // Windows of two seconds fired in this file's earlier tests, each late by well under a minute.
    expect(value('jingzhun_deadline_lateness_seconds{quantile="max"}')).toBeGreaterThan(0);
    expect(value('jingzhun_deadline_lateness_seconds{quantile="max"}')).toBeLessThan(60);
    expect(value('jingzhun_notification_deliveries{channel="sms",status="sent"}')).toBeGreaterThanOrEqual(3);
    expect(value('jingzhun_redis_connected')).toBe(1);
    expect(value('jingzhun_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(scrape.text).toContain('jingzhun_queue_jobs{queue="deadlines",state="completed"}');
    expect(scrape.text).not.toMatch(/route="\/cases\/[0-9a-f]{8}-/); // route templates, never ids
  });
});
