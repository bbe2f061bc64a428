import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from './helpers/app.js';
import { assignRole, buildInstitution, buildUser, TEST_PASSWORD } from './helpers/factories.js';

/**
 * Authorisation before validation (docs/adr/0009), over every write operation
 * of the OpenAPI document:
 * (a) an anonymous caller gets 401 problem+json before the body is read —
 *     except the operations declared `config.public`;
 * (b) a signed-in user with no roles at all gets 403 from the route's
 *     pre-check (`config.authorize`, a function of the module's *.policy.ts of
 *     the actor and path parameters) — before the body is parsed or validated;
 * and a caller with the right and an invalid body still gets 400 naming the field.
 */

/** Writes meant for anonymous callers (`config: { public: true }`), each with why. */
const PUBLIC: Record<string, string> = {
  'POST /api/v1/auth/login': 'signing in is what an anonymous caller does',
  'POST /api/v1/auth/logout': 'signing out must succeed when the session has already expired (idempotent)',
  'POST /api/v1/catalogue/services/{code}/feedback': 'residents rate published services without an account',
};

/**
 * Writes with a route pre-check, and the action code its 403 names. The
 * pre-check is a necessary condition of the service's full rule; where that
 * rule also needs the body (or the stored record), the service still decides
 * after validation — see BODY_COMPLETES_DECISION.
 */
const PRE_CHECKED: Record<string, string> = {
  'POST /api/v1/auth/tokens': 'auth.createTokenWithToken',
  'POST /api/v1/institutions': 'institution.create',
  'PATCH /api/v1/institutions/{id}': 'institution.update',
  'POST /api/v1/role-assignments': 'roleAssignment.appoint',
  'POST /api/v1/role-assignments/{id}/end': 'roleAssignment.end',
  'POST /api/v1/role-assignments/{id}/replace': 'roleAssignment.replace',
  'POST /api/v1/policy/versions': 'policyVersion.create',
  'PUT /api/v1/policy/versions/{id}': 'policyVersion.update',
  'POST /api/v1/policy/versions/{id}/activate': 'policyVersion.activate',
  'POST /api/v1/channel-points': 'channelPoint.create',
  'PATCH /api/v1/channel-points/{id}': 'channelPoint.update',
  'POST /api/v1/channel-points/{id}/deactivate': 'channelPoint.deactivate',
  'POST /api/v1/life-situations': 'lifeSituation.create',
  'PATCH /api/v1/life-situations/{id}': 'lifeSituation.update',
  'POST /api/v1/needs': 'need.create',
  'PATCH /api/v1/needs/{id}': 'need.update',
  'POST /api/v1/resources': 'resource.create',
  'PATCH /api/v1/resources/{id}': 'resource.update',
  'POST /api/v1/capabilities': 'capability.create',
  'PATCH /api/v1/capabilities/{id}': 'capability.update',
  'POST /api/v1/services': 'service.create',
  'POST /api/v1/services/validate': 'service.update',
  'PATCH /api/v1/services/{id}': 'service.update',
  'POST /api/v1/services/{id}/submit': 'service.submit',
  'POST /api/v1/services/{id}/publish': 'service.publish',
  'POST /api/v1/services/{id}/archive': 'service.archive',
  'POST /api/v1/institutions/{id}/portfolio/approve': 'portfolio.approve',
  'POST /api/v1/imports': 'import.services',
  'POST /api/v1/people': 'person.create',
  'PATCH /api/v1/people/{id}': 'person.update',
  'POST /api/v1/people/{id}/account': 'account.create',
};

/**
 * Signed-in writes without a route pre-check: a user with no roles passes to
 * validation (400 for the invalid body). Each with why.
 */
const NO_PRE_CHECK: Record<string, string> = {
  'DELETE /api/v1/auth/tokens/{id}': 'every signed-in user revokes their own tokens; whose token it is needs the stored row (404 otherwise)',
};

/**
 * Pre-checked writes whose full decision needs the body or the stored record,
 * so the service layer's check stays (a caller who passes the pre-check may
 * still get 403 after validation). One line each on what it needs.
 */
