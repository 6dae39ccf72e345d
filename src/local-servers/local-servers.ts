import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { smsTemplateCodes, type AppConfig } from '../config/app-config';
import { Settings, type SmsSettings } from '../config/settings';
import { startLocalPostgres, type LocalPostgres } from './postgres-server';
import { startLocalRedis, type LocalRedis } from './redis-server';
import { lockDataDir } from './data-dir-lock';

export interface ResolvedRuntime {
  settings: Settings;
  /** True when this process started its own PostgreSQL (the demo setup). */
  localDatabase: boolean;
  stop(): Promise<void>;
}

const DATABASE = 'jingzhun';

/** The local demo keeps its secrets under DATA_DIR so they survive a restart (tokens, the journal's anchor key). */
function localSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * Where journal checkpoints are signed and written: the configured key, or for the local demo one
 * kept under DATA_DIR (like its token secret); without either, none are written.
 */
export function journalAnchorSettings(config: Pick<AppConfig, 'JOURNAL_ANCHOR_KEY' | 'JOURNAL_ANCHOR_FILE' | 'JOURNAL_ANCHOR_INTERVAL_MS'>, dataDir: string, local: boolean): Settings['journalAnchor'] {
  const key = config.JOURNAL_ANCHOR_KEY ?? (local ? localSecret(dataDir, 'journal-anchor-key') : null);
  if (key === null) return null;
  return { key, file: config.JOURNAL_ANCHOR_FILE ?? join(dataDir, 'journal-anchors.jsonl'), intervalMs: config.JOURNAL_ANCHOR_INTERVAL_MS };
}

const SMS_ENDPOINTS = { aliyun: 'https://dysmsapi.aliyuncs.com', tencent: 'https://sms.tencentcloudapi.com' };

/** The SMS provider's settings; loadConfig has checked that a real provider has all it needs. */
export function smsSettings(config: AppConfig): SmsSettings | null {
  if (config.SMS_PROVIDER === 'log') return null;
  return {
    provider: config.SMS_PROVIDER,
    signName: config.SMS_SIGN_NAME ?? '',
    templateCodes: smsTemplateCodes(config.SMS_TEMPLATES ?? '{}') ?? {},
    accessKeyId: config.SMS_ACCESS_KEY_ID ?? '',
    accessKeySecret: config.SMS_ACCESS_KEY_SECRET ?? '',
    appId: config.SMS_APP_ID ?? '',
    region: config.SMS_REGION,
    endpoint: (config.SMS_ENDPOINT ?? SMS_ENDPOINTS[config.SMS_PROVIDER]).replace(/\/$/, ''),
  };
}

/**
 * Uses DATABASE_URL / REDIS_URL when set; otherwise starts private servers with their data
 * under DATA_DIR (kept between starts), and stops them on stop().
 */
export async function resolveRuntime(config: AppConfig): Promise<ResolvedRuntime> {
  const dataDir = resolve(config.DATA_DIR);
  const needsLocal = config.DATABASE_URL === undefined || config.REDIS_URL === undefined;
  if (needsLocal) mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  // Before anything is started or stopped there: the folder may be another running service's.
  const lock = needsLocal ? lockDataDir(dataDir) : null;

  let postgres: LocalPostgres | null = null;
  let redis: LocalRedis | null = null;
  try {
    if (config.DATABASE_URL === undefined) {
      postgres = await startLocalPostgres({ dataDir: join(dataDir, 'postgres'), database: DATABASE, durable: true });
    }
    if (config.REDIS_URL === undefined) {
      redis = await startLocalRedis({ dataDir: join(dataDir, 'redis'), durable: true });
    }
  } catch (error) {
    await postgres?.stop();
    lock?.release();
    throw error;
  }
  const settings = Settings.of({
    port: config.PORT,
    host: config.HOST,
    dbConnectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    dbQueryTimeoutMs: config.DB_QUERY_TIMEOUT_MS,
    redisCommandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    databaseUrl: config.DATABASE_URL ?? (postgres as LocalPostgres).url(DATABASE),
    redisUrl: config.REDIS_URL ?? (redis as LocalRedis).url,
    redisPrefix: config.REDIS_PREFIX,
    jwtSecret: config.JWT_SECRET ?? localSecret(dataDir, 'jwt-secret'),
    jwtTtlSeconds: config.JWT_TTL_SECONDS,
    logLevel: config.LOG_LEVEL,
    demo: postgres !== null,
    runWorker: config.RUN_WORKER === 'true',
    outboxPollMs: config.OUTBOX_POLL_MS,
    reconcileIntervalMs: config.RECONCILE_INTERVAL_MS,
    tallyFoldIntervalMs: config.TALLY_FOLD_INTERVAL_MS,
    webhookAttempts: config.WEBHOOK_ATTEMPTS,
    webhookBackoffMs: config.WEBHOOK_BACKOFF_MS,
    jobLockMs: config.JOB_LOCK_MS,
    boardCacheMs: config.BOARD_CACHE_MS,
    accountCacheMs: config.ACCOUNT_CACHE_MS,
    boardCacheMb: config.BOARD_CACHE_MB,
    noticePartCases: config.NOTICE_PART_CASES,
    journalAnchor: journalAnchorSettings(config, dataDir, postgres !== null),
    metricsToken: config.METRICS_TOKEN ?? null,
    sms: smsSettings(config),
  });
  return {
    settings,
    localDatabase: postgres !== null,
    stop: async () => {
      await Promise.all([postgres?.stop(), redis?.stop()]);
      lock?.release();
    },
  };
}
