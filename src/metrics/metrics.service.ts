import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { QUEUE } from '../queues/queue-names';
import { RedisConnection } from '../redis/redis.module';

/** The pool of the pg driver, as TypeORM keeps it. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * What an operator watches (Prometheus text format at /metrics): requests, commands, the outbox,
 * deadlines, queues, deliveries, connections. Counts kept in memory per process; states read
 * from PostgreSQL and Redis when scraped. One registry per app, not the library's global one.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly requests = new Counter({ name: 'jingzhun_http_requests_total', help: 'HTTP requests answered, by route and status', labelNames: ['method', 'route', 'status'] as const, registers: [this.registry] });
  readonly latency = new Histogram({
    name: 'jingzhun_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly commands = new Counter({
    name: 'jingzhun_commands_total',
    help: 'Case commands by procedure, event and outcome: applied, dry_run, or the error code that refused them',
    labelNames: ['procedure', 'event', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly boardLoads = new Counter({
    name: 'jingzhun_board_loads_total',
    help: 'Public boards read from PostgreSQL and rendered, by why: read (a resident waited for it), ahead (after a change, before anyone asked), refresh (an old page replaced while it was served)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  constructor(
    @InjectDataSource() dataSource: DataSource,
    redis: RedisConnection,
    @InjectQueue(QUEUE.deadlines) deadlines: Queue,
    @InjectQueue(QUEUE.notifications) notifications: Queue,
    @InjectQueue(QUEUE.webhooks) webhooks: Queue,
  ) {
    const registers = [this.registry];
    new Gauge({
      name: 'jingzhun_outbox_waiting',
      help: 'Outbox rows not yet on a queue, and notifications not yet delivered',
      labelNames: ['state'] as const,
      registers,
      async collect() {
        const [row] = await dataSource.query<{ unsent: string; undelivered: string }[]>(
          `SELECT count(*) FILTER (WHERE sent_at IS NULL) AS unsent, count(*) FILTER (WHERE kind = 'notify' AND sent_at IS NOT NULL AND delivered_at IS NULL) AS undelivered FROM outbox WHERE sent_at IS NULL OR delivered_at IS NULL`,
        );
        this.set({ state: 'unsent' }, Number(row?.unsent ?? 0));
        this.set({ state: 'undelivered' }, Number(row?.undelivered ?? 0));
      },
    });
    new Gauge({
      name: 'jingzhun_outbox_oldest_unsent_seconds',
      help: 'Age of the oldest outbox row not yet on a queue',
      registers,
      async collect() {
        const [row] = await dataSource.query<{ age: number | null }[]>(`SELECT extract(epoch FROM now() - min(created_at))::float AS age FROM outbox WHERE sent_at IS NULL`);
        this.set(row?.age ?? 0);
      },
    });
    new Gauge({
      name: 'jingzhun_deadline_lateness_seconds',
      help: 'How late deadlines fired in the last 15 minutes came after they fell due (read from PostgreSQL, so a separate worker counts too)',
      labelNames: ['quantile'] as const,
      registers,
      async collect() {
        const [row] = await dataSource.query<{ median: number | null; p95: number | null; max: number | null }[]>(
          `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY lateness) AS median, percentile_cont(0.95) WITHIN GROUP (ORDER BY lateness) AS p95, max(lateness) AS max
             FROM (SELECT extract(epoch FROM fired_at - due_at)::float AS lateness FROM deadline WHERE state = 'fired' AND fired_at > now() - interval '15 minutes') recent`,
        );
        this.set({ quantile: '0.5' }, row?.median ?? 0);
        this.set({ quantile: '0.95' }, row?.p95 ?? 0);
        this.set({ quantile: 'max' }, row?.max ?? 0);
      },
    });
    new Gauge({
      name: 'jingzhun_deadlines_due',
      help: 'Pending deadlines whose time has come',
      registers,
      async collect() {
        const [row] = await dataSource.query<{ count: string }[]>(`SELECT count(*) FROM deadline WHERE state = 'pending' AND due_at <= now()`);
        this.set(Number(row?.count ?? 0));
      },
    });
    new Gauge({
      name: 'jingzhun_queue_jobs',
      help: 'Jobs per queue and state (failed included)',
      labelNames: ['queue', 'state'] as const,
      registers,
      async collect() {
        for (const queue of [deadlines, notifications, webhooks]) {
          const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed').catch((): Record<string, number> => ({}));
          for (const [state, count] of Object.entries(counts)) this.set({ queue: queue.name, state }, count);
        }
      },
    });
    new Gauge({
      name: 'jingzhun_notification_deliveries',
      help: 'Notification deliveries by channel and outcome',
      labelNames: ['channel', 'status'] as const,
      registers,
      async collect() {
        const rows = await dataSource.query<{ channel: string; status: string; count: string }[]>(`SELECT channel, status, count(*) FROM notification_delivery GROUP BY channel, status`);
        for (const row of rows) this.set({ channel: row.channel, status: row.status }, Number(row.count));
      },
    });
    new Gauge({
      name: 'jingzhun_db_pool_connections',
      help: 'PostgreSQL pool connections: total, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers,
      collect() {
        const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
        this.set({ state: 'total' }, pool?.totalCount ?? 0);
        this.set({ state: 'idle' }, pool?.idleCount ?? 0);
        this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'jingzhun_redis_connected',
      help: '1 while the app is connected to Redis',
      registers,
      collect() {
        this.set(redis.client.status === 'ready' ? 1 : 0);
      },
    });
  }
}
