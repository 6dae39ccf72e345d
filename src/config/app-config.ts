import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { MAX_RECONCILE_INTERVAL_MS } from '../deadlines/alarm-horizon';

const SMS_PROVIDERS = ['log', 'aliyun', 'tencent'] as const;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Everything the process reads from its environment, checked once at boot. Code reads
 * settings only through this object (injected as AppConfig), never from process.env.
 */
export class AppConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT!: number;

  /** The address to listen on (0.0.0.0: every interface; 127.0.0.1 behind a local proxy). */
  @IsString()
  @MinLength(1)
  HOST!: string;

  /** How long a request may wait for a PostgreSQL connection, and a statement may run, before it is answered 503. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  DB_CONNECT_TIMEOUT_MS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  DB_QUERY_TIMEOUT_MS!: number;

  /** How long a Redis command may take before the request is answered 503 (rate limits let it through). */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  REDIS_COMMAND_TIMEOUT_MS!: number;

  /** Unset: the service starts a private PostgreSQL of its own under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Unset: the service starts a private Redis of its own under DATA_DIR. */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Prefix of every Redis key this installation writes (queues included). */
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'must be letters, digits, - or _' })
  REDIS_PREFIX!: string;

  @IsString()
  DATA_DIR!: string;

  /** Required when the service runs on real servers; the local demo keeps one under DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS!: number;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL!: LogLevel;

  /** false in API-only processes of a production deployment (workers run `npm run start:worker`). */
  @IsIn(['true', 'false'])
  RUN_WORKER!: 'true' | 'false';

  @Type(() => Number)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS!: number;

  /** At most 12 hours: deadlines due more than a day ahead are set in Redis by a pass (alarm-horizon.ts). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(MAX_RECONCILE_INTERVAL_MS)
  RECONCILE_INTERVAL_MS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  TALLY_FOLD_INTERVAL_MS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  WEBHOOK_ATTEMPTS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  WEBHOOK_BACKOFF_MS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  JOB_LOCK_MS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  BOARD_CACHE_MS!: number;

  /** How long the staff account behind a token is kept in memory (changes are heard at once); 0 reads it on every request. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  ACCOUNT_CACHE_MS!: number;

  /** How much memory the cached village boards may take, in MiB. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  BOARD_CACHE_MB!: number;

  /** The most cases one job ends of a notice whose window ran out; larger notices are split among workers. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  NOTICE_PART_CASES!: number;

  /** The bearer token for GET /metrics (Prometheus); unset: no metrics served. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** The key journal checkpoints are signed with (HMAC-SHA256); never stored in the database. The local demo keeps one under DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JOURNAL_ANCHOR_KEY?: string;

  /** The append-only file of signed checkpoints (default: DATA_DIR/journal-anchors.jsonl). */
  @IsOptional()
  @IsString()
  JOURNAL_ANCHOR_FILE?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  JOURNAL_ANCHOR_INTERVAL_MS!: number;

  /** How long a stop (SIGTERM, SIGINT) may take: requests and jobs in flight finish, then the process exits 0; after it, 1. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  SHUTDOWN_TIMEOUT_MS!: number;

  /** Where texts to residents go: log (development default: nothing sent), aliyun (Alibaba Cloud SMS) or tencent (Tencent Cloud SMS). */
  @IsIn(SMS_PROVIDERS)
  SMS_PROVIDER!: (typeof SMS_PROVIDERS)[number];

  /** The provider-registered signature (签名), e.g. 某某县乡村振兴局. */
  @IsOptional()
  @IsString()
  SMS_SIGN_NAME?: string;

  /** JSON: our template name → the provider's registered template code, e.g. {"stage_changed":"SMS_4711"}. */
  @IsOptional()
  @IsString()
  SMS_TEMPLATES?: string;

  /** Alibaba Cloud AccessKey ID / Tencent Cloud SecretId. */
  @IsOptional()
  @IsString()
  SMS_ACCESS_KEY_ID?: string;

  /** Alibaba Cloud AccessKey secret / Tencent Cloud SecretKey. */
  @IsOptional()
  @IsString()
  SMS_ACCESS_KEY_SECRET?: string;

  /** Tencent Cloud only: the SMS application (SmsSdkAppId). */
  @IsOptional()
  @IsString()
  SMS_APP_ID?: string;

  /** Tencent Cloud only: the region of the SMS API. */
  @IsString()
  SMS_REGION!: string;

  /** The provider's API address when not its public one (a private endpoint, a test server): https://host or http://host:port. */
  @IsOptional()
  @Matches(/^https?:\/\/[^/]+\/?$/, { message: 'must be http(s)://host[:port]' })
  SMS_ENDPOINT?: string;

  /** Local demo: publish a county policy whose publicity windows last this many seconds. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(5)
  DEMO_WINDOW_SECONDS?: number;

  get usesLocalDatabase(): boolean {
    return this.DATABASE_URL === undefined;
  }
}

export class ConfigError extends Error {}

const DEFAULTS: Record<string, string> = {
  PORT: '3000',
  HOST: '0.0.0.0',
  DB_CONNECT_TIMEOUT_MS: '2000',
  DB_QUERY_TIMEOUT_MS: '15000',
  REDIS_COMMAND_TIMEOUT_MS: '1000',
  SHUTDOWN_TIMEOUT_MS: '10000',
  JOURNAL_ANCHOR_INTERVAL_MS: '3600000',
  REDIS_PREFIX: 'jingzhun',
  DATA_DIR: '.data',
  JWT_TTL_SECONDS: '28800',
  LOG_LEVEL: 'info',
  RUN_WORKER: 'true',
  OUTBOX_POLL_MS: '200',
  RECONCILE_INTERVAL_MS: '60000',
  TALLY_FOLD_INTERVAL_MS: '5000',
  WEBHOOK_ATTEMPTS: '8',
  WEBHOOK_BACKOFF_MS: '2000',
  JOB_LOCK_MS: '30000',
  BOARD_CACHE_MS: '600000',
  ACCOUNT_CACHE_MS: '5000',
  BOARD_CACHE_MB: '64',
  NOTICE_PART_CASES: '500',
  SMS_PROVIDER: 'log',
  SMS_REGION: 'ap-guangzhou',
};

const OPTIONAL = ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'DEMO_WINDOW_SECONDS', 'JOURNAL_ANCHOR_KEY', 'JOURNAL_ANCHOR_FILE', 'METRICS_TOKEN'];
const OPTIONAL_SMS = ['SMS_SIGN_NAME', 'SMS_TEMPLATES', 'SMS_ACCESS_KEY_ID', 'SMS_ACCESS_KEY_SECRET', 'SMS_APP_ID', 'SMS_ENDPOINT'];
const SECRETS = ['JWT_SECRET', 'JOURNAL_ANCHOR_KEY', 'METRICS_TOKEN', 'SMS_ACCESS_KEY_SECRET'];

/** A real SMS provider needs its signature, templates and credentials (and Tencent its application). */
function smsProblems(config: AppConfig): string[] {
  if (config.SMS_PROVIDER === 'log') return [];
  const required: (keyof AppConfig)[] = ['SMS_SIGN_NAME', 'SMS_TEMPLATES', 'SMS_ACCESS_KEY_ID', 'SMS_ACCESS_KEY_SECRET', ...(config.SMS_PROVIDER === 'tencent' ? (['SMS_APP_ID'] as const) : [])];
  const problems = required.filter((key) => config[key] === undefined).map((key) => `  ${key}: must be set when SMS_PROVIDER=${config.SMS_PROVIDER}`);
  if (config.SMS_TEMPLATES !== undefined && smsTemplateCodes(config.SMS_TEMPLATES) === null) {
    problems.push('  SMS_TEMPLATES: must be a JSON object of template codes, e.g. {"stage_changed":"SMS_4711"}');
  }
  return problems;
}

/** SMS_TEMPLATES parsed; null when it is not a JSON object of non-empty strings. */
export function smsTemplateCodes(json: string): Record<string, string> | null {
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const entries = Object.entries(parsed);
    return entries.every(([, code]) => typeof code === 'string' && code !== '') ? Object.fromEntries(entries) : null;
  } catch {
    return null;
  }
}

/** Reads and checks the environment; the message names each wrong variable and why. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const raw: Record<string, string> = { ...DEFAULTS };
  for (const key of [...Object.keys(DEFAULTS), ...OPTIONAL, ...OPTIONAL_SMS]) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config);
  if (config.DATABASE_URL !== undefined && config.JWT_SECRET === undefined) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: must be set (32+ characters) when DATABASE_URL is set');
  }
  if (errors.length > 0) {
    const lines = errors.map(
      (error) => {
        // A secret is never echoed, not even a wrong one.
        const shown = SECRETS.includes(error.property) ? '(hidden)' : JSON.stringify(raw[error.property]);
        return `  ${error.property}=${shown}: ${Object.values(error.constraints ?? {}).join('; ')}`;
      },
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const sms = smsProblems(config);
  if (sms.length > 0) throw new ConfigError(`Invalid configuration:\n${sms.join('\n')}`);
  return config;
}
