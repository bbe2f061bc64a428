import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/platform/config.js';
import { buildRegisterApp } from '../src/app/app.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { createTestDatabase } from './helpers/db.js';
import { buildInstitution, buildUser } from './helpers/factories.js';

const PROBLEM = 'application/problem+json';
const METRICS_TOKEN = 'scraper-secret-0123456789';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '2048', LOGIN_MAX_ATTEMPTS: '3', METRICS_TOKEN });
});
afterAll(async () => t?.close());

describe('health checks', () => {
  it('reports the process alive', async () => {
    const res = await t.api({ method: 'GET', url: '/health/live' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('reports ready with the kind of database it uses', async () => {
    const res = await t.api({ method: 'GET', url: '/health/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.database.kind });
    expect(t.database.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('reports not ready (503) once the database is gone', async () => {
    const other = await createTestApp();
    try {
      await other.database.close();
      const res = await other.app.inject({ method: 'GET', url: '/health/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'unavailable', database: other.database.kind });
      // Liveness does not depend on the database: the process itself is fine.
      expect((await other.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await other.app.close();
    }
  });
});

describe('metrics', () => {
  it('exposes request latency by route and the database pool to the scraper with the token', async () => {
    const call = await t.api({ method: 'GET', url: '/api/v1/institutions' });
    expect(call.statusCode).toBe(200);
    const res = await t.api({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/^http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/institutions"[^}]*\} \d+/m);
    expect(res.body).toMatch(/^http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/institutions",status="200"\} [1-9]/m);
    expect(res.body).toMatch(/^db_pool_connections\{state="total"\} \d+/m);
    expect(res.body).toMatch(/^db_pool_connections\{state="idle"\} \d+/m);
    expect(res.body).toMatch(/^db_pool_connections\{state="waiting"\} \d+/m);
  });

  it('refuses /metrics with 401 without the token or with a wrong one', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { authorization: `Basic ${METRICS_TOKEN}` }, { authorization: `Bearer ${METRICS_TOKEN}x` }]) {
      const res = await t.api({ method: 'GET', url: '/metrics', headers });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain(PROBLEM);
      expect(res.headers['www-authenticate']).toContain('Bearer');
      expect(res.body).not.toContain('http_request_duration_seconds');
    }
  });

  it('serves no /metrics at all (404) when no METRICS_TOKEN is configured', async () => {
    const other = await createTestApp();
    try {
      for (const headers of [{}, { authorization: 'Bearer anything-at-all-here' }]) {
        const res = await other.api({ method: 'GET', url: '/metrics', headers });
        expect(res.statusCode).toBe(404);
        expect(res.body).not.toContain('http_request_duration_seconds');
      }
    } finally {
      await other.close();
    }
  });
});

describe('request ids', () => {
  it('gives every response an x-request-id, unique per request', async () => {
    const responses = [
      await t.api({ method: 'GET', url: '/health/live' }),
      await t.api({ method: 'GET', url: '/api/v1/institutions' }),
      await t.api({ method: 'GET', url: '/no/such/page' }),
      await t.api({ method: 'GET', url: '/health/ready' }),
    ];
    const ids = responses.map((r) => r.headers['x-request-id']);
    for (const id of ids) expect(id).toMatch(/^\S{8,}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('echoes an incoming x-request-id, and error bodies carry the same id', async () => {
    const ok = await t.api({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'edge-proxy-42' } });
    expect(ok.headers['x-request-id']).toBe('edge-proxy-42');
    const missing = await t.api({ method: 'GET', url: '/api/v1/nothing-here', headers: { 'x-request-id': 'edge-proxy-43' } });
    expect(missing.headers['x-request-id']).toBe('edge-proxy-43');
    expect(missing.json().requestId).toBe('edge-proxy-43');
    const generated = await t.api({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(generated.json().requestId).toBe(generated.headers['x-request-id']);
  });
});

describe('bad requests get problem+json', () => {
  it('refuses a body over the limit with 413', async () => {
    const res = await t.api({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'x', password: 'y'.repeat(4000) } });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain(PROBLEM);
    expect(res.json()).toMatchObject({ status: 413, code: 'payloadTooLarge', requestId: res.headers['x-request-id'] });
    expect(res.json().title).toContain('2048');
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await t.api({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"login": "a", ' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain(PROBLEM);
    expect(res.json()).toMatchObject({ status: 400, code: 'badJson', requestId: res.headers['x-request-id'] });
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await t.api({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<login>a</login>' });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain(PROBLEM);
    expect(res.json()).toMatchObject({ status: 415, code: 'unsupportedMediaType', requestId: res.headers['x-request-id'] });
  });

  it('refuses a text/plain body with 415 too (the API speaks JSON only)', async () => {
    const res = await t.api({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'login=a&password=b' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'unsupportedMediaType' });
  });

  it('answers an unknown route with 404', async () => {
    const res = await t.api({ method: 'GET', url: '/api/v1/no-such-resource?x=1', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain(PROBLEM);
    expect(res.json()).toMatchObject({ status: 404, code: 'notFound', instance: '/api/v1/no-such-resource?x=1' });
    expect(res.json().title).toContain('/api/v1/no-such-resource');
  });
});

describe('sign-in rate limit', () => {
  it('refuses sign-in with 429 and Retry-After after LOGIN_MAX_ATTEMPTS failures', async () => {
    const inst = await buildInstitution(t.database.db);
    const user = await buildUser(t.database.db, inst.id);
    const attempt = (password: string) => t.api({ method: 'POST', url: '/api/v1/auth/login', payload: { login: user.login, password } });
    for (let i = 0; i < 3; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    const blocked = await attempt('wrong-password');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain(PROBLEM);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json()).toMatchObject({ status: 429, code: 'tooManyRequests' });
    // Even the right password waits until the delay has passed: guessing cannot continue
    // (src/modules/auth/auth.int.test.ts shows the owner getting in afterwards).
    expect((await attempt(user.password)).statusCode).toBe(429);
  });
});

describe('configuration', () => {
  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(loadConfig({}).PORT).toBe(3000);
  });

  it('listens on loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });

  it('trusts no proxy by default, and only well-formed proxy addresses', () => {
    expect(loadConfig({}).TRUSTED_PROXIES).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1,fd00::/8,loopback' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8', 'loopback']);
    for (const bad of ['proxy.example.lv', '10.0.0.0/33', '10.0.0.1/8/2', '*']) expect(() => loadConfig({ TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/);
  });

  it('wants a metrics token long enough not to be guessed', () => {
    expect(loadConfig({}).METRICS_TOKEN).toBeUndefined();
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('graceful shutdown', () => {
  /** A listening app with a slow route, as `npm start` runs it (routes can be added until it listens). */
  async function listeningApp() {
    const database = await createTestDatabase();
    const app = await buildRegisterApp({ database, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }) });
    let arrived!: () => void;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    const events: string[] = [];
    app.get('/test/slow', async () => {
      arrived();
      await new Promise((r) => setTimeout(r, 400));
      events.push('handler done');
      return { done: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    let closed = false;
    return {
      app,
      port,
      inFlight,
      events,
      close: () =>
        app.close().then(() => {
          closed = true;
          events.push('closed');
        }),
      async cleanup() {
        // If close() is still waiting (keep-alive sockets), end it so the test process can go on.
        if (!closed) app.server.closeAllConnections();
        await app.close();
        await database.close();
      },
    };
  }

  function get(port: number, path: string, agent: http.Agent | false, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        })
        .on('error', reject);
    });
  }

  it('finishes a request in flight before close() returns, and takes no new connections', async () => {
    const s = await listeningApp();
    try {
      const request = get(s.port, '/test/slow', false, { connection: 'close' });
      await s.inFlight;
      const closing = s.close();
      const response = await request;
      await closing;
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toEqual({ done: true });
      expect(s.events).toEqual(['handler done', 'closed']);
      await expect(get(s.port, '/health/live', false)).rejects.toThrow();
    } finally {
      await s.cleanup();
    }
  });

  it('lets a keep-alive client (a proxy) go once its request is done, so close() does not wait for the idle timeout', async () => {
    const s = await listeningApp();
    const agent = new http.Agent({ keepAlive: true });
    try {
      const request = get(s.port, '/test/slow', agent);
      await s.inFlight;
      const closing = s.close().then(() => 'closed');
      const response = await request;
      expect(response.status).toBe(200);
      // Fastify keeps idle keep-alive sockets for 72 s; a graceful shutdown must not sit that out.
      const outcome = await Promise.race([closing, new Promise((r) => setTimeout(() => r('still waiting after 3 s'), 3000))]);
      expect(outcome).toBe('closed');
    } finally {
      agent.destroy();
      await s.cleanup();
    }
  });
});
