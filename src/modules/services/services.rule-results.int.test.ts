import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { buildChannelPoint, buildService, buildServiceOwner, publishableFields } from '../../../test/helpers/service-factories.js';
import { channelPoints } from '../channel-points/channel-points.table.js';
import { enqueueJob, getJob, runNextJob } from '../jobs/jobs.service.js';
import { activePolicyVersion } from '../policy/policy.queries.js';
import { RULE_RESULTS_RECOMPUTE_JOB, RULE_RESULTS_REFRESH_JOB, servicesJobs } from './services.jobs.js';
import { toValidationReport } from './services.presenter.js';
import { evaluateServices, refreshStaleRuleResults, ruleRowsOf, storedViolations } from './services.rule-results.service.js';
import { validateService } from './services.service.js';
import { serviceRuleQueue, serviceRuleSummaries, services, serviceVersions } from './services.table.js';
import { SYSTEM_ACTOR } from '../../platform/actor.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;

const ruleResults = async (id: string, token?: string) => t.api({ method: 'GET', url: `/api/v1/services/${id}/rule-results`, token });
const stale = async (id: string) => (await db().select().from(serviceRuleQueue).where(eq(serviceRuleQueue.serviceId, id))).length > 0;

/** The stored results of a service's current version as a publication report: must equal the on-demand check. */
async function storedReport(id: string) {
  const [s] = await db().select().from(services).where(eq(services.id, id));
  const versionId = (s.draftVersionId ?? s.publishedVersionId)!;
  const [summary] = await db().select().from(serviceRuleSummaries).where(eq(serviceRuleSummaries.versionId, versionId));
  if (!summary) return null;
  const rows = await ruleRowsOf(db(), versionId);
  const [v] = await db().select().from(serviceVersions).where(eq(serviceVersions.id, versionId));
  return { report: toValidationReport(storedViolations(rows, 'publish'), 'publish', v.versionNo, 'lv'), summary };
}

const onDemand = (id: string) => validateService(db(), SYSTEM_ACTOR, id, 'lv');

/** Runs the queued jobs of the services module (the runner is not polling in tests). */
async function runServicesJobs() {
  const handlers = Object.fromEntries(servicesJobs.map((d) => [d.kind, d.handler(db())]));
  while (await runNextJob(db(), handlers, 'test-worker')) {
    /* next */
  }
}

