import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildService, buildServiceOwner, publishableFields } from '../../../test/helpers/service-factories.js';
import { importsIdle } from '../imports/imports.service.js';
import { services } from './services.table.js';

/**
 * Links (issue 9, finding 8): every URL field of every module accepts only
 * https:, mailto: and tel: (a 400 naming the field otherwise), imports refuse
 * the same values, and the catalogue and open data never emit another scheme as
 * a link, also for rows stored before the rule.
 */
let t: TestApp;
let o: Awaited<ReturnType<typeof buildServiceOwner>>;
let fields: Omit<Awaited<ReturnType<typeof publishableFields>>, 'extras'>;
let extras: Awaited<ReturnType<typeof publishableFields>>['extras'];

beforeAll(async () => {
  t = await createTestApp();
  o = await buildServiceOwner(t.database.db);
  ({ extras, ...fields } = await publishableFields(t.database.db, o.institution));
});
afterAll(async () => t?.close());

const HOSTILE = ['javascript:alert(1)', 'JaVaScRiPt:alert(document.cookie)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'http://www.vid.gov.lv'];

function expectRefused(res: { statusCode: number; body: string; json(): { errors?: { path: string; code: string; message: string }[] } }, path: string) {
  expect(res.statusCode, res.body).toBe(400);
  const issue = res.json().errors?.find((e) => e.path === path);
  expect(issue, res.body).toBeDefined();
  expect(issue!.code).toBe('invalid_format');
  expect(issue!.message).toContain('https://');
}

describe('links: only https:, mailto: and tel: are accepted', () => {
  it('refuses a hostile service contact or legal-basis link with a 400 naming the field, on create, edit and check', async () => {
    const base = { ownerInstitutionId: o.institution.id, ...fields, nameParts: null };
    for (const url of HOSTILE) {
      expectRefused(await t.api({ method: 'POST', url: '/api/v1/services', token: o.pm.token, payload: { ...base, contacts: { url } } }), 'contacts.url');
      expectRefused(await t.api({ method: 'POST', url: '/api/v1/services', token: o.pm.token, payload: { ...base, legalBasis: [{ act: 'Likums', url }] } }), 'legalBasis[0].url');
      expectRefused(await t.api({ method: 'POST', url: '/api/v1/services/validate', token: o.pm.token, payload: { ...base, contacts: { url } } }), 'contacts.url');
    }
    const created = await t.api({ method: 'POST', url: '/api/v1/services', token: o.pm.token, payload: { ...base, contacts: { url: 'https://www.vid.gov.lv', phone: null, email: null } } });
    expect(created.statusCode, created.body).toBe(201);
    const patch = await t.api({ method: 'PATCH', url: `/api/v1/services/${created.json().id}`, token: o.pm.token, headers: { 'if-match': `"${created.json().version}"` }, payload: { contacts: { url: 'javascript:alert(1)' } } });
    expectRefused(patch, 'contacts.url');
    expect((await t.api({ method: 'GET', url: `/api/v1/services/${created.json().id}`, token: o.pm.token })).json().description.contacts.url).toBe('https://www.vid.gov.lv');
  });

  it('accepts https:, mailto: and tel: links', async () => {
    for (const url of ['https://likumi.lv/ta/id/57980', 'mailto:info@vid.gov.lv', 'tel:+37167120000']) {
      const res = await t.api({ method: 'POST', url: '/api/v1/services/validate', token: o.pm.token, payload: { ownerInstitutionId: o.institution.id, ...fields, contacts: { url } } });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
  });

  it('refuses hostile links of channel points and institutions the same way', async () => {
    for (const url of HOSTILE) {
      const cp = await t.api({ method: 'POST', url: '/api/v1/channel-points', token: o.pm.token, payload: { code: 'CP-LINK', institutionId: o.institution.id, channelType: 'institutionPortal', nameLv: 'Portāls', url } });
      expectRefused(cp, 'url');
      const cpPatch = await t.api({ method: 'PATCH', url: `/api/v1/channel-points/${extras.web.id}`, token: o.pm.token, headers: { 'if-match': '"1"' }, payload: { url } });
      expectRefused(cpPatch, 'url');
      const inst = await t.api({ method: 'PATCH', url: `/api/v1/institutions/${o.institution.id}`, token: o.pm.token, headers: { 'if-match': '"1"' }, payload: { website: url } });
      expectRefused(inst, 'website');
    }
  });

  it('refuses a hostile link in an import row and writes nothing', async () => {
    const before = (await t.database.db.select().from(services).where(eq(services.ownerInstitutionId, o.institution.id))).length;
    const csv = `kods;nosaukums;saņēmēja_tips;tīmekļvietne\n;Pirmā pakalpojuma izsniegšana;publicIndividual;javascript:alert(1)\n`;
    const res = await t.api({ method: 'POST', url: '/api/v1/imports?dryRun=false', token: o.pm.token, headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(res.statusCode, res.body).toBe(202);
    await importsIdle(t.database.db);
    const imp = (await t.api({ method: 'GET', url: `/api/v1/imports/${res.json().id}?pageSize=200`, token: o.pm.token })).json();
    expect(imp.applied).toBe(false);
    const rejected = imp.report.items.find((r: { action: string }) => r.action === 'reject');
    expect(rejected, JSON.stringify(imp.report)).toBeDefined();
    expect(JSON.stringify(rejected.errors)).toContain('tīmekļvietne');
    expect((await t.database.db.select().from(services).where(eq(services.ownerInstitutionId, o.institution.id))).length).toBe(before);
  });

  it('never emits a stored hostile link as a link in the catalogue or open data', async () => {
    const db = t.database.db;
    const s = await buildService(db, { ownerInstitutionId: o.institution.id, ...fields, nameLv: 'Nekustamā īpašuma nodokļa aprēķināšana', nameParts: null }, { publish: true, managerPersonId: o.manager.person.id });
    // Rows written before the rule existed (straight SQL, as an old import would have left them).
    await db.execute(sql`update service_versions set contacts = ${JSON.stringify({ phone: null, email: null, url: 'javascript:alert(1)' })}::jsonb,
                                                  legal_basis = ${JSON.stringify([{ act: 'Likums', article: null, url: 'java\tscript:alert(2)' }])}::jsonb
                          where id = (select published_version_id from services where id = ${s.id}::uuid)`);
    await db.execute(sql`update channel_points set url = 'data:text/html,<script>alert(3)</script>' where id = ${extras.web.id}::uuid`);
    await db.execute(sql`update institutions set website = 'vbscript:msgbox(4)' where id = ${o.institution.id}::uuid`);
    const hostile = /javascript|java\tscript|data:text|vbscript/i;

    const page = await t.api({ method: 'GET', url: `/pakalpojumi/${encodeURIComponent(s.code)}` });
    expect(page.statusCode).toBe(200);
    const hrefs = [...page.body.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.filter((h) => hostile.test(h))).toEqual([]);

    const open = await t.api({ method: 'GET', url: `/api/v1/open/services/${encodeURIComponent(s.code)}` });
    expect(open.statusCode, open.body).toBe(200);
    expect(open.body).not.toMatch(hostile);
    expect(open.json().contacts.url).toBeNull();
    for (const format of ['csv', 'json', 'jsonld']) {
      const file = await t.api({ method: 'GET', url: `/api/v1/open/export/services.${format}` });
      expect(file.statusCode).toBe(200);
      expect(file.body, format).not.toMatch(hostile);
    }
    const inst = await t.api({ method: 'GET', url: `/api/v1/open/institutions/${encodeURIComponent(o.institution.code)}` });
    expect(inst.body).not.toMatch(hostile);
  });
});
