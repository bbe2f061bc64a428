import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { buildChannelPoint, buildNeed, buildService, buildServiceOwner, publishableFields } from '../../../test/helpers/service-factories.js';
import { auditLog } from '../audit/audit.table.js';
import { serviceVersions, services } from './services.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;
const ifMatch = (v: number | string) => ({ 'if-match': `"${v}"` });

/** An owner with its portfolio manager and a service manager, and a publishable description. */
async function ownerWithFields() {
  const o = await buildServiceOwner(db());
  const { extras, ...fields } = await publishableFields(db(), o.institution);
  return { ...o, fields, extras };
}

async function createViaApi(token: string, payload: Record<string, unknown>) {
  const res = await t.api({ method: 'POST', url: '/api/v1/services', token, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('services: the publication workflow', () => {
  it('creates a draft, lets the service manager edit and submit it, and the portfolio manager publish it', async () => {
    const { institution, pm, manager, fields } = await ownerWithFields();
    const created = await createViaApi(pm.token, { ownerInstitutionId: institution.id, ...fields, nameLv: 'Būvatļaujas izsniegšana', nameParts: null });
    expect(created.code).toBe(`${institution.code}-0001`);
    expect(created.status).toBe('draft');
    expect(created.versionNo).toBe(1);
    expect(created.versionState).toBe('draft');
    expect(created.validation.mode).toBe('draft');
    expect(created.validation.errors).toEqual([]);
    // Drafts report hard rules as warnings: no service manager yet (R13).
    expect(created.validation.warnings.map((w: { rule: string }) => w.rule)).toContain('R13');
    expect(created.needs[0].lifeSituations).toHaveLength(1);
    await assignRole(db(), 'serviceOwner', institution.id, manager.person.id, created.id);

    const edited = await t.api({
      method: 'PATCH',
      url: `/api/v1/services/${created.id}`,
      token: manager.token,
      headers: ifMatch(created.version),
      payload: { nameLv: fields.nameLv, nameParts: fields.nameParts },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().description.nameLv).toBe(fields.nameLv);
    expect(edited.json().manager.id).toBe(manager.person.id);
    expect(edited.headers.etag).toBe(`"${created.version + 1}"`);

    const submitted = await t.api({ method: 'POST', url: `/api/v1/services/${created.id}/submit`, token: manager.token });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().versionState).toBe('submitted');
    expect(submitted.json().validation.publishable).toBe(true);

    const managerPublish = await t.api({ method: 'POST', url: `/api/v1/services/${created.id}/publish`, token: manager.token, headers: ifMatch(submitted.json().version) });
    expect(managerPublish.statusCode).toBe(403);

    const published = await t.api({ method: 'POST', url: `/api/v1/services/${created.id}/publish`, token: pm.token, headers: ifMatch(submitted.json().version) });
    expect(published.statusCode, published.body).toBe(200);
    const body = published.json();
    expect(body.status).toBe('published');
    expect(body.versionState).toBe('published');
    expect(body.publishedVersionNo).toBe(1);
    expect(body.draftVersionNo).toBeNull();
    // Web site and service centre in both phases, electronic processing: an e-service (R27).
    expect(body.digitalStatus).toBe('eService');
    expect(body.digitalByPhase).toEqual({ request: 'mixed', processing: 'electronic', receipt: 'mixed' });

    const anon = await t.api({ method: 'GET', url: `/api/v1/services/${created.id}` });
    expect(anon.statusCode).toBe(200);
    expect(anon.json().description.nameLv).toBe(fields.nameLv);
    expect(anon.json().draftVersionNo).toBeNull();

    const actions = await db().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'service'), eq(auditLog.entityId, created.id)));
    expect(actions.map((a) => a.action).sort()).toEqual(['service.create', 'service.publish', 'service.submit', 'service.update']);
  });

  it('R01 R13 R20 refuses to publish an incomplete service with 422 listing every violation', async () => {
    const { institution, pm } = await ownerWithFields();
    const draft = await createViaApi(pm.token, { ownerInstitutionId: institution.id, nameLv: 'Semināru organizēšana nevalstiskajām organizācijām' });
    const res = await t.api({ method: 'POST', url: `/api/v1/services/${draft.id}/publish`, token: pm.token, headers: ifMatch(draft.version) });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('ruleViolation');
    const rules = res.json().errors.filter((e: { severity: string }) => e.severity === 'error').map((e: { rule: string }) => e.rule);
    expect(rules).toEqual(expect.arrayContaining(['R01', 'R13', 'R20', 'R24']));
    const codes = res.json().errors.map((e: { code: string }) => e.code);
    expect(codes).toContain('service.needs.missing');
    // Nothing changed.
    const after = await t.api({ method: 'GET', url: `/api/v1/services/${draft.id}`, token: pm.token });
    expect(after.json().status).toBe('draft');
    expect(after.json().version).toBe(draft.version);

    const report = await t.api({ method: 'GET', url: `/api/v1/services/${draft.id}/validation`, token: pm.token, headers: { 'accept-language': 'en' } });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().publishable).toBe(false);
    const r01 = report.json().errors.find((e: { rule: string }) => e.rule === 'R01');
    expect(r01).toMatchObject({ code: 'service.needs.missing', path: 'needIds' });
    expect(r01.message).toMatch(/need/i);
  });

  it('R01 R13 R20 refuses to submit a draft with a blocking error with 422, giving the reasons the publication check gives', async () => {
    const { institution, pm } = await ownerWithFields();
    const draft = await createViaApi(pm.token, { ownerInstitutionId: institution.id, nameLv: 'Semināru organizēšana nevalstiskajām organizācijām' });
    const res = await t.api({ method: 'POST', url: `/api/v1/services/${draft.id}/submit`, token: pm.token, headers: ifMatch(draft.version) });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().code).toBe('ruleViolation');
    const publish = await t.api({ method: 'POST', url: `/api/v1/services/${draft.id}/publish`, token: pm.token, headers: ifMatch(draft.version) });
    expect(publish.statusCode).toBe(422);
    const reasons = (r: typeof res) => r.json().errors.map((e: { rule: string; code: string; path: string; severity: string }) => `${e.severity} ${e.rule} ${e.code} ${e.path}`).sort();
    expect(reasons(res)).toEqual(reasons(publish));
    expect(reasons(res)).toEqual(expect.arrayContaining([expect.stringMatching(/^error R01 service\.needs\.missing/), expect.stringMatching(/^error R13 /), expect.stringMatching(/^error R20 /)]));
    // Nothing changed: still a draft, same version, no audit row.
    const after = await t.api({ method: 'GET', url: `/api/v1/services/${draft.id}`, token: pm.token });
    expect(after.json()).toMatchObject({ versionState: 'draft', version: draft.version });
    const actions = await db().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'service'), eq(auditLog.entityId, draft.id)));
    expect(actions.map((a) => a.action)).toEqual(['service.create']);
  });

  it('editing a published service makes version 2 while version 1 stays published and unchanged', async () => {
    const { institution, pm, manager, fields } = await ownerWithFields();
    const v1 = await buildService(db(), { ownerInstitutionId: institution.id, ...fields }, { publish: true, managerPersonId: manager.person.id });
    expect(v1.status).toBe('published');

    const edit = await t.api({
      method: 'PATCH',
      url: `/api/v1/services/${v1.id}`,
      token: manager.token,
      headers: ifMatch(v1.version),
      payload: { descriptionLv: 'Jauns apraksts.', nameEn: 'Issuing building permits to private persons' },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ versionNo: 2, versionState: 'draft', publishedVersionNo: 1, draftVersionNo: 2, status: 'published' });
    // Lists were copied from version 1.
    expect(edit.json().description.needIds).toEqual(v1.description.needIds);

    const anon = await t.api({ method: 'GET', url: `/api/v1/services/${v1.id}` });
    expect(anon.json().description.descriptionLv).toBe(fields.descriptionLv);
    const pub = await t.api({ method: 'GET', url: `/api/v1/services/${v1.id}?version=published`, token: pm.token });
    expect(pub.json().versionNo).toBe(1);

    const publish2 = await t.api({ method: 'POST', url: `/api/v1/services/${v1.id}/publish`, token: pm.token, headers: ifMatch(edit.json().version) });
    expect(publish2.statusCode, publish2.body).toBe(200);
    expect(publish2.json().versionNo).toBe(2);

    const history = await t.api({ method: 'GET', url: `/api/v1/services/${v1.id}/versions` });
    expect(history.json().items.map((v: { versionNo: number; state: string }) => [v.versionNo, v.state])).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    const old = await t.api({ method: 'GET', url: `/api/v1/services/${v1.id}/versions/1` });
    expect(old.statusCode, old.body).toBe(200);
    expect(old.json().description.descriptionLv).toBe(fields.descriptionLv);
    expect(old.json().description.nameEn).toBeNull();

    const diff = await t.api({ method: 'GET', url: `/api/v1/services/${v1.id}/diff?from=1&to=2` });
    expect(diff.statusCode, diff.body).toBe(200);
    expect(diff.json().changes).toEqual(
      expect.arrayContaining([
        { path: 'descriptionLv', before: fields.descriptionLv, after: 'Jauns apraksts.' },
        { path: 'nameEn', before: null, after: 'Issuing building permits to private persons' },
      ]),
    );
    expect(diff.json().changes.map((c: { path: string }) => c.path)).not.toContain('needIds');
    const missing = await t.api({ method: 'GET', url: `/api/v1/services/${v1.id}/versions/9` });
    expect(missing.statusCode).toBe(404);
  });

  it('R11 archives a published service and records the changed list', async () => {
    const { institution, pm, manager, fields } = await ownerWithFields();
    const s = await buildService(db(), { ownerInstitutionId: institution.id, ...fields }, { publish: true, managerPersonId: manager.person.id });
    const noIfMatch = await t.api({ method: 'POST', url: `/api/v1/services/${s.id}/archive`, token: pm.token });
    expect(noIfMatch.statusCode).toBe(428);
    const byManager = await t.api({ method: 'POST', url: `/api/v1/services/${s.id}/archive`, token: manager.token, headers: ifMatch(s.version) });
    expect(byManager.statusCode).toBe(403);
    const res = await t.api({ method: 'POST', url: `/api/v1/services/${s.id}/archive`, token: pm.token, headers: ifMatch(s.version) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('archived');
    const again = await t.api({ method: 'POST', url: `/api/v1/services/${s.id}/archive`, token: pm.token, headers: ifMatch(res.json().version) });
    expect(again.statusCode).toBe(409);
    expect((await t.api({ method: 'GET', url: `/api/v1/services/${s.id}` })).statusCode).toBe(404);
    const portfolio = await t.api({ method: 'GET', url: `/api/v1/institutions/${institution.id}/portfolio`, token: pm.token });
    expect(portfolio.statusCode, portfolio.body).toBe(200);
    expect(portfolio.json().services).toEqual([]);
    const [latest] = portfolio.json().approvals.items;
    expect(latest).toMatchObject({ kind: 'archive', serviceCount: 0, change: { added: [], removed: [s.id] } });
  });
});

