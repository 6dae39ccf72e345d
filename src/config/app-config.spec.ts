import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('needs nothing: defaults start the local demo', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: '.data', LOG_LEVEL: 'info', JWT_TTL_SECONDS: 28_800 });
    expect(config.usesLocalDatabase).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc"'],
    [{ PORT: '70000' }, 'PORT="70000"'],
    [{ DATABASE_URL: 'mysql://x', JWT_SECRET: 'x'.repeat(40) }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'postgres://db/x' }, 'JWT_SECRET'],
    // Over 12 hours a pass's horizon would not reach the deadlines written without an alarm (alarm-horizon.ts).
    [{ RECONCILE_INTERVAL_MS: String(12 * 3_600_000 + 1) }, 'RECONCILE_INTERVAL_MS'],
  ])('names the wrong variable in %j', (env, named) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(named);
  });

  it('never echoes a secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'too-short-secret' })).toThrow(/JWT_SECRET=\(hidden\)/);
    expect(() => loadConfig({ JWT_SECRET: 'too-short-secret' })).not.toThrow(/too-short-secret/);
  });

  describe('SMS provider', () => {
    const aliyun = { SMS_PROVIDER: 'aliyun', SMS_SIGN_NAME: '某某县乡村振兴局', SMS_TEMPLATES: '{"stage_changed":"SMS_4711"}', SMS_ACCESS_KEY_ID: 'LTAI-id', SMS_ACCESS_KEY_SECRET: 'a-secret-value' };

    it('is log-only unless chosen', () => {
      expect(loadConfig({}).SMS_PROVIDER).toBe('log');
      expect(loadConfig(aliyun)).toMatchObject({ SMS_PROVIDER: 'aliyun', SMS_REGION: 'ap-guangzhou' });
    });

    it.each([
      [{ ...aliyun, SMS_SIGN_NAME: '' }, 'SMS_SIGN_NAME: must be set when SMS_PROVIDER=aliyun'],
      [{ ...aliyun, SMS_PROVIDER: 'tencent' }, 'SMS_APP_ID: must be set when SMS_PROVIDER=tencent'],
      [{ ...aliyun, SMS_TEMPLATES: '["SMS_4711"]' }, 'SMS_TEMPLATES: must be a JSON object'],
      [{ ...aliyun, SMS_TEMPLATES: '{"stage_changed":' }, 'SMS_TEMPLATES: must be a JSON object'],
      [{ ...aliyun, SMS_PROVIDER: 'carrier' }, 'SMS_PROVIDER="carrier"'],
      [{ ...aliyun, SMS_ENDPOINT: 'dysmsapi.aliyuncs.com' }, 'SMS_ENDPOINT'],
    ])('names what a real provider lacks in %j', (env, named) => {
      expect(() => loadConfig(env)).toThrow(named);
    });
  });
});
