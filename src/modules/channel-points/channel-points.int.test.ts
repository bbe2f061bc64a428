import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { auditLog } from '../audit/audit.table.js';
import { buildServiceUsing } from '../../../test/helpers/service-usage-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
let seq = 0;
const code = (prefix = 'CP') => `${prefix}-${Date.now().toString(36).toUpperCase()}-${++seq}`;

/** An institution with its portfolio manager (who may keep its channel points). */
async function institutionWithManager() {
  const inst = await buildInstitution(t.database.db);
  const pm = await buildUser(t.database.db, inst.id);
  await assignRole(t.database.db, 'portfolioOwner', inst.id, pm.person.id, inst.id);
  return { inst, pm };
}

const centre = (institutionId: string, over: Record<string, unknown> = {}) => ({
  code: code(),
  institutionId,
  channelType: 'vpvkac',
  nameLv: 'Valsts un pašvaldības vienotais klientu apkalpošanas centrs Ādažos',
  address: 'Gaujas iela 33A, Ādaži',
  openingHours: { weekly: { '1': ['08:30-12:00', '12:30-17:00'], '2': ['08:30-17:00'] }, notesLv: 'Svētku dienās slēgts' },
  accessibilityNotesLv: 'Ieeja ar uzbrauktuvi ratiņkrēslam',
  ...over,
});

