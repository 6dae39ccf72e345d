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
  ])('names the wrong variable in %j', (env, named) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(named);
  });

  it('never echoes a secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'too-short-secret' })).toThrow(/JWT_SECRET=\(hidden\)/);
    expect(() => loadConfig({ JWT_SECRET: 'too-short-secret' })).not.toThrow(/too-short-secret/);
  });
});
