import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import { NotificationDeliveryService } from '../src/notifications/notification-delivery.service';
import { LogOnlySmsProvider } from '../src/notifications/sms-provider';
import { QUEUE } from '../src/queues/queue-names';
import { UNSENT_CLAIM } from '../src/worker/outbox-relay.service';
import { sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import type { RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * Issue 18, notifications in bulk: one job delivers many notifications with a constant number of
 * statements (the recipients of all of them read together, every delivery claimed in one
 * insert), and what it promises stays: once per notification, recipient and channel.
 */
describe('Notifications delivered many at a time (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    // No worker: the test delivers by hand, so nothing else talks to the database meanwhile.
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
  });

  afterAll(() => sut.close());

  /** Runs `work`, answering how many statements every pg client of this process sent meanwhile. */
  async function counted(work: () => Promise<void>): Promise<number> {
    const query = Client.prototype.query;
    let statements = 0;
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      statements += 1;
      return (query as (...args: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      await work();
    } finally {
      Client.prototype.query = query;
    }
    return statements;
  }

  const deliveries = () =>
    sut.dataSource.query<{ channel: string; recipient_key: string; count: string }[]>(
      `SELECT channel, recipient_key, count(*) FROM notification_delivery GROUP BY channel, recipient_key, outbox_id ORDER BY channel, recipient_key`,
    );

  it('delivers some fifty notifications to inboxes, texts and a webhook with ten statements at most, and a second run sends nothing', async () => {
    expect((await sut.as(tokens.county).post('/webhooks').send({ url: 'http://127.0.0.1:9/hook' })).status).toBe(201);
    const drivers = await Promise.all(Array.from({ length: 8 }, () => CaseDriver.openCase(sut, tokens, tree, clock)));
    // To the township's review: the applicants hear of each step, the township's office of the case waiting on it.
    for (const driver of drivers) await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.windowEnded());
    const outbox = await sut.dataSource.query<{ id: string; recipient: string }[]>(`SELECT id, payload->>'recipient' AS recipient FROM outbox WHERE kind = 'notify' ORDER BY id`);
    expect(outbox.length).toBeGreaterThanOrEqual(16);
    // The worker's service on the app's database and queues (texts only logged).
    const service = new NotificationDeliveryService(sut.dataSource, sut.app.get<Queue>(getQueueToken(QUEUE.webhooks)), new LogOnlySmsProvider(), sut.settings);

    const statements = await counted(() => service.deliverMany(outbox.map((row) => row.id)));
    // Read the rows; the inboxes', phones' and webhooks' recipients; BEGIN, claims, inbox rows, COMMIT; texts' outcome; done.
    expect(statements).toBeLessThanOrEqual(10);
    const first = await deliveries();
    expect(first.every((row) => row.count === '1')).toBe(true);
    const channels = new Set(first.map((row) => row.channel));
    expect(channels).toEqual(new Set(['inbox', 'sms', 'webhook']));
    // Each notification to the village office reached its one clerk; each applicant's to the household head's phone.
    const [inbox] = await sut.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM staff_notification`);
    expect(Number(inbox?.n)).toBe(outbox.filter((row) => ['village', 'township', 'county'].includes(row.recipient)).length);
    const [texts] = await sut.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM notification_delivery WHERE channel = 'sms' AND status = 'sent'`);
    expect(Number(texts?.n)).toBe(outbox.filter((row) => row.recipient === 'applicant').length);
    const [done] = await sut.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM outbox WHERE kind = 'notify' AND delivered_at IS NULL`);
    expect(done?.n).toBe('0');

    await service.deliverMany(outbox.map((row) => row.id));
    expect(await deliveries()).toEqual(first);
    const [inboxAgain] = await sut.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM staff_notification`);
    expect(inboxAgain?.n).toBe(inbox?.n);
  });

  it("claims a relay pass's rows in order from the unsent index, stopping at its batch, whatever the planner's costs", async () => {
    // A storm's picture: rows written by many transactions at once lie scattered over the table, the statistics
    // were taken when a few hundred waited, and thousands more have arrived since.
    await sut.dataSource.query(
      `WITH probe AS (SELECT nextval('outbox_id_seq') AS id, random() < 0.005 AS waiting FROM generate_series(1, 60000))
       INSERT INTO outbox (id, kind, payload, sent_at) SELECT id, 'plan_probe', '{}', CASE WHEN waiting THEN NULL ELSE now() END FROM probe ORDER BY random()`,
    );
    await sut.dataSource.query('ANALYZE outbox');
    await sut.dataSource.query(`INSERT INTO outbox (kind, payload) SELECT 'plan_probe', '{}' FROM generate_series(1, 5000)`);
    const plan = (planning: string | null) =>
      sut.dataSource.transaction(async (tx) => {
        if (planning) await tx.query(planning);
        const rows = await tx.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${UNSENT_CLAIM.statement}`);
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
    try {
      // Left to itself the planner reads every unsent row (a bitmap) and sorts them all before the limit.
      expect(await plan(null)).toMatch(/Sort/);
      const claimed = await plan(UNSENT_CLAIM.planning);
      expect(claimed).toMatch(/Index Scan using outbox_unsent_idx/);
      expect(claimed).not.toMatch(/Sort|Bitmap|Seq Scan/);
    } finally {
      await sut.dataSource.query(`DELETE FROM outbox WHERE kind = 'plan_probe'`);
    }
  });

  it('relays a committed notification at once, told by the database, however long the poll', async () => {
    const relayed = await startIdentificationApp({ runWorker: true, outboxPollMs: 600_000 });
    try {
      // The relay's first pass at start, then no poll for ten minutes: only the notice can wake it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const driver = await CaseDriver.openCase(relayed.sut, relayed.tokens, relayed.tree, relayed.clock);
      await driver.run(sample.submit());
      const unsent = () => relayed.sut.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox WHERE case_id = $1 AND sent_at IS NULL`, [driver.caseId]);
      await waitFor('the notifications to be relayed', async () => (await unsent())[0]?.n === 0, 3000);
      expect((await relayed.sut.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox WHERE case_id = $1`, [driver.caseId]))[0]?.n).toBeGreaterThan(0);
    } finally {
      await relayed.sut.close();
    }
  });
});
