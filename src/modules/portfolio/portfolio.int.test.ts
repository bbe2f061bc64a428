import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { buildService, buildServiceOwner, publishableFields } from '../../../test/helpers/service-factories.js';
import { auditLog } from '../audit/audit.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;

describe('portfolio (the institution’s service list)', () => {
  it('R11 records each publication with who, when and the list after the change', async () => {
    const { institution, pm, manager } = await buildServiceOwner(db());
    const { extras: _e1, ...f1 } = await publishableFields(db(), institution);
    const first = await buildService(db(), { ownerInstitutionId: institution.id, ...f1 }, { managerPersonId: manager.person.id });
    const pub = await t.api({ method: 'POST', url: `/api/v1/services/${first.id}/publish`, token: pm.token, headers: { 'if-match': `"${first.version}"` } });
    expect(pub.statusCode, pub.body).toBe(200);
    const { extras: _e2, ...f2 } = await publishableFields(db(), institution);
    const second = await buildService(db(), { ownerInstitutionId: institution.id, ...f2, nameLv: 'Būvatļaujas izsniegšana uzņēmumiem', nameParts: { object: 'Būvatļaujas', action: 'izsniegšana', info: 'uzņēmumiem' } }, { managerPersonId: manager.person.id });
    const pub2 = await t.api({ method: 'POST', url: `/api/v1/services/${second.id}/publish`, token: pm.token, headers: { 'if-match': `"${second.version}"` } });
    expect(pub2.statusCode, pub2.body).toBe(200);

    const res = await t.api({ method: 'GET', url: `/api/v1/institutions/${institution.id}/portfolio`, token: manager.token });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.portfolioManager.id).toBe(pm.person.id);
    expect(body.services.map((s: { id: string }) => s.id).sort()).toEqual([first.id, second.id].sort());
    expect(body.matchesLastApproval).toBe(true);
    expect(body.approvals.total).toBe(2);
    const [latest, earlier] = body.approvals.items;
    expect(latest).toMatchObject({ kind: 'publish', approvedBy: { id: pm.person.id }, serviceCount: 2, change: { added: [second.id], removed: [] } });
    expect(earlier).toMatchObject({ kind: 'publish', serviceCount: 1, change: { added: [first.id], removed: [] } });
    expect(Date.parse(latest.approvedAt)).toBeGreaterThanOrEqual(Date.parse(earlier.approvedAt));

    // The institution's own audit trail shows each approval of its list.
    const trail = await t.api({ method: 'GET', url: `/api/v1/audit/institution/${institution.id}`, token: pm.token });
    expect(trail.statusCode, trail.body).toBe(200);
    const approvals = trail.json().items.filter((e: { action: string }) => e.action === 'portfolio.approve');
    expect(approvals.map((e: { actorPersonId: string }) => e.actorPersonId)).toEqual([pm.person.id, pm.person.id]);
  });

  it('R10 lets only the portfolio manager approve the list as a whole, with a note', async () => {
    const { institution, pm, manager } = await buildServiceOwner(db());
    const { extras: _e, ...fields } = await publishableFields(db(), institution);
    const s = await buildService(db(), { ownerInstitutionId: institution.id, ...fields }, { publish: true, managerPersonId: manager.person.id });

    const byManager = await t.api({ method: 'POST', url: `/api/v1/institutions/${institution.id}/portfolio/approve`, token: manager.token, payload: { note: 'x' } });
    expect(byManager.statusCode).toBe(403);
    const admin = await buildUser(db(), institution.id, { isSystemAdmin: true });
    const byAdmin = await t.api({ method: 'POST', url: `/api/v1/institutions/${institution.id}/portfolio/approve`, token: admin.token, payload: {} });
    expect(byAdmin.statusCode).toBe(403);
    const other = await buildServiceOwner(db());
    const byOtherPm = await t.api({ method: 'POST', url: `/api/v1/institutions/${institution.id}/portfolio/approve`, token: other.pm.token, payload: {} });
    expect(byOtherPm.statusCode).toBe(403);
    const anon = await t.api({ method: 'POST', url: `/api/v1/institutions/${institution.id}/portfolio/approve`, payload: {} });
    expect(anon.statusCode).toBe(401);
    const unknown = await t.api({ method: 'POST', url: '/api/v1/institutions/00000000-0000-4000-8000-000000000000/portfolio/approve', token: pm.token, payload: {} });
    // Decided from the path before any lookup: not this id's portfolio manager, whether or not it exists.
    expect(unknown.statusCode).toBe(403);

    const ok = await t.api({ method: 'POST', url: `/api/v1/institutions/${institution.id}/portfolio/approve`, token: pm.token, payload: { note: 'Ikgadējā pārskatīšana 2025' } });
    expect(ok.statusCode, ok.body).toBe(201);
    const [latest] = ok.json().approvals.items;
    expect(latest).toMatchObject({ kind: 'list', note: 'Ikgadējā pārskatīšana 2025', serviceIds: [s.id], change: { added: [], removed: [] }, approvedBy: { id: pm.person.id } });
    const audits = await db().select().from(auditLog).where(eq(auditLog.entityId, institution.id));
    expect(audits.map((a) => a.action)).toContain('portfolio.approve');
  });

  it('is an internal document: anonymous callers get 401, other institutions 403, leads over it may read', async () => {
    const parent = await buildInstitution(db(), { kind: 'municipality', groupCode: 'derivedPublicPerson' });
    const { institution } = await buildServiceOwner(db(), { parentId: parent.id, kind: 'municipalInstitution', groupCode: 'derivedPublicPerson' });
    expect((await t.api({ method: 'GET', url: `/api/v1/institutions/${institution.id}/portfolio` })).statusCode).toBe(401);
    const outsider = await buildUser(db(), (await buildInstitution(db())).id);
    expect((await t.api({ method: 'GET', url: `/api/v1/institutions/${institution.id}/portfolio`, token: outsider.token })).statusCode).toBe(403);
    const lead = await buildUser(db(), parent.id);
    await assignRole(db(), 'municipalLead', parent.id, lead.person.id, parent.id);
    const res = await t.api({ method: 'GET', url: `/api/v1/institutions/${institution.id}/portfolio?pageSize=5`, token: lead.token });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ services: [], approvals: { items: [], total: 0, page: 1, pageSize: 5 }, matchesLastApproval: true });
    expect((await t.api({ method: 'GET', url: '/api/v1/institutions/not-an-id/portfolio', token: lead.token })).statusCode).toBe(400);
  });
});
