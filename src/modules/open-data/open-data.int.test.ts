import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { SYSTEM_ACTOR } from '../../platform/actor.js';
import { queryRows } from '../../platform/db/database.js';
import { seedDemo } from '../../seed/demo.js';
import { refreshServiceListings } from '../services/services.repository.js';

let t: TestApp;
let published: { code: string; recipient_type: string }[];
let hostile: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, { actor: SYSTEM_ACTOR, requestId: 'test' });
  // A published public service whose name would be a formula in a spreadsheet.
  const [victim] = await queryRows<{ id: string; code: string; published_version_id: string }>(
    t.database.db,
    sql`select s.id, s.code, s.published_version_id from service_listings l join services s on s.id = l.service_id
         where l.visibility = 'published' and l.recipient_type = 'publicIndividual' and s.template_service_id is null and not s.is_template order by s.code limit 1`,
  );
  hostile = victim.code;
  await t.database.db.execute(sql`update service_versions set name_lv = '=HYPERLINK("x")' where id = ${victim.published_version_id}`);
  await refreshServiceListings(t.database.db, [victim.id]);
  published = await queryRows(t.database.db, sql`select code, recipient_type from service_listings where visibility = 'published' and status = 'published'`);
}, 180_000);

afterAll(async () => {
  await t?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => t.api({ method: 'GET', url, headers });
const openCodes = () => published.filter((p) => p.recipient_type.startsWith('public')).map((p) => p.code).sort();

describe('open data read API', () => {
  it('lists only published public-catalogue services, without sign-in', async () => {
    const res = await get('/api/v1/open/services?pageSize=200');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(openCodes().length);
    expect(body.items.map((i: { code: string }) => i.code).sort()).toEqual(openCodes());
    const inter = published.filter((p) => p.recipient_type.startsWith('interInstitutional'));
    expect(inter.length).toBeGreaterThan(0);
    for (const p of inter) expect((await get(`/api/v1/open/services/${p.code}`)).statusCode).toBe(404);
  });

  it('filters by institution and recipient type', async () => {
    const all = (await get('/api/v1/open/services?pageSize=200')).json();
    const code = all.items[0].institution.code;
    const mine = (await get(`/api/v1/open/services?pageSize=200&institution=${code}`)).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((i: { institution: { code: string } }) => i.institution.code === code)).toBe(true);
    const general = (await get('/api/v1/open/services?pageSize=200&recipientType=publicGeneral')).json();
    expect(general.items.every((i: { recipientType: string }) => i.recipientType === 'publicGeneral')).toBe(true);
    expect((await get('/api/v1/open/services?updatedSince=2999-01-01T00:00:00Z')).json().total).toBe(0);
  });

  it('shows the full published description of a service, and drafts are not found', async () => {
    const code = openCodes()[0];
    const res = await get(`/api/v1/open/services/${code}`);
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.code).toBe(code);
    expect(s.owner.code).toBeTruthy();
    expect(Array.isArray(s.channels)).toBe(true);
    const [draft] = await queryRows<{ code: string }>(t.database.db, sql`select code from services where status <> 'published' limit 1`);
    if (draft) expect((await get(`/api/v1/open/services/${draft.code}`)).statusCode).toBe(404);
  });

  it('answers an unknown code with 404 problem+json', async () => {
    const res = await get('/api/v1/open/services/NO-SUCH-0001');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('notFound');
  });

  it('refuses bad parameters with 400 naming the field', async () => {
    for (const [url, field] of [
      ['/api/v1/open/services?pageSize=1000', 'pageSize'],
      ['/api/v1/open/services?updatedSince=yesterday', 'updatedSince'],
      ['/api/v1/open/services?recipientType=interInstitutionalShared', 'recipientType'],
      ['/api/v1/open/services/bad%20code', 'code'],
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(JSON.stringify(res.json().errors), url).toContain(field);
    }
  });

  it('gives life situations with needs and service codes, and institutions with their services', async () => {
    const list = (await get('/api/v1/open/life-situations')).json();
    expect(list.total).toBeGreaterThan(0);
    const ls = (await get(`/api/v1/open/life-situations/${list.items[0].code}`)).json();
    expect(ls.needs.length).toBeGreaterThan(0);
    expect(ls.serviceCodes.every((c: string) => openCodes().includes(c))).toBe(true);
    const insts = (await get('/api/v1/open/institutions?pageSize=200')).json();
    expect(insts.total).toBeGreaterThan(0);
    const inst = (await get(`/api/v1/open/institutions/${insts.items[0].code}`)).json();
    expect(inst.serviceCodes.length).toBe(insts.items[0].serviceCount);
  });
});

describe('HTTP caching and CORS', () => {
  it('sends a strong ETag and Cache-Control, and 304 for a matching If-None-Match', async () => {
    for (const url of ['/api/v1/open/services', `/api/v1/open/services/${openCodes()[0]}`, '/api/v1/open/export/services.csv']) {
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
      expect((await get(url, { 'if-none-match': '"other"' })).statusCode).toBe(200);
    }
  });

  it('allows reading from any origin under /open, and not elsewhere', async () => {
    const open = await get('/api/v1/open/services', { origin: 'https://example.org' });
    expect(open.headers['access-control-allow-origin']).toBe('*');
    expect(open.headers['access-control-allow-credentials']).toBeUndefined();
    const preflight = await t.api({ method: 'OPTIONS', url: '/api/v1/open/services', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } });
    expect(preflight.statusCode).toBeLessThan(300);
    expect(String(preflight.headers['access-control-allow-methods'])).toContain('GET');
    expect(String(preflight.headers['access-control-allow-methods'])).not.toContain('POST');
    const elsewhere = await get('/api/v1/services', { origin: 'https://example.org' });
    expect(elsewhere.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('OpenAPI', () => {
  it('documents the open data endpoints under the tag "Open data", without security', async () => {
    const doc = (await get('/api/v1/openapi.json')).json();
    for (const p of ['/api/v1/open/services', '/api/v1/open/services/{code}', '/api/v1/open/life-situations/{code}', '/api/v1/open/institutions', '/api/v1/open/export/services.jsonld']) {
      expect(doc.paths[p]?.get?.tags, p).toEqual(['Open data']);
      expect(doc.paths[p].get.security, p).toEqual([]);
    }
  });
});

describe('bulk export', () => {
  it('answers HEAD with the headers of the file and no body', async () => {
    const head = await t.api({ method: 'HEAD', url: '/api/v1/open/export/services.ttl' });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toContain('text/turtle');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000);
    expect(head.body).toBe('');
  });

  it('CSV has a BOM, one row per published public service, and neutralises formulas', async () => {
    const res = await get('/api/v1/open/export/services.csv');
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(res.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.code).sort()).toEqual(openCodes());
    const row = rows.find((r) => r.code === hostile)!;
    expect(row.name_lv).toBe(`'=HYPERLINK("x")`);
    expect(rows.every((r) => !/^[=+\-@\t\r]/.test(r.name_lv))).toBe(true);
  });

  it('JSON holds every published public service with its full description', async () => {
    const body = (await get('/api/v1/open/export/services.json')).json();
    expect(body.count).toBe(openCodes().length);
    expect(body.services.map((s: { code: string }) => s.code).sort()).toEqual(openCodes());
    expect(body.services.find((s: { code: string }) => s.code === hostile).nameLv).toBe('=HYPERLINK("x")');
  });
});
