import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildUser } from '../../../test/helpers/factories.js';
import { buildResource, buildService, buildServiceOwner, publishableFields } from '../../../test/helpers/service-factories.js';
import { SYSTEM_ACTOR } from '../../platform/actor.js';
import { services, serviceVersions } from '../services/services.table.js';
import { submitService } from '../services/services.service.js';
import { roleAssignments } from '../roles/roles.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const SYSTEM = { actor: SYSTEM_ACTOR, requestId: 'test' };
const DAY = 24 * 3600 * 1000;

/**
 * One institution's register: a managed draft, a managed published service not
 * reviewed for 400 days, a submitted service without a manager, a draft the
 * portfolio manager wrote, and a resource without a manager.
 */
async function buildInstitutionWork() {
  const db = t.database.db;
  const owner = await buildServiceOwner(db);
  const inst = owner.institution;
  const managedDraft = await buildService(db, { ownerInstitutionId: inst.id, nameLv: 'Pārvaldīts melnraksts' }, { managerPersonId: owner.manager.person.id });
  const { extras: _e, ...fields } = await publishableFields(db, inst);
  const stale = await buildService(db, { ownerInstitutionId: inst.id, ...fields }, { publish: true, managerPersonId: owner.manager.person.id });
  await db.update(serviceVersions).set({ publishedAt: new Date(Date.now() - 400 * DAY) }).where(eq(serviceVersions.serviceId, stale.id));
  await db.update(services).set({ reviewedAt: null }).where(eq(services.id, stale.id));
  const { extras: _f, ...freshFields } = await publishableFields(db, inst);
  const fresh = await buildService(db, { ownerInstitutionId: inst.id, ...freshFields }, { publish: true, managerPersonId: owner.manager.person.id });
  // Only a publishable draft can be submitted: this one was, and its manager has left since.
  const { extras: _g, ...submittedFields } = await publishableFields(db, inst);
  const submitted = await buildService(db, { ownerInstitutionId: inst.id, ...submittedFields });
  const leaver = await buildUser(db, inst.id);
  const leaving = await assignRole(db, 'serviceOwner', inst.id, leaver.person.id, submitted.id);
  await submitService(db, SYSTEM, submitted.id, null, 'lv');
  await db.update(roleAssignments).set({ endedAt: new Date(Date.now() - 10 * DAY) }).where(eq(roleAssignments.id, leaving.id));
  const written = await t.api({ method: 'POST', url: '/api/v1/services', token: owner.pm.token, payload: { ownerInstitutionId: inst.id, nameLv: 'Kopuma vadītāja melnraksts' } });
  expect(written.statusCode, written.body).toBe(201);
  const resource = await buildResource(db, inst.id);
  return { owner, inst, managedDraft, stale, fresh, submitted, written: written.json(), resource };
}

const work = async (token?: string, query = '') => t.api({ method: 'GET', url: `/api/v1/me/work${query}`, token });
const ids = (list: { items: { id: string }[] }) => list.items.map((i) => i.id).sort();