describe('services: conflicts and bad input', () => {
  it('of two concurrent edits with the same If-Match, one wins and the other gets 409 with the current representation', async () => {
    const { institution, pm, manager } = await ownerWithFields();
    const s = await buildService(db(), { ownerInstitutionId: institution.id, nameLv: 'Sākotnējais nosaukums pakalpojumam' }, { managerPersonId: manager.person.id });
    const edit = (tag: string, token: string) =>
      t.api({ method: 'PATCH', url: `/api/v1/services/${s.id}`, token, headers: ifMatch(s.version), payload: { nameLv: `Nosaukums ${tag} pakalpojumam`, descriptionLv: tag, keywords: [tag] } });
    const [a, b] = await Promise.all([edit('A', pm.token), edit('B', manager.token)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [won, lost] = a.statusCode === 200 ? [a, b] : [b, a];
    const tag = won.json().description.descriptionLv;
    expect(lost.json().code).toBe('staleVersion');
    expect(lost.json().current.description.descriptionLv).toBe(tag);
    expect(lost.json().current.version).toBe(s.version + 1);
    // Nothing half-written: one version, and every field from the same edit.
    const rows = await db().select().from(serviceVersions).where(eq(serviceVersions.serviceId, s.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ nameLv: `Nosaukums ${tag} pakalpojumam`, descriptionLv: tag, keywords: [tag] });
    const [row] = await db().select().from(services).where(eq(services.id, s.id));
    expect(row.rowVersion).toBe(s.version + 1);
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.action, 'service.update'), eq(auditLog.entityId, s.id)));
    expect(audits).toHaveLength(1);
  });

  it('refuses bad input to create with 400 naming each field, and unknown ids with 400, never 500', async () => {
    const { institution, pm } = await ownerWithFields();
    const bad = await t.api({
      method: 'POST',
      url: '/api/v1/services',
      token: pm.token,
      payload: { ownerInstitutionId: institution.id, recipientType: 'nope', complexity: 3, needIds: ['x'], code: 'lower case', surprise: 1 },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['recipientType', 'complexity', 'needIds[0]', 'code']));

    const ghost = '00000000-0000-4000-8000-000000000000';
    const unknown = await t.api({
      method: 'POST',
      url: '/api/v1/services',
      token: pm.token,
      payload: {
        ownerInstitutionId: institution.id,
        needIds: [ghost],
        channelPoints: [{ channelPointId: ghost, phase: 'request' }],
        providers: [{ institutionId: ghost }],
        resourceIds: [ghost],
        componentIds: [ghost],
        dependsOnIds: [ghost],
        replacesIds: [ghost],
        activityDirectionId: ghost,
      },
    });
    expect(unknown.statusCode, unknown.body).toBe(400);
    expect(unknown.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(
      ['activityDirectionId', 'channelPoints[0].channelPointId', 'componentIds[0]', 'dependsOnIds[0]', 'needIds[0]', 'providers[0].institutionId', 'replacesIds[0]', 'resourceIds[0]'].sort(),
    );
    const noOwner = await t.api({ method: 'POST', url: '/api/v1/services', token: pm.token, payload: { ownerInstitutionId: ghost } });
    expect(noOwner.statusCode).toBe(400);
    expect(noOwner.json().errors[0].path).toBe('ownerInstitutionId');
    const otherDirection = (await buildInstitution(db())).direction.id;
    const foreign = await t.api({ method: 'POST', url: '/api/v1/services', token: pm.token, payload: { ownerInstitutionId: institution.id, activityDirectionId: otherDirection } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0]).toMatchObject({ path: 'activityDirectionId', code: 'foreignDirection' });
  });

  it('R27 refuses a body that sets the digital status, saying it is computed', async () => {
    const { institution, pm } = await ownerWithFields();
    const create = await t.api({ method: 'POST', url: '/api/v1/services', token: pm.token, payload: { ownerInstitutionId: institution.id, digitalStatus: 'dService' } });
    expect(create.statusCode).toBe(400);
    expect(create.json().errors[0]).toMatchObject({ path: 'digitalStatus', code: 'readOnly' });
    expect(create.json().errors[0].message).toContain('aprēķināts');
    const s = await buildService(db(), { ownerInstitutionId: institution.id });
    const patch = await t.api({ method: 'PATCH', url: `/api/v1/services/${s.id}`, token: pm.token, headers: { ...ifMatch(s.version), 'accept-language': 'en' }, payload: { digitalStatus: 'eService' } });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().errors[0].message).toContain('computed');
  });

  it('R27 derives a d-service only when every phase is electronic, and no status from an in-person channel', async () => {
    const { institution, pm } = await ownerWithFields();
    const web = await buildChannelPoint(db(), institution.id, 'institutionPortal');
    const desk = await buildChannelPoint(db(), institution.id, 'institutionCentre');
    const d = await createViaApi(pm.token, {
      ownerInstitutionId: institution.id,
      processingMode: 'electronic',
      channelPoints: [
        { channelPointId: web.id, phase: 'request' },
        { channelPointId: web.id, phase: 'receipt' },
      ],
    });
    expect(d.digitalStatus).toBe('dService');
    const p = await t.api({ method: 'PATCH', url: `/api/v1/services/${d.id}`, token: pm.token, headers: ifMatch(d.version), payload: { channelPoints: [{ channelPointId: desk.id, phase: 'request' }, { channelPointId: web.id, phase: 'receipt' }] } });
    expect(p.json().digitalStatus).toBe('none');
    const list = await t.api({ method: 'GET', url: `/api/v1/services?ownerInstitutionId=${institution.id}&digitalStatus=none`, token: pm.token });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([d.id]);
  });

  it('refuses bad input to edit, submit, publish and approve with 400, and a missing If-Match with 428', async () => {
    const { institution, pm } = await ownerWithFields();
    const s = await buildService(db(), { ownerInstitutionId: institution.id });
    const bad = await t.api({ method: 'PATCH', url: `/api/v1/services/${s.id}`, token: pm.token, headers: ifMatch(s.version), payload: { targetGroups: ['aliens'], fee: { free: 'yes' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['targetGroups[0]', 'fee.free']));
    const unknownCp = await t.api({
      method: 'PATCH',
      url: `/api/v1/services/${s.id}`,
      token: pm.token,
      headers: ifMatch(s.version),
      payload: { channelPoints: [{ channelPointId: '00000000-0000-4000-8000-000000000001', phase: 'receipt' }] },
    });
    expect(unknownCp.statusCode).toBe(400);
    expect(unknownCp.json().errors[0].path).toBe('channelPoints[0].channelPointId');
    const self = await t.api({ method: 'PATCH', url: `/api/v1/services/${s.id}`, token: pm.token, headers: ifMatch(s.version), payload: { componentIds: [s.id] } });
    expect(self.statusCode).toBe(400);
    expect(self.json().errors[0]).toMatchObject({ path: 'componentIds[0]', code: 'selfReference' });
    const noIfMatch = await t.api({ method: 'PATCH', url: `/api/v1/services/${s.id}`, token: pm.token, payload: { nameLv: 'X' } });
    expect(noIfMatch.statusCode).toBe(428);
    const badEtag = await t.api({ method: 'POST', url: `/api/v1/services/${s.id}/publish`, token: pm.token, headers: { 'if-match': 'abc' } });
    expect(badEtag.statusCode).toBe(400);
    const staleSubmit = await t.api({ method: 'POST', url: `/api/v1/services/${s.id}/submit`, token: pm.token, headers: ifMatch(99) });
    expect(staleSubmit.statusCode).toBe(409);
    const badId = await t.api({ method: 'POST', url: '/api/v1/services/not-a-uuid/submit', token: pm.token });
    expect(badId.statusCode).toBe(400);
    const unknownService = await t.api({ method: 'PATCH', url: '/api/v1/services/00000000-0000-4000-8000-000000000000', token: pm.token, headers: ifMatch(1), payload: {} });
    expect(unknownService.statusCode).toBe(404);
    const approve = await t.api({ method: 'POST', url: `/api/v1/institutions/${institution.id}/portfolio/approve`, token: pm.token, payload: { note: 'x'.repeat(3000), extra: true } });
    expect(approve.statusCode).toBe(400);
    expect(approve.json().errors.map((e: { path: string }) => e.path)).toContain('note');
  });
});

describe('services: who may do what', () => {
  it('R10 a user of another institution gets 403, an anonymous caller 401, and publishing stays with the portfolio manager', async () => {
    const a = await ownerWithFields();
    const b = await buildServiceOwner(db());
    const s = await buildService(db(), { ownerInstitutionId: a.institution.id, ...a.fields }, { managerPersonId: a.manager.person.id });

    const createForA = await t.api({ method: 'POST', url: '/api/v1/services', token: b.pm.token, payload: { ownerInstitutionId: a.institution.id } });
    expect(createForA.statusCode).toBe(403);
    const managerCreates = await t.api({ method: 'POST', url: '/api/v1/services', token: a.manager.token, payload: { ownerInstitutionId: a.institution.id } });
    expect(managerCreates.statusCode).toBe(403);
    const editByB = await t.api({ method: 'PATCH', url: `/api/v1/services/${s.id}`, token: b.pm.token, headers: ifMatch(s.version), payload: { nameLv: 'Svešs nosaukums' } });
    expect(editByB.statusCode).toBe(403);
    const publishByB = await t.api({ method: 'POST', url: `/api/v1/services/${s.id}/publish`, token: b.pm.token, headers: ifMatch(s.version) });
    expect(publishByB.statusCode).toBe(403);
    // …and cannot read it either: a draft is internal to its owner.
    expect((await t.api({ method: 'GET', url: `/api/v1/services/${s.id}`, token: b.pm.token })).statusCode).toBe(404);

    const admin = await buildUser(db(), b.institution.id, { isSystemAdmin: true });
    const adminRead = await t.api({ method: 'GET', url: `/api/v1/services/${s.id}`, token: admin.token });
    expect(adminRead.statusCode).toBe(200);
    const adminPublish = await t.api({ method: 'POST', url: `/api/v1/services/${s.id}/publish`, token: admin.token, headers: ifMatch(s.version) });
    expect(adminPublish.statusCode).toBe(403);
    const adminEdit = await t.api({ method: 'PATCH', url: `/api/v1/services/${s.id}`, token: admin.token, headers: ifMatch(s.version), payload: { nameEn: 'x' } });
    expect(adminEdit.statusCode).toBe(403);

    const anonCreate = await t.api({ method: 'POST', url: '/api/v1/services', payload: { ownerInstitutionId: a.institution.id } });
    expect(anonCreate.statusCode).toBe(401);
    const anonPatch = await t.api({ method: 'PATCH', url: `/api/v1/services/${s.id}`, headers: ifMatch(s.version), payload: {} });
    expect(anonPatch.statusCode).toBe(401);

    // Once published, B sees it but still cannot change it.
    const pub = await t.api({ method: 'POST', url: `/api/v1/services/${s.id}/publish`, token: a.pm.token, headers: ifMatch(s.version) });
    expect(pub.statusCode, pub.body).toBe(200);
    const editPublishedByB = await t.api({ method: 'PATCH', url: `/api/v1/services/${s.id}`, token: b.pm.token, headers: ifMatch(pub.json().version), payload: { nameEn: 'x' } });
    expect(editPublishedByB.statusCode).toBe(403);
    const archiveByB = await t.api({ method: 'POST', url: `/api/v1/services/${s.id}/archive`, token: b.pm.token, headers: ifMatch(pub.json().version) });
    expect(archiveByB.statusCode).toBe(403);
    const validationAnon = await t.api({ method: 'GET', url: `/api/v1/services/${s.id}/validation` });
    expect(validationAnon.statusCode).toBe(401);
  });

  it('anonymous callers see only published services and published versions', async () => {
    const { institution, pm, manager, fields } = await ownerWithFields();
    const published = await buildService(db(), { ownerInstitutionId: institution.id, ...fields }, { publish: true, managerPersonId: manager.person.id });
    const draft = await buildService(db(), { ownerInstitutionId: institution.id, nameLv: 'Neredzams melnraksts' });
    await t.api({ method: 'PATCH', url: `/api/v1/services/${published.id}`, token: pm.token, headers: ifMatch(published.version), payload: { nameEn: 'Draft English name' } });

    const anonList = await t.api({ method: 'GET', url: `/api/v1/services?ownerInstitutionId=${institution.id}` });
    expect(anonList.statusCode, anonList.body).toBe(200);
    expect(anonList.json().items.map((i: { id: string }) => i.id)).toEqual([published.id]);
    expect(anonList.json().items[0]).toMatchObject({ versionNo: 1, nameEn: null });
    expect((await t.api({ method: 'GET', url: `/api/v1/services/${draft.id}` })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: `/api/v1/services/${published.id}/versions/2` })).statusCode).toBe(404);
    const anonVersions = await t.api({ method: 'GET', url: `/api/v1/services/${published.id}/versions` });
    expect(anonVersions.json().items.map((v: { versionNo: number }) => v.versionNo)).toEqual([1]);

    const staff = await buildUser(db(), institution.id);
    const staffList = await t.api({ method: 'GET', url: `/api/v1/services?ownerInstitutionId=${institution.id}&sort=code`, token: staff.token });
    expect(staffList.json().total).toBe(2);
    const current = staffList.json().items.find((i: { id: string }) => i.id === published.id);
    expect(current).toMatchObject({ versionNo: 2, nameEn: 'Draft English name', versionState: 'draft' });
    const outsider = await buildUser(db(), (await buildInstitution(db())).id);
    const outsiderList = await t.api({ method: 'GET', url: `/api/v1/services?ownerInstitutionId=${institution.id}`, token: outsider.token });
    expect(outsiderList.json().items.map((i: { versionNo: number }) => i.versionNo)).toEqual([1]);
  });
});

