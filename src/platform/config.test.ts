import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, shouldLoadDemo } from './config.js';

describe('configuration from the environment', () => {
  it('defaults to port 3000 and ./data', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.dataDir.endsWith('/data')).toBe(true);
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('names every invalid variable with the value it got', () => {
    expect(() => loadConfig({ PORT: 'trīs', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'trīs', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DATABASE_URL: must start with postgres/);
      expect((e as Error).message).toContain('"trīs"');
    }
  });

  it('loads demo data into an empty register outside production only, unless asked explicitly', () => {
    expect(shouldLoadDemo(loadConfig({}))).toBe(true);
    expect(shouldLoadDemo(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(shouldLoadDemo(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'on' }))).toBe(true);
    expect(shouldLoadDemo(loadConfig({ DEMO_DATA: 'off' }))).toBe(false);
  });
});