const BODY_COMPLETES_DECISION: Record<string, string> = {
  'POST /api/v1/people': 'body.institutionId: a manager of that institution registers its people',
  'PATCH /api/v1/people/{id}': 'the stored person’s institutions and roles, and body.institutionId when moving them (people.policy canChangePerson)',
  'POST /api/v1/services': 'body.ownerInstitutionId: only that institution’s portfolio manager creates (R10)',
  'POST /api/v1/services/validate': 'body.ownerInstitutionId or query.serviceId: authorised like the create or edit it precedes',
  'PATCH /api/v1/institutions/{id}': 'structural fields in the body (code, kind, parentId…) are for administrators and the state lead only',
  'POST /api/v1/role-assignments': 'body.role, institutionId and scopeId decide who may appoint (canAppoint)',
  'POST /api/v1/role-assignments/{id}/replace': 'the stored assignment’s role and scope decide (canAppoint)',
  'POST /api/v1/channel-points': 'body.institutionId: that institution’s portfolio manager',
  'PATCH /api/v1/channel-points/{id}': 'body.institutionId when moving the point: both institutions',
  'POST /api/v1/life-situations': 'body.ownerInstitutionId other than one’s own needs administrator or state lead',
  'PATCH /api/v1/life-situations/{id}': 'body.ownerInstitutionId changing the owner needs administrator or state lead',
  'POST /api/v1/needs': 'body.ownerInstitutionId and body.lifeSituationIds (their owners)',
  'PATCH /api/v1/needs/{id}': 'body.ownerInstitutionId and body.lifeSituationIds (their owners)',
  'POST /api/v1/resources': 'body.institutionId: that institution’s resource-portfolio manager (R15)',
  'PATCH /api/v1/resources/{id}': 'body.institutionId when moving the resource: both institutions',
  'POST /api/v1/capabilities': 'body.institutionId: that institution’s resource-portfolio manager',
  'PATCH /api/v1/capabilities/{id}': 'body.institutionId when moving the capability: both institutions',
  'POST /api/v1/imports': 'the file’s rows: a service manager may only update the services they manage',
};

interface Operation {
  key: string;
  method: string;
  path: string;
  url: string;
  security?: Record<string, unknown>[];
}

let t: TestApp;
const operations: Operation[] = [];
let noRoles: { token: string; login: string };
let owner: { token: string };
let ownInstitutionId: string;
let otherInstitutionId: string;

const someId = '7d1f0c1e-4b7a-4c2e-9a55-0c6f0a1b2c3d';
const urlOf = (path: string) => path.replace(/\{id\}/g, someId).replace(/\{code\}/g, 'P-NONE').replace(/\{[^}]+\}/g, 'x');
const isProblem = (res: LightMyRequestResponse) => String(res.headers['content-type']).startsWith('application/problem+json');
const describeRes = (op: Operation, res: LightMyRequestResponse) => `${op.key} → ${res.statusCode} ${res.body.slice(0, 200)}`;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const own = await buildInstitution(db);
  const other = await buildInstitution(db);
  ownInstitutionId = own.id;
  otherInstitutionId = other.id;
  noRoles = await buildUser(db, own.id);
  const pm = await buildUser(db, own.id);
  await assignRole(db, 'portfolioOwner', own.id, pm.person.id, own.id);
  owner = pm;
  const doc = (await t.api({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
    paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
  };
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      operations.push({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, url: urlOf(path), security: op.security });
    }
  }
});
afterAll(async () => t?.close());

/** Sends `body` raw as JSON text, so a body that is no JSON at all is possible too. */
const send = (op: Operation, body: string, headers: Record<string, string> = {}) =>
  op.method === 'DELETE'
    ? t.app.inject({ method: 'DELETE', url: op.url, headers })
    : t.app.inject({ method: op.method as 'POST', url: op.url, headers: { 'content-type': 'application/json', ...headers }, payload: body });