describe('my work', () => {
  // Two institutions' registers, read (never changed) by the tests below.
  let w: Awaited<ReturnType<typeof buildInstitutionWork>>;
  let other: Awaited<ReturnType<typeof buildInstitutionWork>>;
  beforeAll(async () => {
    w = await buildInstitutionWork();
    other = await buildInstitutionWork();
  }, 240_000);

  it('shows a service manager their services with validation counts, their drafts and their overdue reviews, and nothing else', async () => {
    const res = await work(w.owner.manager.token);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(ids(body.managedServices)).toEqual([w.managedDraft.id, w.stale.id, w.fresh.id].sort());
    expect(body.managedServices.total).toBe(3);
    const draft = body.managedServices.items.find((i: { id: string }) => i.id === w.managedDraft.id);
    const report = (await t.api({ method: 'GET', url: `/api/v1/services/${w.managedDraft.id}/validation`, token: w.owner.manager.token })).json();
    expect(draft).toMatchObject({ code: w.managedDraft.code, nameLv: 'Pārvaldīts melnraksts', ownerInstitution: { id: w.inst.id, code: w.inst.code, nameLv: w.inst.nameLv } });
    expect(draft.errorCount).toBe(report.errors.length);
    expect(draft.warningCount).toBe(report.warnings.length);
    expect(draft.errorCount).toBeGreaterThan(0);
    expect(body.managedServices.items.find((i: { id: string }) => i.id === w.fresh.id)).toMatchObject({ errorCount: 0, publishable: true });
    expect(ids(body.drafts)).toEqual([w.managedDraft.id]);
    expect(ids(body.reviewOverdue)).toEqual([w.stale.id]);
    expect(new Date(body.reviewOverdue.items[0].lastReviewedAt).getTime()).toBeLessThan(Date.now() - 365 * DAY);
    // Approvals and missing managers are the portfolio manager's work.
    expect(body.awaitingPublication).toEqual({ items: [], total: 0 });
    expect(body.servicesWithoutManager.total).toBe(0);
    expect(body.resourcesWithoutManager.total).toBe(0);
  });

  it('shows a portfolio manager the publication queue, their drafts, missing managers and overdue reviews of their institution only', async () => {
    const body = (await work(w.owner.pm.token)).json();
    expect(ids(body.awaitingPublication)).toEqual([w.submitted.id]);
    expect(body.awaitingPublication.items[0]).toMatchObject({ versionNo: 1, ownerInstitution: { id: w.inst.id } });
    expect(body.awaitingPublication.items[0].submittedAt).not.toBeNull();
    expect(ids(body.drafts)).toEqual([w.written.id]);
    expect(ids(body.servicesWithoutManager)).toEqual([w.submitted.id, w.written.id].sort());
    expect(body.servicesWithoutManager.items[0]).toMatchObject({ kind: 'service' });
    expect(ids(body.resourcesWithoutManager)).toEqual([w.resource.id]);
    expect(body.resourcesWithoutManager.items[0]).toMatchObject({ kind: 'resource', code: w.resource.code, ownerInstitution: { id: w.inst.id } });
    expect(ids(body.reviewOverdue)).toEqual([w.stale.id]);
    expect(body.managedServices.total).toBe(0);
    const everything = JSON.stringify(body);
    for (const id of [other.submitted.id, other.written.id, other.resource.id, other.stale.id, other.inst.id]) expect(everything).not.toContain(id);
  });

  it('shows a user of another institution nothing of others, and an administrator every publication queue', async () => {
    const stranger = await buildUser(t.database.db, (await buildServiceOwner(t.database.db)).institution.id);
    const body = (await work(stranger.token)).json();
    for (const list of ['managedServices', 'awaitingPublication', 'drafts', 'servicesWithoutManager', 'resourcesWithoutManager', 'reviewOverdue']) {
      expect(body[list], list).toEqual({ items: [], total: 0 });
    }
    const admin = await buildUser(t.database.db, w.inst.id, { isSystemAdmin: true });
    const page = await t.api({ method: 'GET', url: '/api/v1/me/work/awaiting-publication?pageSize=200', token: admin.token });
    expect(page.statusCode, page.body).toBe(200);
    expect(ids(page.json())).toContain(w.submitted.id);
  });

  it('pages each list on its own route with the total', async () => {
    const first = await t.api({ method: 'GET', url: '/api/v1/me/work/services-without-manager?page=1&pageSize=1', token: w.owner.pm.token });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    const second = (await t.api({ method: 'GET', url: '/api/v1/me/work/services-without-manager?page=2&pageSize=1', token: w.owner.pm.token })).json();
    expect([first.json().items[0].id, second.items[0].id].sort()).toEqual([w.submitted.id, w.written.id].sort());
    const capped = (await work(w.owner.manager.token, '?limit=1')).json();
    expect(capped.managedServices.items).toHaveLength(1);
    expect(capped.managedServices.total).toBe(3);
  });

  it('lists a service again once its manager leaves', async () => {
    const own = await buildInstitutionWork();
    const successor = await buildUser(t.database.db, own.inst.id);
    const appointment = await assignRole(t.database.db, 'serviceOwner', own.inst.id, successor.person.id, own.submitted.id);
    expect(ids((await work(own.owner.pm.token)).json().servicesWithoutManager)).toEqual([own.written.id]);
    const endedAt = new Date(Date.now() - 3 * DAY);
    await t.database.db.update(roleAssignments).set({ endedAt }).where(eq(roleAssignments.id, appointment.id));
    const again = (await work(own.owner.pm.token)).json().servicesWithoutManager.items.find((i: { id: string }) => i.id === own.submitted.id);
    expect(again.missingSince).toBe(endedAt.toISOString());
  });

  it('refuses anonymous callers with 401 and a bad limit with 400 naming the field', async () => {
    expect((await work()).statusCode).toBe(401);
    expect((await t.api({ method: 'GET', url: '/api/v1/me/work/drafts' })).statusCode).toBe(401);
    const w = await buildServiceOwner(t.database.db);
    const bad = await work(w.pm.token, '?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('querystring.limit');
    const badPage = await t.api({ method: 'GET', url: '/api/v1/me/work/drafts?pageSize=500', token: w.pm.token });
    expect(badPage.statusCode).toBe(400);
    expect(badPage.json().errors[0].path).toBe('querystring.pageSize');
  });
});

describe('API contract', () => {
  it('documents the workspace and dependency routes with their schemas in the OpenAPI document', async () => {
    const res = await t.api({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    const doc = res.json();
    const paths = Object.keys(doc.paths);
    for (const p of ['/me/work', '/me/work/managed-services', '/me/work/awaiting-publication', '/me/work/drafts', '/me/work/services-without-manager', '/me/work/resources-without-manager', '/me/work/review-overdue', '/dependencies/graph', '/dependencies/impact']) {
      expect(paths.some((x) => x.endsWith(p)), p).toBe(true);
    }
    for (const schema of ['MyWork', 'WorkManagedService', 'DependencyGraph', 'DependencyNode', 'DependencyEdge', 'ImpactResponse', 'ImpactItem']) {
      expect(Object.keys(doc.components.schemas), schema).toContain(schema);
    }
  });
});