describe('services: unified services and their instances', () => {
  it('an instance inherits the template, keeps its own overrides, and shows template changes', async () => {
    const central = await ownerWithFields();
    const template = await buildService(db(), { ownerInstitutionId: central.institution.id, ...central.fields, isTemplate: true }, { publish: true, managerPersonId: central.manager.person.id });
    const muni = await buildServiceOwner(db(), { kind: 'municipality', groupCode: 'derivedPublicPerson' });
    const desk = await buildChannelPoint(db(), muni.institution.id, 'municipalCentre');

    const instance = await createViaApi(muni.pm.token, {
      ownerInstitutionId: muni.institution.id,
      templateServiceId: template.id,
      activityDirectionId: muni.institution.direction.id,
      contacts: { phone: '+371 60000000' },
      channelPoints: [
        { channelPointId: desk.id, phase: 'request' },
        { channelPointId: desk.id, phase: 'receipt' },
      ],
    });
    expect(instance.template.id).toBe(template.id);
    expect(instance.description.nameLv).toBe(central.fields.nameLv);
    expect(instance.description.needIds).toEqual(template.description.needIds);
    expect(instance.description.contacts).toEqual({ phone: '+371 60000000' });
    expect(instance.inheritedFields).toContain('nameLv');
    expect(instance.inheritedFields).not.toContain('contacts');
    expect(instance.digitalStatus).toBe('none');

    const notOverridable = await t.api({ method: 'PATCH', url: `/api/v1/services/${instance.id}`, token: muni.pm.token, headers: ifMatch(instance.version), payload: { nameLv: 'Cits nosaukums' } });
    expect(notOverridable.statusCode).toBe(400);
    expect(notOverridable.json().errors[0]).toMatchObject({ path: 'nameLv', code: 'notOverridable' });
    const notTemplate = await t.api({
      method: 'POST',
      url: '/api/v1/services',
      token: muni.pm.token,
      payload: { ownerInstitutionId: muni.institution.id, templateServiceId: instance.id },
    });
    expect(notTemplate.statusCode).toBe(400);
    expect(notTemplate.json().errors[0]).toMatchObject({ path: 'templateServiceId', code: 'notTemplate' });

    // The template changes and is published again: the instance shows it.
    const edit = await t.api({ method: 'PATCH', url: `/api/v1/services/${template.id}`, token: central.pm.token, headers: ifMatch(template.version), payload: { descriptionLv: 'Vienotais apraksts visām pašvaldībām.' } });
    expect(edit.statusCode, edit.body).toBe(200);
    const pub = await t.api({ method: 'POST', url: `/api/v1/services/${template.id}/publish`, token: central.pm.token, headers: ifMatch(edit.json().version) });
    expect(pub.statusCode, pub.body).toBe(200);
    const seen = await t.api({ method: 'GET', url: `/api/v1/services/${instance.id}`, token: muni.pm.token });
    expect(seen.json().description.descriptionLv).toBe('Vienotais apraksts visām pašvaldībām.');

    // Other institutions see the instance once the municipality publishes it.
    expect((await t.api({ method: 'GET', url: `/api/v1/services/${template.id}`, token: central.pm.token })).json().instanceCount).toBe(0);
    await assignRole(db(), 'serviceOwner', muni.institution.id, muni.manager.person.id, instance.id);
    const current = await t.api({ method: 'GET', url: `/api/v1/services/${instance.id}`, token: muni.pm.token });
    const published = await t.api({ method: 'POST', url: `/api/v1/services/${instance.id}/publish`, token: muni.pm.token, headers: ifMatch(current.json().version) });
    expect(published.statusCode, published.body).toBe(200);
    const templateView = await t.api({ method: 'GET', url: `/api/v1/services/${template.id}`, token: central.pm.token });
    expect(templateView.json().instanceCount).toBe(1);
    const instances = await t.api({ method: 'GET', url: `/api/v1/services/${template.id}/instances`, token: central.pm.token });
    expect(instances.statusCode, instances.body).toBe(200);
    expect(instances.json().items).toEqual([expect.objectContaining({ id: instance.id, owner: expect.objectContaining({ id: muni.institution.id }) })]);
    // Listed with the template's name and found by it.
    const list = await t.api({ method: 'GET', url: `/api/v1/services?templateServiceId=${template.id}&q=${encodeURIComponent('būvatļaujas')}`, token: muni.pm.token });
    expect(list.json().items.map((i: { id: string; nameLv: string }) => [i.id, i.nameLv])).toEqual([[instance.id, central.fields.nameLv]]);
    const byNeed = await t.api({ method: 'GET', url: `/api/v1/services?needId=${template.description.needIds[0]}`, token: muni.pm.token });
    expect(byNeed.json().items.map((i: { id: string }) => i.id).sort()).toEqual([template.id, instance.id].sort());
  });
});

