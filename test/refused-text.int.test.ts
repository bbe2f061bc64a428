import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestApp, type TestApp } from './helpers/app.js';
import { assignRole, buildInstitution, buildUser } from './helpers/factories.js';
import { findRefusedText } from '../src/platform/http/refused-text.js';

/**
 * Text PostgreSQL refuses (the NUL character, unpaired surrogates) in every
 * path segment, query parameter and body field of every operation of the
 * OpenAPI document, from an anonymous caller and a signed-in one with broad
 * rights, and in the catalogue's pages: always a 4xx naming the field, never a 500.
 */
let t: TestApp;
let token: string;
interface Operation {
  method: string;
  path: string;
  query: string[];
  bodyFields: string[];
}
const operations: Operation[] = [];

interface OpenApiDoc {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }>>;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await buildInstitution(db, { kind: 'ministry' });
  const user = await buildUser(db, ministry.id, { isSystemAdmin: true });
  await assignRole(db, 'stateLead', ministry.id, user.person.id, null);
  await assignRole(db, 'portfolioOwner', ministry.id, user.person.id, ministry.id);
  token = user.token;
  const doc = (await t.api({ method: 'GET', url: '/api/v1/openapi.json' })).json() as OpenApiDoc;
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const schema = op.requestBody?.content?.['application/json']?.schema;
      operations.push({
        method: method.toUpperCase(),
        path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: Object.keys(schema?.properties ?? {}),
      });
    }
  }
});
afterAll(async () => t?.close());

const refused = fc.constantFrom('\u0000', 'a\u0000b', 'Rīga\u0000', '\uD800', 'x\uDC00y', '\uDBFF', 'ā\u0000\uD800');
const normal = fc.constantFrom('pase', 'Rīga', '00000000-0000-4000-8000-000000000000', '1', 'publicIndividual', '');
/** Percent-encodes for a URL; an unpaired surrogate has no UTF-8 form, so it goes as the bytes a hostile client would send. */
const enc = (s: string): string => [...s].map((c) => { try { return encodeURIComponent(c); } catch { return '%ED%A0%80'; } }).join('');
const CATALOGUE_PAGES = ['/', '/pakalpojumi', '/dzives-situacijas', '/klientu-centri', '/iestades', '/starpiestazu', '/pakalpojumi/P1/x', '/dzives-situacijas/X', '/klientu-centri/X'];

describe('text the database refuses', () => {
  it('finds the operations of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(60);
  });

  it('names the field that carries it', () => {
    expect(findRefusedText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toBe('a[1].c');
    expect(findRefusedText({ name: 'Rīga 🇱🇻' })).toBeNull();
    expect(findRefusedText('\uDFFF', 'query')).toBe('query');
  });

  it('answers sign-in with a NUL in the login with 400 naming the field', async () => {
    const res = await t.api({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'a\u0000@b.lv', password: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'login', code: 'refusedCharacter' })]);
  });

  it('answers a NUL in the q of a list with 400 naming query.q', async () => {
    const res = await t.api({ method: 'GET', url: `/api/v1/services?q=${encodeURIComponent('pase\u0000')}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'query.q', code: 'refusedCharacter' });
  });

  it('answers 10,000 requests with refused text anywhere with 4xx or success, never 500', async () => {
    let requests = 0;
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 100_000 }),
        fc.boolean(),
        fc.constantFrom('path', 'query', 'body', 'page'),
        refused,
        normal,
        async (pick, signedIn, where, bad, good) => {
          const headers: Record<string, string> = signedIn ? { authorization: `Bearer ${token}` } : {};
          let method = 'GET';
          let url: string;
          let payload: Record<string, unknown> | undefined;
          if (where === 'page') {
            const page = CATALOGUE_PAGES[pick % CATALOGUE_PAGES.length];
            url = `${page}${page.includes('?') ? '&' : '?'}q=${enc(bad)}`;
            if (pick % 2 === 0 && page.split('/').length > 2) url = `${page}${enc(bad)}`;
          } else {
            const op = operations[pick % operations.length];
            method = op.method;
            const segments = op.path.match(/\{[^}]+\}/g) ?? [];
            const badSegment = where === 'path' && segments.length > 0 ? pick % segments.length : -1;
            let i = 0;
            url = op.path.replace(/\{[^}]+\}/g, () => enc(i++ === badSegment ? bad : good || '1'));
            const queryName = op.query.length ? op.query[pick % op.query.length] : 'q';
            if (where === 'query' || where === 'path') url += `?${queryName}=${enc(where === 'query' ? bad : good)}`;
            if (method !== 'GET' && method !== 'DELETE') {
              payload = {};
              for (const f of op.bodyFields) payload[f] = good;
              const target = op.bodyFields.length ? op.bodyFields[pick % op.bodyFields.length] : 'nameLv';
              if (where === 'body') payload[target] = pick % 3 === 0 ? [bad] : bad;
            }
          }
          const res = await t.app.inject({ method: method as 'GET', url, headers, payload });
          requests++;
          codes.set(res.statusCode, (codes.get(res.statusCode) ?? 0) + 1);
          if (res.statusCode >= 500) throw new Error(`${method} ${JSON.stringify(url)} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
          if (res.statusCode >= 400 && url.startsWith('/api/v1/') && !url.startsWith('/api/v1/docs')) expect(res.headers['content-type'], `${method} ${url}`).toContain('application/problem+json');
        },
      ),
      { numRuns: 10_000, seed: 20261207 },
    );
    expect(requests).toBeGreaterThanOrEqual(10_000);
    // Most carry refused text and are refused at the edge, naming where.
    expect(codes.get(400) ?? 0).toBeGreaterThan(5_000);
  }, 300_000);
});
