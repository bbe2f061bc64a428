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
    const production = { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://pakalpojumi.gov.lv', FEEDBACK_FORM_SECRET: 'x'.repeat(32) } as const;
    expect(shouldLoadDemo(loadConfig(production))).toBe(false);
    expect(shouldLoadDemo(loadConfig({ ...production, DEMO_DATA: 'on' }))).toBe(true);
    expect(shouldLoadDemo(loadConfig({ DEMO_DATA: 'off' }))).toBe(false);
  });

  it('takes the public base URL from PUBLIC_BASE_URL: required in production, http://localhost:<PORT> elsewhere', () => {
    expect(loadConfig({}).PUBLIC_BASE_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://pakalpojumi.gov.lv/' }).PUBLIC_BASE_URL).toBe('https://pakalpojumi.gov.lv');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_BASE_URL: must be set in production/);
    for (const bad of ['pakalpojumi.gov.lv', 'javascript:alert(1)', 'https://pakalpojumi.gov.lv/lv', 'https://a@pakalpojumi.gov.lv', 'https://x.lv/?q=1']) {
      expect(() => loadConfig({ PUBLIC_BASE_URL: bad }), bad).toThrow(/PUBLIC_BASE_URL: must be an http\(s\) origin/);
    }
  });

  it('takes the open data IRI base from OPEN_DATA_IRI_BASE, always ending in "/"', () => {
    expect(loadConfig({}).OPEN_DATA_IRI_BASE).toBe('https://pakalpojumi.gov.lv/id/');
    expect(loadConfig({ OPEN_DATA_IRI_BASE: 'https://data.example.lv/id' }).OPEN_DATA_IRI_BASE).toBe('https://data.example.lv/id/');
    expect(() => loadConfig({ OPEN_DATA_IRI_BASE: 'urn:x' })).toThrow(/OPEN_DATA_IRI_BASE/);
  });

  it('refuses a production start without FEEDBACK_FORM_SECRET or with a short one, naming the variable and never showing the value', () => {
    const base = { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://pakalpojumi.gov.lv' };
    expect(() => loadConfig(base)).toThrow(/FEEDBACK_FORM_SECRET: must be set in production/);
    const short = 'slepens-bet-par-isu';
    let message = '';
    try {
      loadConfig({ ...base, FEEDBACK_FORM_SECRET: short });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/FEEDBACK_FORM_SECRET: must be at least 32 characters/);
    expect(message).toContain(`${short.length} characters, not shown`);
    expect(message).not.toContain(short);
    expect(loadConfig({ ...base, FEEDBACK_FORM_SECRET: 'k'.repeat(32) }).FEEDBACK_FORM_SECRET).toBe('k'.repeat(32));
    // Outside production a short secret is still an error, not a silent random key.
    expect(() => loadConfig({ FEEDBACK_FORM_SECRET: short })).toThrow(/FEEDBACK_FORM_SECRET/);
  });

  it('never shows a database URL (it may carry a password) in a configuration error', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:hemligt@db/x' })).toThrow(/DATABASE_URL: must start with postgres:\/\/.*characters, not shown/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:hemligt@db/x' })).not.toThrow(/hemligt/);
  });
});