describe('services: unified services and digital status', () => {
  it('R27 an instance that inherits the channels follows the template’s digital status, also in the list', async () => {
    const central = await ownerWithFields();
    const template = await buildService(db(), { ownerInstitutionId: central.institution.id, ...central.fields, isTemplate: true }, { publish: true, managerPersonId: central.manager.person.id });
    expect(template.digitalStatus).toBe('eService');
    const muni = await buildServiceOwner(db(), { kind: 'municipality', groupCode: 'derivedPublicPerson' });
    const instance = await createViaApi(muni.pm.token, { ownerInstitutionId: muni.institution.id, templateServiceId: template.id });
    expect(instance.digitalStatus).toBe('eService');
    expect(instance.inheritedFields).toContain('channelPoints');

    // The template drops its service centre: electronic only in every phase.
    const web = central.fields.channelPoints.filter((c) => c.channelPointId === central.extras.web.id);
    const edit = await t.api({ method: 'PATCH', url: `/api/v1/services/${template.id}`, token: central.pm.token, headers: ifMatch(template.version), payload: { channelPoints: web } });
    expect(edit.json().digitalStatus).toBe('dService');
    const listBefore = await t.api({ method: 'GET', url: `/api/v1/services?templateServiceId=${template.id}`, token: muni.pm.token });
    expect(listBefore.json().items[0].digitalStatus).toBe('eService');
    const pub = await t.api({ method: 'POST', url: `/api/v1/services/${template.id}/publish`, token: central.pm.token, headers: ifMatch(edit.json().version) });
    expect(pub.statusCode, pub.body).toBe(200);
    const list = await t.api({ method: 'GET', url: `/api/v1/services?templateServiceId=${template.id}&digitalStatus=dService`, token: muni.pm.token });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([instance.id]);
    expect((await t.api({ method: 'GET', url: `/api/v1/services/${instance.id}`, token: muni.pm.token })).json().digitalStatus).toBe('dService');
  });
});

