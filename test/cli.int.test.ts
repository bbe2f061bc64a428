import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { buildInstitution } from './helpers/factories.js';
import { createAdmin } from '../src/cli/create-admin.js';
import { ConfigError } from '../src/platform/config.js';
import { SYSTEM_ACTOR } from '../src/platform/actor.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('cli create-admin', () => {
  it('creates the first administrator, who can then sign in', async () => {
    const inst = await buildInstitution(t.database.db, { code: 'VARAM-T', kind: 'ministry' });
    await createAdmin(
      t.database.db,
      { actor: SYSTEM_ACTOR, requestId: 'cli-test' },
      { login: 'admin@iestade.lv', 'given-name': 'Ilze', 'family-name': 'Kalniņa', institution: inst.code, password: 'Pirmais-administrators-1' },
    );
    const login = await t.api({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'admin@iestade.lv', password: 'Pirmais-administrators-1' } });
    expect(login.statusCode, login.body).toBe(200);
    expect(login.json().isSystemAdmin).toBe(true);
  });

  it('refuses an unknown institution and a short password with a clear message', async () => {
    const ctx = { actor: SYSTEM_ACTOR, requestId: 'cli-test' };
    await expect(createAdmin(t.database.db, ctx, { login: 'a@b.lv', 'given-name': 'A', 'family-name': 'B', institution: 'NAV-TADAS' })).rejects.toThrow(/No institution with code NAV-TADAS/);
    const inst = await buildInstitution(t.database.db);
    await expect(createAdmin(t.database.db, ctx, { login: 'c@d.lv', 'given-name': 'C', 'family-name': 'D', institution: inst.code, password: 'īsa' })).rejects.toBeInstanceOf(ConfigError);
  });
});
