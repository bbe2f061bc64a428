import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildInstitution, buildUser, TEST_PASSWORD } from '../../../test/helpers/factories.js';
import { queryRows } from '../../platform/db/database.js';

const MAX = 3;

let t: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_ATTEMPTS: String(MAX) });
  // light-my-request calls from 127.0.0.1: here that address is the trusted proxy.
  proxied = await createTestApp({ LOGIN_MAX_ATTEMPTS: String(MAX), TRUSTED_PROXIES: '127.0.0.1' });
});
afterAll(async () => {
  await t?.close();
  await proxied?.close();
});

let nextAddress = 1;
/** A caller address of its own for each test, so per-address counters do not meet. */
const freshAddress = () => `10.20.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

const signIn = (app: TestApp, login: string, password: string, opts: { remoteAddress?: string; forwardedFor?: string; cookie?: string } = {}) =>
  app.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: opts.remoteAddress,
    headers: { ...(opts.forwardedFor ? { 'x-forwarded-for': opts.forwardedFor } : {}), ...(opts.cookie ? { cookie: opts.cookie } : {}) },
    payload: { login, password },
  });

const cookieOf = (res: LightMyRequestResponse) => res.cookies.filter((c) => c.value !== '').map((c) => `${c.name}=${c.value}`).join('; ');

/** A browser's cookie jar: keeps what responses set, forgets what they clear. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: LightMyRequestResponse): this {
    for (const c of res.cookies) {
      const expired = c.value === '' || (c.expires !== undefined && c.expires.getTime() <= Date.now()) || c.maxAge === 0;
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return this;
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Opens the login's current delay window to the past, as if the wait were over (no sleeping). */
async function endDelayWindow(app: TestApp, login: string) {
  await app.database.db.execute(sql`update login_throttles set blocked_until = now() - interval '1 second' where scope = 'login' and key = ${login.toLowerCase()}`);
}

describe('sign-in limit per address', () => {
  it('counts a rotating X-Forwarded-For as one caller when no proxy is trusted', async () => {
    const address = freshAddress();
    const perAddress = MAX * 5;
    for (let i = 0; i < perAddress; i++) {
      const res = await signIn(t, `spray-${i}@example.lv`, 'guess', { remoteAddress: address, forwardedFor: `203.0.113.${i + 1}` });
      expect(res.statusCode, `attempt ${i + 1}`).toBe(401);
    }
    const blocked = await signIn(t, 'spray-next@example.lv', 'guess', { remoteAddress: address, forwardedFor: '198.51.100.99' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('uses the forwarded address when the caller is a trusted proxy, and ignores it from anyone else', async () => {
    const client = '198.51.100.7';
    for (let i = 0; i < MAX * 5; i++) expect((await signIn(proxied, `spray-${i}@example.lv`, 'guess', { forwardedFor: client })).statusCode).toBe(401);
    expect((await signIn(proxied, 'spray-x@example.lv', 'guess', { forwardedFor: client })).statusCode).toBe(429);
    // Another client behind the same proxy is not held back by the first one's guesses.
    expect((await signIn(proxied, 'spray-x@example.lv', 'guess', { forwardedFor: '198.51.100.8' })).statusCode).toBe(401);
    // A caller that is not the proxy cannot pose as a fresh client: its header is ignored, its own address counts.
    const untrusted = freshAddress();
    for (let i = 0; i < MAX * 5; i++) await signIn(proxied, `other-${i}@example.lv`, 'guess', { remoteAddress: untrusted, forwardedFor: `203.0.113.${i + 1}` });
    expect((await signIn(proxied, 'other-x@example.lv', 'guess', { remoteAddress: untrusted, forwardedFor: '203.0.113.200' })).statusCode).toBe(429);
  });

  it('lets at most the per-address limit of 20 parallel guesses reach a password check', async () => {
    const address = freshAddress();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(t, `parallel-${i}@example.lv`, 'guess', { remoteAddress: address })));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(MAX * 5);
    expect(codes.filter((c) => c === 429)).toHaveLength(20 - MAX * 5);
  });
});

describe('sign-in limit per login', () => {
  it('after LOGIN_MAX_ATTEMPTS failures makes every attempt wait out a delay, whatever the password', async () => {
    const u = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    const address = freshAddress();
    for (let i = 0; i < MAX; i++) expect((await signIn(t, u.login, 'wrong-password', { remoteAddress: address })).statusCode).toBe(401);
    const waiting = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: address });
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json()).toMatchObject({ status: 429, code: 'tooManyRequests' });
    const firstDelay = Number(waiting.headers['retry-after']);
    expect(firstDelay).toBeGreaterThan(0);
    // Another address does not get round the per-login delay.
    expect((await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: freshAddress() })).statusCode).toBe(429);

    // Each further wrong guess after a wait doubles the next wait: guessing slows to a crawl.
    await endDelayWindow(t, u.login);
    expect((await signIn(t, u.login, 'wrong-password', { remoteAddress: address })).statusCode).toBe(401);
    const longer = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: address });
    expect(longer.statusCode).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBeGreaterThanOrEqual(2 * firstDelay - 1);
  });

  it('lets the owner in with the right password once the delay has passed, and starts counting afresh', async () => {
    const u = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    const address = freshAddress();
    for (let i = 0; i < MAX; i++) await signIn(t, u.login, 'wrong-password', { remoteAddress: address });
    expect((await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: address })).statusCode).toBe(429);
    await endDelayWindow(t, u.login);
    const ok = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: address });
    expect(ok.statusCode, ok.body).toBe(200);
    // The counter was reset: the next mistakes are ordinary 401s again.
    for (let i = 0; i < MAX; i++) expect((await signIn(t, u.login, 'wrong-password', { remoteAddress: address })).statusCode).toBe(401);
    expect((await signIn(t, u.login, 'wrong-password', { remoteAddress: address })).statusCode).toBe(429);
  });

  it('lets exactly LOGIN_MAX_ATTEMPTS of 20 parallel wrong guesses reach the password check', async () => {
    const u = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(t, u.login, `wrong-${i}`, { remoteAddress: `10.30.0.${i + 1}` })));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(MAX);
    expect(codes.filter((c) => c === 429)).toHaveLength(20 - MAX);
  });
});

describe('CSRF token bound to the session', () => {
  /** A cookie-authenticated write: create an API token. */
  const write = (cookie: string, csrfToken: string | null | undefined) =>
    t.api({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) }, payload: { name: 'csrf-test' } });

  it('accepts the token of the session, from sign-in and from GET /auth/session alike', async () => {
    const u = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    const login = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: freshAddress() });
    const cookie = cookieOf(login);
    expect((await write(cookie, login.json().csrfToken)).statusCode).toBe(201);
    const session = await t.api({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
    expect(session.json().csrfToken).toEqual(expect.any(String));
    expect((await write(cookie, session.json().csrfToken)).statusCode).toBe(201);
    expect((await write(cookie, undefined)).statusCode).toBe(403);
  });

  it('refuses with 403 a token from another session of the same person', async () => {
    const u = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    const a = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: freshAddress() });
    const b = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: freshAddress() });
    const refused = await write(cookieOf(b), a.json().csrfToken);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('csrf');
  });

  it('rotates the token at sign-in: one from before sign-out and sign-in again is refused', async () => {
    const u = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    const address = freshAddress();
    const jar = new Jar();
    const first = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: address });
    jar.take(first);
    const firstCookie = jar.header();
    const oldToken = first.json().csrfToken as string;
    const out = await t.api({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: firstCookie, 'x-csrf-token': oldToken } });
    expect(out.statusCode).toBe(204);
    jar.take(out);
    // The ended session's cookie and token open nothing.
    expect((await write(firstCookie, oldToken)).statusCode).toBe(401);
    // The same browser signs in again, keeping whatever other cookies it had.
    const second = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: address, cookie: jar.header() });
    expect(second.statusCode, second.body).toBe(200);
    jar.take(second);
    expect(second.json().csrfToken).not.toBe(oldToken);
    const refused = await write(jar.header(), oldToken);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('csrf');
    expect((await write(jar.header(), second.json().csrfToken)).statusCode).toBe(201);
  });

  it('signs in although the browser still sends the cookie of a session that has ended', async () => {
    const u = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    const first = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: freshAddress() });
    await t.database.db.execute(sql`delete from sessions where account_id = ${u.account.id}::uuid`);
    const again = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: freshAddress(), cookie: cookieOf(first) });
    expect(again.statusCode, again.body).toBe(200);
  });

  it('keeps no CSRF secret outside the session (no separate cookie)', async () => {
    const u = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    const login = await signIn(t, u.login, TEST_PASSWORD, { remoteAddress: freshAddress() });
    expect(login.cookies.map((c) => c.name)).toEqual(['sid']);
    const rows = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from sessions where account_id = ${u.account.id}::uuid`);
    expect(rows[0].n).toBe(1);
  });
});