describe('channel points API', () => {
  it('lets the portfolio manager register a one-stop centre, shows its policy meaning to everyone and audits the write', async () => {
    const { inst, pm } = await institutionWithManager();
    const res = await t.api({ method: 'POST', url: '/api/v1/channel-points', token: pm.token, payload: centre(inst.id) });
    expect(res.statusCode, res.body).toBe(201);
    const cp = res.json();
    expect(res.headers.etag).toBe('"1"');
    expect(cp).toMatchObject({ channelType: 'vpvkac', environment: 'inPerson', digital: false, active: true, serviceCount: 0, institution: { id: inst.id } });
    expect(cp.openingHours.weekly['1']).toEqual(['08:30-12:00', '12:30-17:00']);

    const anon = await t.api({ method: 'GET', url: `/api/v1/channel-points/${cp.id}` });
    expect(anon.statusCode).toBe(200);
    expect(anon.json().address).toBe('Gaujas iela 33A, Ādaži');

    const entries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'channelPoint'), eq(auditLog.entityId, cp.id)));
    expect(entries.map((e) => e.action)).toEqual(['channelPoint.create']);
    expect(entries[0].actorPersonId).toBe(pm.person.id);
  });

  it('registers an e-address channel with nothing but its name, and a portal with its https address', async () => {
    const { inst, pm } = await institutionWithManager();
    const eAddress = await t.api({ method: 'POST', url: '/api/v1/channel-points', token: pm.token, payload: { code: code(), institutionId: inst.id, channelType: 'eAddress', nameLv: 'Oficiālā e-adrese' } });
    expect(eAddress.statusCode, eAddress.body).toBe(201);
    expect(eAddress.json()).toMatchObject({ environment: 'remoteElectronic', digital: true });
    const portal = await t.api({
      method: 'POST',
      url: '/api/v1/channel-points',
      token: pm.token,
      payload: { code: code(), institutionId: inst.id, channelType: 'institutionPortal', nameLv: 'Iestādes pašapkalpošanās portāls', url: 'https://eds.vid.gov.lv' },
    });
    expect(portal.statusCode, portal.body).toBe(201);
  });

  it('refuses bad input on create with 400 naming each field', async () => {
    const { inst, pm } = await institutionWithManager();
    const post = (payload: Record<string, unknown>) => t.api({ method: 'POST', url: '/api/v1/channel-points', token: pm.token, payload });
    const errPaths = (r: { json(): { errors: { path: string }[] } }) => r.json().errors.map((e) => e.path).sort();

    const noAddress = await post(centre(inst.id, { address: null }));
    expect(noAddress.statusCode).toBe(400);
    expect(errPaths(noAddress)).toEqual(['address']);

    const httpPortal = await post({ code: code(), institutionId: inst.id, channelType: 'institutionPortal', nameLv: 'Portāls', url: 'http://portals.example.lv' });
    expect(httpPortal.statusCode).toBe(400);
    expect(errPaths(httpPortal)).toEqual(['url']);

    const noPhone = await post({ code: code(), institutionId: inst.id, channelType: 'phone', nameLv: 'Informatīvais tālrunis' });
    expect(errPaths(noPhone)).toEqual(['phone']);
    const noEmail = await post({ code: code(), institutionId: inst.id, channelType: 'email', nameLv: 'E-pasts' });
    expect(errPaths(noEmail)).toEqual(['email']);

    const unknownType = await post({ code: code(), institutionId: inst.id, channelType: 'pigeon', nameLv: 'Pasta balodis' });
    expect(unknownType.statusCode).toBe(400);
    expect(errPaths(unknownType)).toEqual(['channelType']);

    const badHours = await post(centre(inst.id, { openingHours: { weekly: { '1': ['17:00-08:30'], '3': ['8-17'] } } }));
    expect(badHours.statusCode).toBe(400);
    expect(errPaths(badHours)).toEqual(['openingHours.weekly.1[0]', 'openingHours.weekly.3[0]']);

    const shape = await post({ code: 'lower case', institutionId: 'nope', channelType: 'vpvkac', nameLv: '', email: 'not-an-email', extra: 1 });
    expect(shape.statusCode).toBe(400);
    expect(errPaths(shape)).toEqual(expect.arrayContaining(['code', 'institutionId', 'nameLv', 'email']));

    const unknownInstitution = await t.api({
      method: 'POST',
      url: '/api/v1/channel-points',
      token: (await buildUser(t.database.db, inst.id, { isSystemAdmin: true })).token,
      payload: centre(UNKNOWN),
    });
    expect(unknownInstitution.statusCode).toBe(400);
    expect(errPaths(unknownInstitution)).toEqual(['institutionId']);
  });

  it('refuses a duplicate code with 409 naming the field', async () => {
    const { inst, pm } = await institutionWithManager();
    const body = centre(inst.id);
    expect((await t.api({ method: 'POST', url: '/api/v1/channel-points', token: pm.token, payload: body })).statusCode).toBe(201);
    const again = await t.api({ method: 'POST', url: '/api/v1/channel-points', token: pm.token, payload: body });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('code');
  });

  it('refuses writes for another institution with 403 and anonymous writes with 401', async () => {
    const a = await institutionWithManager();
    const b = await institutionWithManager();
    const cross = await t.api({ method: 'POST', url: '/api/v1/channel-points', token: a.pm.token, payload: centre(b.inst.id) });
    expect(cross.statusCode).toBe(403);
    const anon = await t.api({ method: 'POST', url: '/api/v1/channel-points', payload: centre(a.inst.id) });
    expect(anon.statusCode).toBe(401);

    const own = (await t.api({ method: 'POST', url: '/api/v1/channel-points', token: b.pm.token, payload: centre(b.inst.id) })).json();
    const edit = await t.api({ method: 'PATCH', url: `/api/v1/channel-points/${own.id}`, token: a.pm.token, headers: { 'if-match': '"1"' }, payload: { nameEn: 'Hijack' } });
    expect(edit.statusCode).toBe(403);
    const deactivate = await t.api({ method: 'POST', url: `/api/v1/channel-points/${own.id}/deactivate`, token: a.pm.token, headers: { 'if-match': '"1"' } });
    expect(deactivate.statusCode).toBe(403);
    const move = await t.api({ method: 'PATCH', url: `/api/v1/channel-points/${own.id}`, token: b.pm.token, headers: { 'if-match': '"1"' }, payload: { institutionId: a.inst.id } });
    expect(move.statusCode).toBe(403);

    const lead = await buildUser(t.database.db, a.inst.id);
    await assignRole(t.database.db, 'stateLead', a.inst.id, lead.person.id, null);
    const byLead = await t.api({ method: 'PATCH', url: `/api/v1/channel-points/${own.id}`, token: lead.token, headers: { 'if-match': '"1"' }, payload: { nameEn: 'One-stop centre' } });
    expect(byLead.statusCode, byLead.body).toBe(200);
  });

  it('changes opening hours with If-Match, refuses a stale edit with 409 and the current representation, and bad edits with 400', async () => {
    const { inst, pm } = await institutionWithManager();
    const cp = (await t.api({ method: 'POST', url: '/api/v1/channel-points', token: pm.token, payload: centre(inst.id) })).json();
    const url = `/api/v1/channel-points/${cp.id}`;
    const first = await t.api({ method: 'PATCH', url, token: pm.token, headers: { 'if-match': '"1"' }, payload: { openingHours: { weekly: { '1': ['09:00-18:00'] } } } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.json().openingHours.weekly).toEqual({ '1': ['09:00-18:00'] });

    const stale = await t.api({ method: 'PATCH', url, token: pm.token, headers: { 'if-match': '"1"' }, payload: { nameEn: 'Late' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.openingHours.weekly).toEqual({ '1': ['09:00-18:00'] });
    expect((await t.api({ method: 'PATCH', url, token: pm.token, payload: { nameEn: 'No If-Match' } })).statusCode).toBe(428);

    const toPortal = await t.api({ method: 'PATCH', url, token: pm.token, headers: { 'if-match': '"2"' }, payload: { channelType: 'institutionPortal' } });
    expect(toPortal.statusCode).toBe(400);
    expect(toPortal.json().errors.map((e: { path: string }) => e.path)).toEqual(['url']);
    const badHours = await t.api({ method: 'PATCH', url, token: pm.token, headers: { 'if-match': '"2"' }, payload: { openingHours: { weekly: { '9': [] } } } });
    expect(badHours.statusCode).toBe(400);
    const unknownField = await t.api({ method: 'PATCH', url, token: pm.token, headers: { 'if-match': '"2"' }, payload: { serviceCount: 3 } });
    expect(unknownField.statusCode).toBe(400);
  });

  it('answers 404 for unknown ids on every endpoint', async () => {
    const admin = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id, { isSystemAdmin: true });
    const h = { 'if-match': '"1"' };
    expect((await t.api({ method: 'GET', url: `/api/v1/channel-points/${UNKNOWN}` })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: `/api/v1/channel-points/${UNKNOWN}/services` })).statusCode).toBe(404);
    expect((await t.api({ method: 'PATCH', url: `/api/v1/channel-points/${UNKNOWN}`, token: admin.token, headers: h, payload: { nameEn: 'X' } })).statusCode).toBe(404);
    expect((await t.api({ method: 'POST', url: `/api/v1/channel-points/${UNKNOWN}/deactivate`, token: admin.token, headers: h })).statusCode).toBe(404);
  });

  it('deactivates a point: the public no longer sees it, signed-in users still do', async () => {
    const { inst, pm } = await institutionWithManager();
    const cp = (await t.api({ method: 'POST', url: '/api/v1/channel-points', token: pm.token, payload: centre(inst.id) })).json();
    const off = await t.api({ method: 'POST', url: `/api/v1/channel-points/${cp.id}/deactivate`, token: pm.token, headers: { 'if-match': '"1"' } });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await t.api({ method: 'POST', url: `/api/v1/channel-points/${cp.id}/deactivate`, token: pm.token, headers: { 'if-match': '"1"' } })).statusCode).toBe(409);

    expect((await t.api({ method: 'GET', url: `/api/v1/channel-points/${cp.id}` })).statusCode).toBe(404);
    const anonList = await t.api({ method: 'GET', url: `/api/v1/channel-points?institutionId=${inst.id}&active=false` });
    expect(anonList.json().total).toBe(0);
    const staffList = await t.api({ method: 'GET', url: `/api/v1/channel-points?institutionId=${inst.id}&active=false`, token: pm.token });
    expect(staffList.json().items.map((i: { id: string }) => i.id)).toEqual([cp.id]);
  });

  it('filters the list by institution, type, environment and text, with paging and sorting', async () => {
    const { inst, pm } = await institutionWithManager();
    const post = (payload: Record<string, unknown>) => t.api({ method: 'POST', url: '/api/v1/channel-points', token: pm.token, payload });
    await post(centre(inst.id, { nameLv: 'A centrs Valmierā' }));
    await post(centre(inst.id, { nameLv: 'B centrs Cēsīs', channelType: 'institutionCentre' }));
    await post({ code: code(), institutionId: inst.id, channelType: 'phone', nameLv: 'C tālrunis', phone: '+371 67 000 000', openingHours: { weekly: { '1': ['09:00-16:00'] } } });
    const list = (qs: string) => t.api({ method: 'GET', url: `/api/v1/channel-points?institutionId=${inst.id}&${qs}` }).then((r) => r.json());

    expect((await list('')).total).toBe(3);
    expect((await list('environment=inPerson&sort=nameLv&order=desc')).items.map((i: { nameLv: string }) => i.nameLv)).toEqual(['B centrs Cēsīs', 'A centrs Valmierā']);
    expect((await list('environment=remoteElectronic')).items.map((i: { channelType: string }) => i.channelType)).toEqual(['phone']);
    expect((await list('channelType=vpvkac')).total).toBe(1);
    expect((await list('q=cēsīs')).total).toBe(1);
    const page = await list('pageSize=2&page=2');
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    const bad = await t.api({ method: 'GET', url: '/api/v1/channel-points?environment=space&pageSize=0' });
    expect(bad.statusCode).toBe(400);
  });

  it('lists the services using a point: published ones for the public, current versions too for signed-in users', async () => {
    const { inst, pm } = await institutionWithManager();
    const cp = (await t.api({ method: 'POST', url: '/api/v1/channel-points', token: pm.token, payload: centre(inst.id) })).json();
    const published = await buildServiceUsing(t.database.db, inst.id, {
      code: 'CPSVC-A',
      published: { nameLv: 'Pases izsniegšana', channelPoints: [{ id: cp.id, phase: 'request' }, { id: cp.id, phase: 'receipt' }] },
    });
    const draftOnly = await buildServiceUsing(t.database.db, inst.id, { code: 'CPSVC-B', draft: { nameLv: 'Jauns pakalpojums', channelPoints: [{ id: cp.id, phase: 'receipt' }] } });
    // A published service whose new draft dropped the point still uses it through its published version.
    const dropped = await buildServiceUsing(t.database.db, inst.id, {
      code: 'CPSVC-C',
      published: { nameLv: 'Vecā versija', channelPoints: [{ id: cp.id, phase: 'request' }] },
      draft: { nameLv: 'Jaunā versija' },
    });
    await buildServiceUsing(t.database.db, inst.id, { code: 'CPSVC-D', published: { nameLv: 'Cits pakalpojums' } });

    const anon = await t.api({ method: 'GET', url: `/api/v1/channel-points/${cp.id}/services` });
    expect(anon.statusCode, anon.body).toBe(200);
    expect(anon.json().items.map((s: { code: string }) => s.code)).toEqual(['CPSVC-A', 'CPSVC-C']);
    expect(anon.json().items[0]).toMatchObject({ serviceId: published.id, nameLv: 'Pases izsniegšana', phases: ['receipt', 'request'], status: 'published', owner: { id: inst.id } });

    const staff = await t.api({ method: 'GET', url: `/api/v1/channel-points/${cp.id}/services`, token: pm.token });
    const items = staff.json().items;
    expect(items.map((s: { code: string }) => s.code)).toEqual(['CPSVC-A', 'CPSVC-B', 'CPSVC-C']);
    expect(items.find((s: { serviceId: string }) => s.serviceId === draftOnly.id)).toMatchObject({ status: 'draft', inCurrentVersion: true, inPublishedVersion: false, phases: ['receipt'] });
    expect(items.find((s: { serviceId: string }) => s.serviceId === dropped.id)).toMatchObject({ nameLv: 'Jaunā versija', inCurrentVersion: false, inPublishedVersion: true });

    const paged = await t.api({ method: 'GET', url: `/api/v1/channel-points/${cp.id}/services?pageSize=1&page=2&sort=code&order=desc`, token: pm.token });
    expect(paged.json()).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(paged.json().items.map((s: { code: string }) => s.code)).toEqual(['CPSVC-B']);

    const one = await t.api({ method: 'GET', url: `/api/v1/channel-points/${cp.id}`, token: pm.token });
    expect(one.json().serviceCount).toBe(3);
    expect((await t.api({ method: 'GET', url: `/api/v1/channel-points/${cp.id}` })).json().serviceCount).toBe(2);
  });
});