describe('stored rule results', () => {
  it('are stored when a service is created, updated and published, and equal the on-demand check', async () => {
    const owner = await buildServiceOwner(db());
    const inst = owner.institution;
    const created = await t.api({ method: 'POST', url: '/api/v1/services', token: owner.pm.token, payload: { ownerInstitutionId: inst.id, nameLv: 'Izziņas izsniegšana' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const afterCreate = await storedReport(id);
    expect(afterCreate, 'stored in the creating transaction').not.toBeNull();
    expect(await stale(id)).toBe(false);
    expect(afterCreate!.report).toEqual(await onDemand(id));
    expect(afterCreate!.summary.policyVersionId).toBe((await activePolicyVersion(db()))!.id);

    const { extras: _e, ...fields } = await publishableFields(db(), inst);
    const updated = await t.api({ method: 'PATCH', url: `/api/v1/services/${id}`, token: owner.pm.token, headers: { 'if-match': `"${created.json().version}"` }, payload: fields });
    expect(updated.statusCode, updated.body).toBe(200);
    const afterUpdate = await storedReport(id);
    // Only the service manager is missing (R13), which the appointment below marks stale.
    expect(afterUpdate!.report.errors.map((e) => e.rule)).toEqual(['R13']);
    await assignRole(db(), 'serviceOwner', inst.id, owner.manager.person.id, id);
    expect(await stale(id), 'the appointment marks the service stale').toBe(true);
    await refreshStaleRuleResults(db());
    expect(await stale(id)).toBe(false);
    expect((await storedReport(id))!.report.publishable).toBe(true);

    const version = updated.json().version;
    const published = await t.api({ method: 'POST', url: `/api/v1/services/${id}/publish`, token: owner.pm.token, headers: { 'if-match': `"${version}"` } });
    expect(published.statusCode, published.body).toBe(200);
    const api = await ruleResults(id, owner.pm.token);
    expect(api.statusCode, api.body).toBe(200);
    const body = api.json();
    expect(body.versions).toHaveLength(1);
    expect(body.versions[0]).toMatchObject({ versionNo: 1, state: 'published', stale: false, hardCount: 0, publishable: true });
    const outcomes = Object.fromEntries(body.versions[0].rules.map((r: { rule: string; outcome: string }) => [r.rule, r.outcome]));
    expect(outcomes).toMatchObject({ R01: 'passed', R13: 'passed', R19: 'notApplicable', composition: 'notApplicable' });

    // A new draft of a published service: both live versions are stored.
    const edited = await t.api({ method: 'PATCH', url: `/api/v1/services/${id}`, token: owner.pm.token, headers: { 'if-match': `"${published.json().version}"` }, payload: { needIds: [] } });
    expect(edited.statusCode, edited.body).toBe(200);
    const both = (await ruleResults(id, owner.pm.token)).json();
    expect(both.versions.map((v: { versionNo: number; state: string }) => [v.versionNo, v.state])).toEqual([[2, 'draft'], [1, 'published']]);
    const draft = both.versions[0];
    expect(draft.rules.find((r: { rule: string }) => r.rule === 'R01')).toMatchObject({ outcome: 'violated', findings: [{ code: 'service.needs.missing', strength: 'hard', path: 'needIds' }] });
  });

  it('give, computed in bulk, the same findings as the one-service check for every service', async () => {
    const owner = await buildServiceOwner(db());
    const inst = owner.institution;
    const partner = await buildInstitution(db());
    const { extras: _e, ...fields } = await publishableFields(db(), inst);
    const ids: string[] = [];
    ids.push((await buildService(db(), { ownerInstitutionId: inst.id })).id);
    ids.push((await buildService(db(), { ownerInstitutionId: inst.id, ...fields }, { managerPersonId: owner.manager.person.id, publish: true })).id);
    ids.push((await buildService(db(), { ownerInstitutionId: inst.id, ...fields, nameLv: 'Pieteikšanās', nameParts: null, providers: [{ institutionId: partner.id, serviceLevelTerms: [{ nameLv: 'Visiem saņēmējiem', indicators: [{ kind: 'processingTime', nameLv: 'Izskatīšanas laiks', target: 20, unit: 'workingDays' }] }] }] })).id);
    const shared = await buildService(db(), { ownerInstitutionId: inst.id, ...fields, recipientType: 'interInstitutionalShared', targetGroups: ['institutions'] });
    ids.push(shared.id);
    ids.push((await buildService(db(), { ownerInstitutionId: inst.id, ...fields, complexity: 'complex', dependsOnIds: [shared.id, ids[1]], componentIds: [ids[0]] })).id);
    const template = await buildService(db(), { ownerInstitutionId: inst.id, ...fields, isTemplate: true });
    ids.push(template.id);
    ids.push((await buildService(db(), { ownerInstitutionId: inst.id, templateServiceId: template.id })).id);

    const { versions } = await evaluateServices(db(), ids);
    expect(new Set(versions.map((v) => v.serviceId))).toEqual(new Set(ids));
    await refreshStaleRuleResults(db(), { batchSize: 3 });
    for (const id of ids) {
      const stored = await storedReport(id);
      const single = await onDemand(id);
      expect(stored, id).not.toBeNull();
      expect(stored!.report.errors, id).toEqual(single.errors);
      expect(stored!.report.warnings, id).toEqual(single.warnings);
      expect(stored!.report.publishable, id).toBe(single.publishable);
    }
  });

  it('go stale when a channel point they use changes, and the refresh job computes them again', async () => {
    const owner = await buildServiceOwner(db());
    const { extras, ...fields } = await publishableFields(db(), owner.institution);
    const s = await buildService(db(), { ownerInstitutionId: owner.institution.id, ...fields }, { managerPersonId: owner.manager.person.id });
    await refreshStaleRuleResults(db());
    const before = (await ruleResults(s.id, owner.pm.token)).json().versions[0];
    expect(before.stale).toBe(false);
    await db().update(channelPoints).set({ channelType: 'vpvkac' }).where(eq(channelPoints.id, extras.web.id));
    expect((await ruleResults(s.id, owner.pm.token)).json().versions[0].stale).toBe(true);
    // Another service's channel point leaves this one alone.
    const other = await buildChannelPoint(db(), owner.institution.id, 'institutionPortal');
    const queued = (await db().select().from(serviceRuleQueue).where(eq(serviceRuleQueue.serviceId, s.id))).length;
    await db().update(channelPoints).set({ nameLv: 'Cits' }).where(eq(channelPoints.id, other.id));
    expect((await db().select().from(serviceRuleQueue).where(eq(serviceRuleQueue.serviceId, s.id))).length).toBe(queued);

    await enqueueJob(db(), RULE_RESULTS_REFRESH_JOB, {});
    await runServicesJobs();
    const after = (await ruleResults(s.id, owner.pm.token)).json().versions[0];
    expect(after.stale).toBe(false);
    expect(new Date(after.computedAt).getTime()).toBeGreaterThan(new Date(before.computedAt).getTime());
    expect((await storedReport(s.id))!.report.errors).toEqual((await onDemand(s.id)).errors);
  });

  it('go stale for every service when a policy version comes into force; the full recompute job reports progress', async () => {
    const owner = await buildServiceOwner(db());
    const s = await buildService(db(), { ownerInstitutionId: owner.institution.id });
    await refreshStaleRuleResults(db());
    const lead = await buildUser(db(), owner.institution.id);
    await assignRole(db(), 'stateLead', owner.institution.id, lead.person.id, null);
    const active = (await activePolicyVersion(db()))!;
    const next = { ...active.document, id: "v7", titleLv: 'Nākamā versija', effectiveFrom: '2030-01-01' };
    const created = await t.api({ method: 'POST', url: '/api/v1/policy/versions', token: lead.token, payload: next });
    expect(created.statusCode, created.body).toBe(201);
    expect(await stale(s.id), 'a draft changes nothing').toBe(false);
    const activated = await t.api({ method: 'POST', url: `/api/v1/policy/versions/${next.id}/activate`, token: lead.token, headers: { 'if-match': created.headers.etag as string } });
    expect(activated.statusCode, activated.body).toBe(200);
    expect(await stale(s.id)).toBe(true);

    const job = await enqueueJob(db(), RULE_RESULTS_RECOMPUTE_JOB, {});
    await runServicesJobs();
    const done = (await getJob(db(), job.id))!;
    expect(done.status, done.error ?? '').toBe('done');
    const total = (await db().select({ id: services.id }).from(services)).length;
    expect(done.progress).toEqual({ done: total, total });
    expect(done.result).toEqual({ computed: total });
    expect(await stale(s.id)).toBe(false);
    const summaries = await db().select().from(serviceRuleSummaries).where(inArray(serviceRuleSummaries.serviceId, [s.id]));
    expect(summaries.map((x) => x.policyVersionId)).toEqual([next.id]);
  });

  it('are read by whoever may read the service internally: others get 404, 401 or 403 as for the validation report', async () => {
    const owner = await buildServiceOwner(db());
    const draft = await buildService(db(), { ownerInstitutionId: owner.institution.id });
    const stranger = await buildUser(db(), (await buildInstitution(db())).id);
    expect((await ruleResults(draft.id, stranger.token)).statusCode).toBe(404);
    expect((await ruleResults(draft.id)).statusCode).toBe(404);
    const { extras: _e, ...fields } = await publishableFields(db(), owner.institution);
    const published = await buildService(db(), { ownerInstitutionId: owner.institution.id, ...fields }, { managerPersonId: owner.manager.person.id, publish: true });
    expect((await ruleResults(published.id)).statusCode).toBe(401);
    expect((await ruleResults(published.id, stranger.token)).statusCode).toBe(403);
    expect((await ruleResults(published.id, owner.manager.token)).statusCode).toBe(200);
  });
});