describe('authorisation before validation', () => {
  it('lists every write operation of the OpenAPI document exactly once', () => {
    expect(operations.length).toBeGreaterThanOrEqual(35);
    const listed = [...Object.keys(PUBLIC), ...Object.keys(PRE_CHECKED), ...Object.keys(NO_PRE_CHECK)];
    expect(new Set(listed).size, 'an operation is listed twice').toBe(listed.length);
    const keys = operations.map((o) => o.key);
    expect(keys.filter((k) => !listed.includes(k)), 'write operations not listed here').toEqual([]);
    expect(listed.filter((k) => !keys.includes(k)), 'listed operations the API no longer has').toEqual([]);
    expect(Object.keys(BODY_COMPLETES_DECISION).filter((k) => !(k in PRE_CHECKED))).toEqual([]);
  });

  it('documents every protected write as needing a token or a session, and only those', () => {
    const optional = operations.filter((o) => o.security === undefined || o.security.some((s) => Object.keys(s).length === 0)).map((o) => o.key);
    expect(optional.sort()).toEqual(Object.keys(PUBLIC).sort());
  });

  it('(a) answers every protected write of an anonymous caller with 401 problem+json, whatever the body', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const op of operations) {
      if (op.key in PUBLIC) continue;
      for (const body of ['{}', '{"nameLv": 42, "unknown": true}', '{not json']) {
        const res = await send(op, body);
        checked++;
        if (res.statusCode !== 401 || !isProblem(res) || res.json().code !== 'unauthenticated') wrong.push(describeRes(op, res));
      }
      // A stale session cookie makes no difference: still anonymous, still 401 (not a CSRF 403).
      const stale = await send(op, '{}', { cookie: 'pkr_session=expired-or-made-up' });
      if (stale.statusCode !== 401) wrong.push(`${describeRes(op, stale)} (stale cookie)`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe((operations.length - Object.keys(PUBLIC).length) * 3);
  });

  it('leaves unknown routes and reads alone: 404 for a write to no route, reads open to anonymous callers', async () => {
    const none = await t.api({ method: 'POST', url: '/api/v1/no-such-thing', payload: {} });
    expect(none.statusCode).toBe(404);
    expect(isProblem(none)).toBe(true);
    expect((await t.api({ method: 'GET', url: '/api/v1/services' })).statusCode).toBe(200);
  });

  it('(a) lets anonymous callers reach the declared public writes (no 401, no 500)', async () => {
    for (const op of operations.filter((o) => o.key in PUBLIC)) {
      const res = await send(op, '{}');
      expect([401, 500], describeRes(op, res)).not.toContain(res.statusCode);
      expect(res.statusCode, describeRes(op, res)).toBeLessThan(500);
    }
  });

  it('(b) answers a signed-in user with no roles with 403 before reading the body, on every pre-checked write', async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => o.key in PRE_CHECKED)) {
      for (const body of ['{}', '{not json']) {
        const res = await send(op, body, { authorization: `Bearer ${noRoles.token}` });
        const ok = res.statusCode === 403 && isProblem(res) && res.json().code === 'forbidden' && String(res.json().title).includes(PRE_CHECKED[op.key]);
        if (!ok) wrong.push(describeRes(op, res));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('(b) lets a signed-in user with no roles reach validation on the writes without a pre-check', async () => {
    for (const op of operations.filter((o) => o.key in NO_PRE_CHECK)) {
      const res = await send(op, '{not json', { authorization: `Bearer ${noRoles.token}` });
      // DELETE has no body: an unknown token is 404; the others get as far as reading the body (400).
      // A 403 here means the route gained a pre-check: move it to PRE_CHECKED.
      expect(res.statusCode, describeRes(op, res)).toBe(op.method === 'DELETE' ? 404 : 400);
      expect(isProblem(res)).toBe(true);
    }
  });

  it('answers a caller with the right and an invalid body with 400 naming the field', async () => {
    const auth = { authorization: `Bearer ${owner.token}` };
    const create = await t.api({ method: 'POST', url: '/api/v1/services', headers: auth, payload: { ownerInstitutionId: ownInstitutionId, nameLv: 42 } });
    expect(create.statusCode, create.body).toBe(400);
    expect(create.json().code).toBe('validation');
    expect(create.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'nameLv' })]));

    const patch = await t.api({ method: 'PATCH', url: `/api/v1/institutions/${ownInstitutionId}`, headers: { ...auth, 'if-match': '"1"' }, payload: { nameLv: 42 } });
    expect(patch.statusCode, patch.body).toBe(400);
    expect(patch.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'nameLv' })]));
  });

  it('leaves the body-dependent part of the decision to the service: a portfolio manager creating for another institution gets 403 after validation', async () => {
    const auth = { authorization: `Bearer ${owner.token}` };
    // Invalid body: the pre-check passes (a portfolio manager somewhere), so validation speaks first.
    const invalid = await t.api({ method: 'POST', url: '/api/v1/services', headers: auth, payload: { ownerInstitutionId: otherInstitutionId, nameLv: 42 } });
    expect(invalid.statusCode, invalid.body).toBe(400);
    expect(invalid.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'nameLv' })]));
    // A valid body for the other institution: the service's own check, which reads ownerInstitutionId, refuses.
    const valid = await t.api({ method: 'POST', url: '/api/v1/services', headers: auth, payload: { ownerInstitutionId: otherInstitutionId, nameLv: 'Pase' } });
    expect(valid.statusCode, valid.body).toBe(403);
    expect(valid.json().title).toContain('service.create');
  });

  it('checks CSRF for a cookie session before the pre-check, and the pre-check before validation', async () => {
    const login = await t.api({ method: 'POST', url: '/api/v1/auth/login', payload: { login: noRoles.login, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.filter((c) => c.value !== '').map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = login.json().csrfToken as string;
    const services = operations.find((o) => o.key === 'POST /api/v1/services')!;
    const noToken = await send(services, '{}', { cookie });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf');
    const withToken = await send(services, '{}', { cookie, 'x-csrf-token': csrf });
    expect(withToken.statusCode).toBe(403);
    expect(withToken.json().code).toBe('forbidden');
    // The same person by session may create API tokens (not by token): the pre-check passes, validation speaks.
    const tokens = operations.find((o) => o.key === 'POST /api/v1/auth/tokens')!;
    const invalid = await send(tokens, '{}', { cookie, 'x-csrf-token': csrf });
    expect(invalid.statusCode, invalid.body).toBe(400);
    expect(invalid.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'name' })]));
  });

  it('still refuses text the database cannot store with 400 for a caller past authorisation, and 401 for an anonymous one', async () => {
    const payload = { ownerInstitutionId: ownInstitutionId, nameLv: 'Pase\u0000' };
    const anonymous = await t.api({ method: 'POST', url: '/api/v1/services', payload });
    expect(anonymous.statusCode).toBe(401);
    const signedIn = await t.api({ method: 'POST', url: '/api/v1/services', headers: { authorization: `Bearer ${owner.token}` }, payload });
    expect(signedIn.statusCode).toBe(400);
    expect(signedIn.json().errors).toEqual([expect.objectContaining({ path: 'nameLv', code: 'refusedCharacter' })]);
  });
});
