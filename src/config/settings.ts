import type { LogLevel } from './app-config';

export interface SmsSettings {
  provider: 'aliyun' | 'tencent';
  signName: string;
  /** Our template name → the provider's registered template code. */
  templateCodes: Record<string, string>;
  accessKeyId: string;
  accessKeySecret: string;
  /** Tencent's SmsSdkAppId (unused by Alibaba Cloud). */
  appId: string;
  region: string;
  /** The API's address, e.g. https://dysmsapi.aliyuncs.com. */
  endpoint: string;
}

/**
 * The settings the running app reads, resolved at boot from AppConfig: URLs of the servers
 * actually in use (local ones when none were configured) and the secret in force.
 * Injected by its class; tests build one for their own database.
 */
export class Settings {
  port!: number;
  host!: string;
  /** Bounds on waiting for a server that is down (answered 503 after them). */
  dbConnectTimeoutMs!: number;
  dbQueryTimeoutMs!: number;
  redisCommandTimeoutMs!: number;
  databaseUrl!: string;
  redisUrl!: string;
  redisPrefix!: string;
  jwtSecret!: string;
  jwtTtlSeconds!: number;
  logLevel!: LogLevel;
  /** The local demo (private servers, demo data): demo-only policy settings are allowed. */
  demo!: boolean;
  /** Run the queue workers and the outbox relay in this process. */
  runWorker!: boolean;
  outboxPollMs!: number;
  reconcileIntervalMs!: number;
  /** How often the worker folds the registry's pending tally changes into the statistics' totals. */
  tallyFoldIntervalMs!: number;
  webhookAttempts!: number;
  webhookBackoffMs!: number;
  /** How long a job's lock lasts; a worker killed mid-job is noticed after about this long. */
  jobLockMs!: number;
  /** How long a village's public board is served from memory before it is read again in the background (changes are heard at once, days left counted to the moment); 0: no cache, read fresh every time. */
  boardCacheMs!: number;
  /** How long a staff account is kept in memory between reads (every change to it is heard at once); 0: read on every request. */
  accountCacheMs!: number;
  /** How much memory (MiB) the cached boards may take; the least recently read go first. */
  boardCacheMb!: number;
  /** The most cases one job ends of a notice whose window ran out (larger notices become parts any worker may take). */
  noticePartCases!: number;
  /** The bearer token Prometheus scrapes /metrics with; null: /metrics is not served. */
  metricsToken!: string | null;
  /** A real SMS provider and how to reach it; null: texts are only logged (development). */
  sms!: SmsSettings | null;
  /** Journal checkpoints outside the database: the signing key and the file (null: not anchored). */
  journalAnchor!: { key: string; file: string; intervalMs: number } | null;

  static of(values: Settings): Settings {
    return Object.assign(new Settings(), values);
  }
}
