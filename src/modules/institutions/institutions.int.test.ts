import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser, TEST_PASSWORD } from '../../../test/helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('institutions API', () => {
  it('lets the state lead register a ministry and a subordinate agency, and finds the agency under the sector', async () => {
    const varam = await buildInstitution(t.database.db, { kind: 'ministry' });
    const lead = await buildUser(t.database.db, varam.id);
    await assignRole(t.database.db, 'stateLead', varam.id, lead.person.id, null);

    const ministry = await t.api({
      method: 'POST',
      url: '/api/v1/institutions',
      token: lead.token,
      payload: { code: 'TM', registrationNumber: '90000000001', nameLv: 'Testa ministrija', groupCode: 'directAdministration', kind: 'ministry', activityDirections: [{ code: 'A1', nameLv: 'Politikas izstrāde' }] },
    });
    expect(ministry.statusCode, ministry.body).toBe(201);
    const agency = await t.api({
      method: 'POST',
      url: '/api/v1/institutions',
      token: lead.token,
      payload: { code: 'TA', registrationNumber: '90000000002', nameLv: 'Testa aģentūra', groupCode: 'directAdministration', kind: 'stateInstitution', parentId: ministry.json().id },
    });
    expect(agency.statusCode, agency.body).toBe(201);
    expect(agency.json().ancestors.map((a: { code: string }) => a.code)).toEqual(['TM']);

    const under = await t.api({ method: 'GET', url: `/api/v1/institutions?under=${ministry.json().id}` });
    expect(under.json().items.map((i: { code: string }) => i.code)).toEqual(['TA']);
    expect(under.json().total).toBe(1);
  });

  it('refuses an anonymous write with 401 and bad input with 400 naming the field', async () => {
    const anon = await t.api({ method: 'POST', url: '/api/v1/institutions', payload: { code: 'X1', registrationNumber: '12345678901', nameLv: 'X', groupCode: 'judiciary', kind: 'court' } });
    expect(anon.statusCode).toBe(401);
    expect(anon.headers['content-type']).toContain('application/problem+json');

    const admin = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id, { isSystemAdmin: true });
    const bad = await t.api({ method: 'POST', url: '/api/v1/institutions', token: admin.token, payload: { code: 'X2', registrationNumber: '12', nameLv: '', groupCode: 'nope', kind: 'court' } });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['groupCode', 'nameLv', 'registrationNumber']);
    expect(bad.json().requestId).toBe(bad.headers['x-request-id']);
  });

  it('refuses a stale edit with 409 and keeps the first edit', async () => {
    const inst = await buildInstitution(t.database.db);
    const pm = await buildUser(t.database.db, inst.id);
    await assignRole(t.database.db, 'portfolioOwner', inst.id, pm.person.id, inst.id);
    const first = await t.api({ method: 'PATCH', url: `/api/v1/institutions/${inst.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { nameEn: 'First' } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const second = await t.api({ method: 'PATCH', url: `/api/v1/institutions/${inst.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { nameEn: 'Second' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().current.nameEn).toBe('First');
    const missing = await t.api({ method: 'PATCH', url: `/api/v1/institutions/${inst.id}`, token: pm.token, payload: { nameEn: 'Third' } });
    expect(missing.statusCode).toBe(428);
  });

  it('answers Latvian by default and English on request', async () => {
    const lv = await t.api({ method: 'GET', url: '/api/v1/institutions/00000000-0000-4000-8000-000000000000' });
    expect(lv.statusCode).toBe(404);
    expect(lv.json().title).toBe('Nav atrasts: iestāde ar identifikatoru 00000000-0000-4000-8000-000000000000.');
    const en = await t.api({ method: 'GET', url: '/api/v1/institutions/00000000-0000-4000-8000-000000000000', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(en.json().title).toBe('Not found: institution with id 00000000-0000-4000-8000-000000000000.');
  });

  it('signs in with a password, and a cookie write without CSRF token is refused', async () => {
    const inst = await buildInstitution(t.database.db);
    const u = await buildUser(t.database.db, inst.id);
    await assignRole(t.database.db, 'portfolioOwner', inst.id, u.person.id, inst.id);
    const login = await t.api({ method: 'POST', url: '/api/v1/auth/login', payload: { login: u.login, password: TEST_PASSWORD } });
    expect(login.statusCode, login.body).toBe(200);
    const cookies = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const sid = login.cookies.find((c) => c.name === 'sid');
    expect(sid?.httpOnly).toBe(true);
    const noCsrf = await t.api({ method: 'PATCH', url: `/api/v1/institutions/${inst.id}`, headers: { cookie: cookies, 'if-match': '"1"' }, payload: { nameEn: 'X' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf');
    const withCsrf = await t.api({ method: 'PATCH', url: `/api/v1/institutions/${inst.id}`, headers: { cookie: cookies, 'if-match': '"1"', 'x-csrf-token': login.json().csrfToken }, payload: { nameEn: 'X' } });
    expect(withCsrf.statusCode, withCsrf.body).toBe(200);
    const wrong = await t.api({ method: 'POST', url: '/api/v1/auth/login', payload: { login: u.login, password: 'nepareiza' } });
    expect(wrong.statusCode).toBe(401);
  });
});