describe('services: the list', () => {
  it('filters, sorts and pages on the server with a total', async () => {
    const parent = await buildInstitution(db(), { kind: 'municipality', groupCode: 'derivedPublicPerson' });
    const { institution, pm, manager } = await buildServiceOwner(db(), { parentId: parent.id, kind: 'municipalInstitution', groupCode: 'derivedPublicPerson' });
    const need = await buildNeed(db());
    const names = ['Atkritumu izvešanas organizēšana', 'Bibliotēkas grāmatu izsniegšana', 'Ceļu uzturēšana ziemā', 'Dzīvesvietas deklarēšana iedzīvotājiem'];
    const made = [];
    for (const [i, nameLv] of names.entries()) {
      made.push(
        await buildService(
          db(),
          { ownerInstitutionId: institution.id, nameLv, recipientType: i % 2 ? 'publicGeneral' : 'publicIndividual', complexity: 'simple', needIds: i === 3 ? [need.id] : [] },
          { managerPersonId: i === 2 ? manager.person.id : undefined },
        ),
      );
    }
    const get = async (qs: string) => {
      const res = await t.api({ method: 'GET', url: `/api/v1/services?${qs}`, token: pm.token });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const page2 = await get(`ownerInstitutionId=${institution.id}&pageSize=3&page=2`);
    expect(page2.total).toBe(4);
    expect(page2.items.map((i: { nameLv: string }) => i.nameLv)).toEqual([names[3]]);
    const desc = await get(`ownerInstitutionId=${institution.id}&sort=code&order=desc`);
    expect(desc.items.map((i: { code: string }) => i.code)).toEqual(made.map((m) => m.code).reverse());
    const general = await get(`ownerInstitutionId=${institution.id}&recipientType=publicGeneral`);
    expect(general.items.map((i: { nameLv: string }) => i.nameLv)).toEqual([names[1], names[3]]);
    expect((await get(`q=${encodeURIComponent('grāmatu')}&ownerInstitutionId=${institution.id}`)).items).toHaveLength(1);
    expect((await get(`q=${made[2].code}`)).items.map((i: { id: string }) => i.id)).toEqual([made[2].id]);
    expect((await get(`under=${parent.id}`)).total).toBe(4);
    expect((await get(`managerPersonId=${manager.person.id}`)).items.map((i: { id: string }) => i.id)).toEqual([made[2].id]);
    expect((await get(`needId=${need.id}`)).items.map((i: { id: string }) => i.id)).toEqual([made[3].id]);
    expect((await get(`ownerInstitutionId=${institution.id}&status=published`)).total).toBe(0);
    expect((await get(`ownerInstitutionId=${institution.id}&isTemplate=false&complexity=simple`)).total).toBe(4);
    const bad = await t.api({ method: 'GET', url: '/api/v1/services?sort=bogus&pageSize=5000' });
    expect(bad.statusCode).toBe(400);
  });

  it('finds services by life situation through their needs', async () => {
    const { institution, pm, extras, fields } = await ownerWithFields();
    const s = await buildService(db(), { ownerInstitutionId: institution.id, ...fields });
    const res = await t.api({ method: 'GET', url: `/api/v1/services?lifeSituationId=${extras.lifeSituation.id}`, token: pm.token });
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([s.id]);
  });
});

describe('services: lineage', () => {
  it('shows replaces on the new service and replaced-by on the old one', async () => {
    const { institution, pm, manager, fields } = await ownerWithFields();
    const old = await buildService(db(), { ownerInstitutionId: institution.id, ...fields }, { publish: true, managerPersonId: manager.person.id });
    const smart = await createViaApi(pm.token, { ownerInstitutionId: institution.id, nameLv: 'Viedā būvniecības pakalpojuma sniegšana', complexity: 'smart', replacesIds: [old.id] });
    expect(smart.lineage.replaces.map((r: { id: string }) => r.id)).toEqual([old.id]);
    const oldView = await t.api({ method: 'GET', url: `/api/v1/services/${old.id}`, token: pm.token });
    expect(oldView.json().lineage.replacedBy.map((r: { id: string }) => r.id)).toEqual([smart.id]);
    // Anonymous callers do not see the unpublished successor.
    const anon = await t.api({ method: 'GET', url: `/api/v1/services/${old.id}` });
    expect(anon.json().lineage.replacedBy).toEqual([]);
  });
});
