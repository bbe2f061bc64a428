import crypto from 'node:crypto';
import { inTransaction, type Executor } from '../../platform/db/database.js';
import { personOf, requireUser, isUser, type Actor, type RequestContext } from '../../platform/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, UnauthenticatedError, ValidationError, type FieldIssue } from '../../platform/errors.js';
import type { Locale } from '../../platform/i18n.js';
import { audit } from '../audit/audit.service.js';
import { activePolicyVersion, channelTypeMap } from '../policy/policy.queries.js';
import * as portfolioRepo from '../portfolio/portfolio.repository.js';
import { publishedServiceIdsOf } from './services.queries.js';
import * as repo from './services.repository.js';
import * as rolesRepo from '../roles/roles.repository.js';
import type { ServiceRow, VersionRow, Visibility } from './services.repository.js';
import { checkServiceRules, deriveDigitalStatus, diffDescriptions, DESCRIPTION_FIELDS, resolveEffectiveDescription } from './services.rules.js';
import { applyInput, emptyDescription } from './services.fields.js';
import { INSTANCE_OVERRIDABLE_FIELDS, versionColumnsOf, type ChannelTypeInfo, type RuleContext, type ServiceDescription } from './services.model.js';
import { canApproveService, canCreateService, canEditService, canReadServiceInternal, serviceActionsFor, serviceCollectionActionsFor, serviceVersionActionsFor, serviceVisibility } from './services.policy.js';
import { canSeeService, canSeeVersion, seesInterInstitutional, type ServiceVisibilityFacts } from './services.visibility.js';
import { toInstanceSummary, toServiceResponse, toServiceSummary, toValidationReport, toVersionSummary, type ServiceResponseBody } from './services.presenter.js';
import type { DescriptionInput, ServiceCreate, ServiceListQuery, ServiceUpdate } from './services.schemas.js';
import { refreshRuleResults } from './services.rule-results.service.js';
import './services.messages.js';

/* ------------------------------------------------------------------ */
/* Policy reference data: channel types of the active policy (R27)     */
/* ------------------------------------------------------------------ */

/** Channel type code → meaning, from the active policy version; empty when none is active (a bare database). */
async function activeChannelTypes(ex: Executor): Promise<Map<string, ChannelTypeInfo>> {
  const active = await activePolicyVersion(ex);
  return active ? channelTypeMap(active.document) : new Map();
}

/** Channel point id → meaning of its channel type. */
async function channelInfoOf(ex: Executor, channelPointIds: string[]): Promise<{ info: Map<string, ChannelTypeInfo>; rows: Awaited<ReturnType<typeof repo.findChannelPoints>> }> {
  const rows = await repo.findChannelPoints(ex, channelPointIds);
  const info = new Map<string, ChannelTypeInfo>();
  if (rows.length === 0) return { info, rows };
  const types = await activeChannelTypes(ex);
  for (const cp of rows) {
    const t = types.get(cp.channelType);
    if (t) info.set(cp.id, t);
  }
  return { info, rows };
}

/* ------------------------------------------------------------------ */
/* Descriptions                                                        */
/* ------------------------------------------------------------------ */

const OVERRIDABLE = new Set<string>(INSTANCE_OVERRIDABLE_FIELDS);
const hasValue = (v: unknown): boolean => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);

/** An instance of a unified service stores only the overridable fields; anything else is refused, naming the field. */
function nonOverridableIssues(input: DescriptionInput): FieldIssue[] {
  return Object.entries(input)
    .filter(([k, v]) => (DESCRIPTION_FIELDS as readonly string[]).includes(k) && !OVERRIDABLE.has(k) && hasValue(v))
    .map(([k]) => ({ path: k, code: 'notOverridable', message: 'services.api.notOverridable', params: { field: k } }));
}

/**
 * Every id the input refers to must exist: unknown ones are a 400 naming the
 * field path (never a foreign-key 500). Only fields present in the input are checked.
 */
async function referenceIssues(ex: Executor, input: DescriptionInput, ownerInstitutionId: string, selfId: string | null): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const unknown = (path: string, id: string) => issues.push({ path, code: 'unknownReference', message: 'services.api.unknownReference', params: { id } });
  const checkList = async (table: Parameters<typeof repo.existingIds>[1], entries: { id: string; path: string }[]) => {
    if (entries.length === 0) return;
    const found = await repo.existingIds(ex, table, entries.map((e) => e.id));
    for (const e of entries) if (!found.has(e.id)) unknown(e.path, e.id);
  };
  const at = (field: string, ids: string[] | undefined, sub = '') => (ids ?? []).map((id, i) => ({ id, path: `${field}[${i}]${sub}` }));
  await checkList('needs', at('needIds', input.needIds));
  await checkList('channelPoints', at('channelPoints', input.channelPoints?.map((c) => c.channelPointId), '.channelPointId'));
  await checkList('institutions', at('providers', input.providers?.map((p) => p.institutionId), '.institutionId'));
  await checkList('resources', at('resourceIds', input.resourceIds));
  for (const field of ['componentIds', 'dependsOnIds', 'replacesIds', 'mergesIds'] as const) {
    const entries = at(field, input[field]);
    for (const e of entries) if (e.id === selfId) issues.push({ path: e.path, code: 'selfReference', message: 'services.api.selfReference', params: {} });
    await checkList('services', entries.filter((e) => e.id !== selfId));
  }
  if (input.activityDirectionId) {
    const dir = await repo.findActivityDirection(ex, input.activityDirectionId);
    if (!dir) unknown('activityDirectionId', input.activityDirectionId);
    else if (dir.institutionId !== ownerInstitutionId) issues.push({ path: 'activityDirectionId', code: 'foreignDirection', message: 'services.api.foreignDirection', params: {} });
  }
  return issues;
}

/** The template's version an instance inherits from: the published one (anyone), else the current one (internal readers). */
async function templateDescription(ex: Executor, s: ServiceRow, vis: Visibility): Promise<{ template: ServiceRow; description: ServiceDescription } | null> {
  if (!s.templateServiceId) return null;
  const template = await repo.findService(ex, s.templateServiceId);
  if (!template) return null;
  const versionId = vis.kind === 'public' ? template.publishedVersionId : (template.publishedVersionId ?? template.draftVersionId);
  const row = versionId ? await repo.findVersion(ex, versionId) : null;
  if (!row) return null;
  return { template, description: await repo.loadDescription(ex, row) };
}

async function effectiveOf(ex: Executor, s: ServiceRow, own: ServiceDescription, vis: Visibility) {
  const t = await templateDescription(ex, s, vis);
  const description = resolveEffectiveDescription(t?.description ?? null, own);
  const inheritedFields = s.templateServiceId ? DESCRIPTION_FIELDS.filter((f) => !(OVERRIDABLE.has(f) && hasValue(own[f]))) : [];
  return { description, inheritedFields: [...inheritedFields], template: t?.template ?? null };
}

/* ------------------------------------------------------------------ */
/* Rule context: loaded in one place                                   */
/* ------------------------------------------------------------------ */

const MAX_GRAPH_NODES = 2000;

/** Everything outside the description that the rules look at (see `RuleContext`). */
export async function loadRuleContext(ex: Executor, s: Pick<ServiceRow, 'id' | 'ownerInstitutionId' | 'isTemplate' | 'templateServiceId'>, d: ServiceDescription): Promise<RuleContext> {
  const activityDirectionIds = await repo.activityDirectionIdsOf(ex, s.ownerInstitutionId);
  const portfolioManagerPersonId = (await rolesRepo.portfolioManagerOf(ex, s.ownerInstitutionId))?.personId ?? null;
  const serviceManagerCount = (await repo.activeServiceManagers(ex, s.id)).length;
  const { info: channelPoints } = await channelInfoOf(ex, d.channelPoints.map((c) => c.channelPointId));
  const needLifeSituations = await repo.lifeSituationsOfNeeds(ex, d.needIds);
  const otherProviders = d.providers.map((p) => p.institutionId).filter((i) => i !== s.ownerInstitutionId);
  const appointed = await rolesRepo.providerPeopleCounts(ex, s.id);
  const providerPeople = new Map(otherProviders.map((i) => [i, appointed.get(i) ?? 0]));
  // Component edges reachable from this service's components, breadth first.
  const componentGraph = new Map<string, string[]>();
  let frontier = d.componentIds.filter((id) => id !== s.id);
  while (frontier.length && componentGraph.size < MAX_GRAPH_NODES) {
    const edges = await repo.componentEdges(ex, frontier);
    for (const [k, v] of edges) componentGraph.set(k, v);
    frontier = [...new Set([...edges.values()].flat())].filter((id) => id !== s.id && !componentGraph.has(id));
  }
  const dependencyRecipientTypes = await repo.effectiveRecipientTypes(ex, d.dependsOnIds);
  return {
    service: { id: s.id, ownerInstitutionId: s.ownerInstitutionId, isTemplate: s.isTemplate, templateServiceId: s.templateServiceId },
    owner: { id: s.ownerInstitutionId, activityDirectionIds, portfolioManagerPersonId },
    serviceManagerCount,
    channelPoints,
    needLifeSituations,
    providerPeople,
    componentGraph,
    dependencyRecipientTypes,
  };
}

async function violationsOf(ex: Executor, s: ServiceRow, own: ServiceDescription, mode: 'draft' | 'publish') {
  const { description } = await effectiveOf(ex, s, own, { kind: 'all' });
  return checkServiceRules(description, await loadRuleContext(ex, s, description), mode);
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */
/* ------------------------------------------------------------------ */

/** The full representation of a service at one of its versions, as `actor` may see it. */
async function buildDetail(ex: Executor, actor: Actor, s: ServiceRow, v: VersionRow): Promise<ServiceResponseBody> {
  const vis = serviceVisibility(actor);
  const own = await repo.loadDescription(ex, v);
  const { description: d, inheritedFields, template } = await effectiveOf(ex, s, own, vis);
  const owner = (await repo.findInstitutionRefs(ex, [s.ownerInstitutionId]))[0];
  const manager = (await repo.activeServiceManagers(ex, s.id))[0] ?? null;
  const activityDirection = d.activityDirectionId ? await repo.findActivityDirection(ex, d.activityDirectionId) : null;
  const needRows = await repo.findNeeds(ex, d.needIds);
  const needLs = await repo.lifeSituationsOfNeeds(ex, d.needIds);
  const lsRows = new Map((await repo.findLifeSituations(ex, [...needLs.values()].flat())).map((l) => [l.id, l]));
  const needLifeSituations = new Map([...needLs].map(([needId, ids]) => [needId, ids.map((id) => lsRows.get(id)!).filter(Boolean)]));
  const { info: channelTypes, rows: cpRows } = await channelInfoOf(ex, d.channelPoints.map((c) => c.channelPointId));
  const providerInstitutions = new Map((await repo.findInstitutionRefs(ex, d.providers.map((p) => p.institutionId))).map((i) => [i.id, i]));
  const resources = await repo.findResources(ex, d.resourceIds);
  const inbound = await repo.inboundLineage(ex, s.id, vis);
  const refIds = [...d.componentIds, ...d.dependsOnIds, ...d.replacesIds, ...d.mergesIds, ...inbound.map((l) => l.serviceId), ...(template ? [template.id] : [])];
  const refs = await repo.serviceRefs(ex, refIds, vis);
  const instanceCount = s.isTemplate ? await repo.countInstances(ex, s.id, vis) : 0;
  const internal = canReadServiceInternal(actor, s);
  const versions = (await repo.listVersions(ex, s.id)).filter((x) => internal || x.publishedAt !== null);
  const versionNo = (id: string | null) => versions.find((x) => x.id === id)?.versionNo ?? null;
  const body: ServiceResponseBody = toServiceResponse(s, v, {
    description: d,
    inheritedFields,
    digital: deriveDigitalStatus(d, channelTypes),
    owner,
    manager,
    template: template ? (refs.get(template.id) ?? null) : null,
    instanceCount,
    activityDirection,
    needs: needRows,
    needLifeSituations,
    channelPoints: new Map(cpRows.map((c) => [c.id, c])),
    channelTypes,
    providerInstitutions,
    resources,
    refs,
    replacedBy: inbound.filter((l) => l.kind === 'replaces').map((l) => l.serviceId),
    mergedInto: inbound.filter((l) => l.kind === 'merges').map((l) => l.serviceId),
    versions,
    publishedVersionNo: versionNo(s.publishedVersionId),
    draftVersionNo: internal ? versionNo(s.draftVersionId) : null,
  }, { allowedActions: serviceActionsFor(actor, s), draftActions: serviceVersionActionsFor(actor, s, true) });
  return body;
}

/** The version a reader sees: internal readers the current (draft, else published) one unless they ask for the published one. */
async function visibleVersion(ex: Executor, actor: Actor, s: ServiceRow, view: 'published' | 'current'): Promise<VersionRow> {
  const internal = canReadServiceInternal(actor, s);
  if (!internal && s.status !== 'published') throw new NotFoundError('service', s.id);
  const id = internal && view === 'current' ? (s.draftVersionId ?? s.publishedVersionId) : s.publishedVersionId;
  const row = id ? await repo.findVersion(ex, id) : null;
  if (!row) throw new NotFoundError('service', s.id);
  return row;
}

/** What the one visibility rule looks at for a service (the recipient type is read only when it matters). */
async function visibilityFacts(ex: Executor, actor: Actor, s: ServiceRow): Promise<ServiceVisibilityFacts> {
  const matters = s.status === 'published' && !seesInterInstitutional(actor) && !canReadServiceInternal(actor, s);
  return { status: s.status, ownerInstitutionId: s.ownerInstitutionId, publishedRecipientType: matters ? await repo.publishedRecipientType(ex, s.id) : null };
}

/** A service the actor may see (`services.visibility.ts`); 404 otherwise, so a hidden service's existence is not leaked. */
async function findReadable(ex: Executor, actor: Actor, id: string): Promise<ServiceRow> {
  const s = await repo.findService(ex, id);
  if (!s || !canSeeService(actor, await visibilityFacts(ex, actor, s))) throw new NotFoundError('service', id);
  return s;
}

/** One service with everything around it. Anonymous callers see only published services (else 404). */
export async function getService(ex: Executor, actor: Actor, id: string, view: 'published' | 'current' = 'current') {
  const s = await findReadable(ex, actor, id);
  return buildDetail(ex, actor, s, await visibleVersion(ex, actor, s, view));
}

/** One page of services as the actor may see them. */
export async function listServices(ex: Executor, actor: Actor, q: ServiceListQuery) {
  const { rows, total } = await repo.listServices(ex, q, serviceVisibility(actor));
  const items = rows.map((r) => toServiceSummary(r, serviceActionsFor(actor, { id: r.id, ownerInstitutionId: r.owner_institution_id })));
  return { items, total, page: q.page, pageSize: q.pageSize, allowedActions: serviceCollectionActionsFor(actor, q.ownerInstitutionId) };
}

/** Version history; anonymous callers see only versions that were published. */
export async function listServiceVersions(ex: Executor, actor: Actor, id: string) {
  const s = await findReadable(ex, actor, id);
  const internal = canReadServiceInternal(actor, s);
  const facts = await visibilityFacts(ex, actor, s);
  const rows = (await repo.listVersions(ex, id)).filter((v) => internal || canSeeVersion(actor, facts, v));
  return { items: rows.map((v) => toVersionSummary(v, serviceVersionActionsFor(actor, s, v.id === s.draftVersionId))) };
}

async function readableVersion(ex: Executor, actor: Actor, s: ServiceRow, versionNo: number): Promise<VersionRow> {
  const v = await repo.findVersionByNo(ex, s.id, versionNo);
  if (!v || !canSeeVersion(actor, await visibilityFacts(ex, actor, s), v)) throw new NotFoundError('serviceVersion', `${s.code}/${versionNo}`);
  return v;
}

/** One version in full (a published version never changes). */
export async function getServiceVersion(ex: Executor, actor: Actor, id: string, versionNo: number) {
  const s = await findReadable(ex, actor, id);
  return buildDetail(ex, actor, s, await readableVersion(ex, actor, s, versionNo));
}

/** Field-by-field changes between two versions of a service (their own content). */
export async function diffServiceVersions(ex: Executor, actor: Actor, id: string, from: number, to: number) {
  const s = await findReadable(ex, actor, id);
  const a = await readableVersion(ex, actor, s, from);
  const b = await readableVersion(ex, actor, s, to);
  const descs = await repo.loadDescriptions(ex, [a, b]);
  return { from, to, changes: diffDescriptions(descs.get(a.id)!, descs.get(b.id)!) };
}

function requireInternal(actor: Actor, s: ServiceRow): void {
  if (canReadServiceInternal(actor, s)) return;
  if (s.status !== 'published') throw new NotFoundError('service', s.id);
  if (!isUser(actor)) throw new UnauthenticatedError();
  throw new ForbiddenError('service.validation');
}

/** The publication check of the current version: errors and warnings in the caller's language. */
export async function validateService(ex: Executor, actor: Actor, id: string, locale: Locale) {
  const s = await findReadable(ex, actor, id);
  requireInternal(actor, s);
  const v = (await repo.findVersion(ex, (s.draftVersionId ?? s.publishedVersionId)!))!;
  const own = await repo.loadDescription(ex, v);
  return toValidationReport(await violationsOf(ex, s, own, 'publish'), 'publish', v.versionNo, locale);
}

/** Every instance of a unified (template) service with its owner: "the same service in every municipality". */
export async function listInstances(ex: Executor, actor: Actor, id: string, page: number, pageSize: number) {
  await findReadable(ex, actor, id);
  const { rows, total } = await repo.listInstances(ex, id, serviceVisibility(actor), page, pageSize);
  return { items: rows.map(toInstanceSummary), total, page, pageSize };
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */
/* ------------------------------------------------------------------ */

/**
 * Refuses a write the actor may not make: 403 for a signed-in user (also when
 * the service belongs to another institution), 401 for an anonymous caller.
 */
function refuse(actor: Actor, action: string): never {
  if (!isUser(actor)) throw new UnauthenticatedError();
  throw new ForbiddenError(action);
}

/** Writes a description into a version: columns, link tables and the derived digital status (R27) of its effective content. */
async function saveDescription(tx: Executor, s: ServiceRow, versionId: string, own: ServiceDescription, extra: Partial<VersionRow> = {}): Promise<void> {
  const { description } = await effectiveOf(tx, s, own, { kind: 'all' });
  const { info } = await channelInfoOf(tx, description.channelPoints.map((c) => c.channelPointId));
  const digital = deriveDigitalStatus(description, info);
  await repo.updateVersion(tx, versionId, { ...versionColumnsOf(own), digitalStatus: digital.status, digitalByPhase: digital.byPhase, ...extra });
  await repo.replaceVersionLinks(tx, versionId, own);
}

/**
 * Instances may inherit a template's channels and processing mode, so their
 * stored digital status (derived data, kept for list filters) is refreshed
 * after the template's inherited version changed. Call after the template's row is updated.
 */
async function refreshInstancesDigitalStatus(tx: Executor, templateId: string): Promise<void> {
  const versions = await repo.instanceCurrentVersions(tx, templateId);
  if (versions.length === 0) return;
  const template = (await repo.findService(tx, templateId))!;
  const inheritedId = template.publishedVersionId ?? template.draftVersionId;
  const templateDesc = inheritedId ? await repo.loadDescription(tx, (await repo.findVersion(tx, inheritedId))!) : null;
  const owns = await repo.loadDescriptions(tx, versions);
  const effective = new Map(versions.map((v) => [v.id, resolveEffectiveDescription(templateDesc, owns.get(v.id)!)]));
  const { info } = await channelInfoOf(tx, [...effective.values()].flatMap((d) => d.channelPoints.map((c) => c.channelPointId)));
  for (const v of versions) {
    const digital = deriveDigitalStatus(effective.get(v.id)!, info);
    if (digital.status !== v.digitalStatus || JSON.stringify(digital.byPhase) !== JSON.stringify(v.digitalByPhase)) {
      await repo.setVersionDigitalStatus(tx, v.id, digital.status, digital.byPhase);
    }
  }
}

/**
 * Rebuilds the list read model of a service, and of its instances when it is a
 * template, and their stored rule results (so they are fresh when the write commits).
 */
async function refreshListings(tx: Executor, s: Pick<ServiceRow, 'id' | 'isTemplate'>): Promise<void> {
  const ids = s.isTemplate ? [s.id, ...(await repo.instanceIdsOf(tx, s.id))] : [s.id];
  await repo.refreshServiceListings(tx, ids);
  await refreshRuleResults(tx, ids);
}

async function currentDetail(ex: Executor, actor: Actor, s: ServiceRow) {
  const v = (await repo.findVersion(ex, (s.draftVersionId ?? s.publishedVersionId)!))!;
  return buildDetail(ex, actor, s, v);
}

/** Creates a service as a draft (version 1). Returns it with the draft-mode rule report. */
export async function createService(ex: Executor, ctx: RequestContext, input: ServiceCreate, locale: Locale): Promise<ServiceResponseBody> {
  requireUser(ctx.actor);
  return inTransaction(ex, async (tx) => {
    const owner = await repo.findInstitution(tx, input.ownerInstitutionId);
    if (!owner) throw new ValidationError([{ path: 'ownerInstitutionId', code: 'unknownReference', message: 'services.api.unknownReference', params: { id: input.ownerInstitutionId } }]);
    if (!canCreateService(ctx.actor, owner.id)) throw new ForbiddenError('service.create');
    const { ownerInstitutionId, code: givenCode, templateServiceId, isTemplate, ...fields } = input;
    const issues: FieldIssue[] = [];
    if (templateServiceId) {
      const template = await repo.findService(tx, templateServiceId);
      if (!template) issues.push({ path: 'templateServiceId', code: 'unknownReference', message: 'services.api.unknownReference', params: { id: templateServiceId } });
      else if (!template.isTemplate) issues.push({ path: 'templateServiceId', code: 'notTemplate', message: 'services.api.notTemplate', params: {} });
      if (isTemplate) issues.push({ path: 'isTemplate', code: 'templateOfTemplate', message: 'services.api.templateOfTemplate', params: {} });
      issues.push(...nonOverridableIssues(fields));
    }
    issues.push(...(await referenceIssues(tx, fields, ownerInstitutionId, null)));
    if (issues.length) throw new ValidationError(issues);
    let code = givenCode;
    if (code) {
      if (await repo.findServiceByCode(tx, code)) throw new ConflictError('duplicate', { field: 'code' }, [{ path: 'code', code: 'duplicate', message: 'services.api.duplicateCode', params: { code } }]);
    } else {
      code = await repo.nextServiceCode(tx, owner.code);
    }
    const versionId = crypto.randomUUID();
    const s = await repo.insertService(tx, {
      code,
      ownerInstitutionId,
      isTemplate,
      templateServiceId: templateServiceId ?? null,
      status: 'draft',
      draftVersionId: versionId,
      latestVersionNo: 1,
    });
    await repo.insertVersion(tx, { id: versionId, serviceId: s.id, versionNo: 1, state: 'draft', createdBy: personOf(ctx.actor) });
    const own = applyInput(emptyDescription(), fields);
    await saveDescription(tx, s, versionId, own);
    await refreshListings(tx, s);
    const after = await currentDetail(tx, ctx.actor, s);
    await audit(tx, ctx, { action: 'service.create', entityType: 'service', entityId: s.id, after });
    const validation = toValidationReport(await violationsOf(tx, s, own, 'draft'), 'draft', 1, locale);
    return { ...after, validation };
  });
}

/**
 * Locks a service for a write and checks the actor and the ETag. A stale
 * write gets 409 with the current representation, so the client loses nothing.
 */
async function lockForWrite(tx: Executor, actor: Actor, id: string, expectedVersion: number | null, allowed: (s: ServiceRow) => boolean, action: string): Promise<ServiceRow> {
  const s = await repo.lockService(tx, id);
  if (!s) throw new NotFoundError('service', id);
  if (!allowed(s)) refuse(actor, action);
  if (expectedVersion !== null && s.rowVersion !== expectedVersion) {
    throw new ConflictError('staleVersion', { given: expectedVersion, current: s.rowVersion }, [], await currentDetail(tx, actor, s));
  }
  return s;
}

/** Edits the draft; a published service first gets a new draft version copied from the published one. */
export async function updateService(ex: Executor, ctx: RequestContext, id: string, expectedVersion: number, input: ServiceUpdate, locale: Locale): Promise<ServiceResponseBody> {
  requireUser(ctx.actor);
  return inTransaction(ex, async (tx) => {
    const s = await lockForWrite(tx, ctx.actor, id, expectedVersion, (x) => canEditService(ctx.actor, x), 'service.update');
    const before = await currentDetail(tx, ctx.actor, s);
    const issues = [...(s.templateServiceId ? nonOverridableIssues(input) : []), ...(await referenceIssues(tx, input, s.ownerInstitutionId, s.id))];
    if (issues.length) throw new ValidationError(issues);
    let draft: VersionRow;
    let base: ServiceDescription;
    let latestVersionNo = s.latestVersionNo;
    if (s.draftVersionId) {
      draft = (await repo.findVersion(tx, s.draftVersionId))!;
      base = await repo.loadDescription(tx, draft);
    } else {
      // Published versions never change: the edit goes into a new version copied from the published one.
      if (!s.publishedVersionId) throw new ConflictError('state', { state: s.status });
      base = await repo.loadDescription(tx, (await repo.findVersion(tx, s.publishedVersionId))!);
      latestVersionNo += 1;
      draft = await repo.insertVersion(tx, { serviceId: s.id, versionNo: latestVersionNo, state: 'draft', createdBy: personOf(ctx.actor) });
    }
    const own = applyInput(base, input);
    // Editing a submitted draft takes it back for more work.
    await saveDescription(tx, s, draft.id, own, { state: 'draft', submittedAt: null, submittedBy: null });
    const updated = await repo.updateService(tx, s.id, { draftVersionId: draft.id, latestVersionNo });
    if (s.isTemplate) await refreshInstancesDigitalStatus(tx, s.id);
    await refreshListings(tx, s);
    const after = await currentDetail(tx, ctx.actor, updated);
    await audit(tx, ctx, { action: 'service.update', entityType: 'service', entityId: s.id, before, after });
    const validation = toValidationReport(await violationsOf(tx, updated, own, 'draft'), 'draft', draft.versionNo, locale);
    return { ...after, validation };
  });
}

/**
 * Hands the draft to the portfolio manager for approval (service manager or portfolio manager).
 * A draft that could not be published is not handed on: hard rule violations refuse it with
 * 422 listing every violation, the same reasons (and the same check) as publication.
 */
export async function submitService(ex: Executor, ctx: RequestContext, id: string, expectedVersion: number | null, locale: Locale): Promise<ServiceResponseBody> {
  requireUser(ctx.actor);
  return inTransaction(ex, async (tx) => {
    const s = await lockForWrite(tx, ctx.actor, id, expectedVersion, (x) => canEditService(ctx.actor, x), 'service.submit');
    if (!s.draftVersionId) throw new ConflictError('state', { state: s.status }, [{ path: '', code: 'noDraft', message: 'services.api.noDraft', params: {} }]);
    const draft = (await repo.findVersion(tx, s.draftVersionId))!;
    if (draft.state === 'submitted') throw new ConflictError('state', { state: draft.state }, [{ path: '', code: 'alreadySubmitted', message: 'services.api.alreadySubmitted', params: {} }]);
    const own = await repo.loadDescription(tx, draft);
    const violations = await violationsOf(tx, s, own, 'publish');
    if (violations.some((v) => v.severity === 'error')) throw new RuleViolationError(violations);
    const before = await currentDetail(tx, ctx.actor, s);
    await repo.updateVersion(tx, draft.id, { state: 'submitted', submittedAt: new Date(), submittedBy: personOf(ctx.actor) });
    const updated = await repo.updateService(tx, s.id, {});
    await refreshListings(tx, s);
    const after = await currentDetail(tx, ctx.actor, updated);
    await audit(tx, ctx, { action: 'service.submit', entityType: 'service', entityId: s.id, before, after });
    const validation = toValidationReport(violations, 'publish', draft.versionNo, locale);
    return { ...after, validation };
  });
}

/** Who signs an approval: the acting person, or for system imports the owner's portfolio manager (none: not recorded). */
async function approverOf(tx: Executor, actor: Actor, institutionId: string): Promise<string | null> {
  return personOf(actor) ?? (await rolesRepo.portfolioManagerOf(tx, institutionId))?.personId ?? null;
}

/**
 * Publishes the draft (owner's portfolio manager only, R10). Hard rule
 * violations block it with 422 listing every violation. The previous published
 * version is superseded, and the changed service list is recorded as approved (R11).
 */
export async function publishService(ex: Executor, ctx: RequestContext, id: string, expectedVersion: number): Promise<ServiceResponseBody> {
  requireUser(ctx.actor);
  return inTransaction(ex, async (tx) => {
    const s = await lockForWrite(tx, ctx.actor, id, expectedVersion, (x) => canApproveService(ctx.actor, x), 'service.publish');
    if (!s.draftVersionId) throw new ConflictError('state', { state: s.status }, [{ path: '', code: 'noDraft', message: 'services.api.noDraft', params: {} }]);
    const draft = (await repo.findVersion(tx, s.draftVersionId))!;
    const own = await repo.loadDescription(tx, draft);
    const violations = await violationsOf(tx, s, own, 'publish');
    if (violations.some((v) => v.severity === 'error')) throw new RuleViolationError(violations);
    const before = await currentDetail(tx, ctx.actor, s);
    const listBefore = await publishedServiceIdsOf(tx, s.ownerInstitutionId);
    if (s.publishedVersionId) await repo.updateVersion(tx, s.publishedVersionId, { state: 'superseded' });
    // Recomputed at publication, so the published version carries the status under the active policy.
    await saveDescription(tx, s, draft.id, own, { state: 'published', publishedAt: new Date(), publishedBy: personOf(ctx.actor) });
    const updated = await repo.updateService(tx, s.id, { status: 'published', publishedVersionId: draft.id, draftVersionId: null });
    if (s.isTemplate) await refreshInstancesDigitalStatus(tx, s.id);
    await refreshListings(tx, s);
    const approver = await approverOf(tx, ctx.actor, s.ownerInstitutionId);
    if (approver) {
      const listAfter = [...new Set([...listBefore, s.id])];
      await portfolioRepo.insertApproval(tx, {
        institutionId: s.ownerInstitutionId,
        approvedBy: approver,
        kind: 'publish',
        serviceIds: listAfter,
        change: { added: listBefore.includes(s.id) ? [] : [s.id], removed: [] },
        note: `${s.code} v${draft.versionNo}`,
      });
      // The approved list is the institution's document (R11): its trail shows each change too.
      await audit(tx, ctx, { action: 'portfolio.approve', entityType: 'institution', entityId: s.ownerInstitutionId, after: { kind: 'publish', service: s.code, versionNo: draft.versionNo } });
    }
    const after = await buildDetail(tx, ctx.actor, updated, (await repo.findVersion(tx, draft.id))!);
    await audit(tx, ctx, { action: 'service.publish', entityType: 'service', entityId: s.id, before, after });
    return after;
  });
}

/** Takes a service out of the approved list (owner's portfolio manager only, R10, R11). */
export async function archiveService(ex: Executor, ctx: RequestContext, id: string, expectedVersion: number): Promise<ServiceResponseBody> {
  requireUser(ctx.actor);
  return inTransaction(ex, async (tx) => {
    const s = await lockForWrite(tx, ctx.actor, id, expectedVersion, (x) => canApproveService(ctx.actor, x), 'service.archive');
    if (s.status === 'archived') throw new ConflictError('state', { state: s.status }, [{ path: '', code: 'alreadyArchived', message: 'services.api.alreadyArchived', params: {} }]);
    const before = await currentDetail(tx, ctx.actor, s);
    const listBefore = await publishedServiceIdsOf(tx, s.ownerInstitutionId);
    if (s.publishedVersionId) await repo.updateVersion(tx, s.publishedVersionId, { state: 'archived' });
    const updated = await repo.updateService(tx, s.id, { status: 'archived' });
    await refreshListings(tx, s);
    const approver = await approverOf(tx, ctx.actor, s.ownerInstitutionId);
    if (approver) {
      await portfolioRepo.insertApproval(tx, {
        institutionId: s.ownerInstitutionId,
        approvedBy: approver,
        kind: 'archive',
        serviceIds: listBefore.filter((x) => x !== s.id),
        change: { added: [], removed: listBefore.includes(s.id) ? [s.id] : [] },
        note: s.code,
      });
      await audit(tx, ctx, { action: 'portfolio.approve', entityType: 'institution', entityId: s.ownerInstitutionId, after: { kind: 'archive', service: s.code } });
    }
    const after = await currentDetail(tx, ctx.actor, updated);
    await audit(tx, ctx, { action: 'service.archive', entityType: 'service', entityId: s.id, before, after });
    return after;
  });
}

/* ------------------------------------------------------------------ */
/* Checking an unsaved description (the editor's live validation)      */
/* ------------------------------------------------------------------ */

/**
 * Runs the publication rules over a description that is not saved: the editor
 * sends the whole form as it stands and shows each violation next to its field.
 * Authorised like the write it precedes: creating for the owner, or (with
 * `serviceId`) editing that service. Writes nothing and audits nothing.
 */
export async function validateUnsaved(ex: Executor, actor: Actor, input: ServiceCreate, serviceId: string | undefined, locale: Locale) {
  requireUser(actor);
  const existing = serviceId ? await repo.findService(ex, serviceId) : null;
  if (serviceId && (!existing || !canReadServiceInternal(actor, existing))) throw new NotFoundError('service', serviceId);
  const owner = existing ? { id: existing.ownerInstitutionId } : await repo.findInstitution(ex, input.ownerInstitutionId);
  if (!owner) throw new ValidationError([{ path: 'ownerInstitutionId', code: 'unknownReference', message: 'services.api.unknownReference', params: { id: input.ownerInstitutionId } }]);
  if (existing ? !canEditService(actor, existing) : !canCreateService(actor, owner.id)) refuse(actor, existing ? 'service.update' : 'service.create');
  const { ownerInstitutionId: _owner, code: _code, templateServiceId, isTemplate, ...fields } = input;
  // The rules only look at these columns of the service row; an unsaved service gets a fresh id that nothing refers to.
  const row = (existing ?? {
    id: crypto.randomUUID(),
    ownerInstitutionId: owner.id,
    isTemplate,
    templateServiceId: templateServiceId ?? null,
  }) as ServiceRow;
  const issues = [...(row.templateServiceId ? nonOverridableIssues(fields) : []), ...(await referenceIssues(ex, fields, row.ownerInstitutionId, existing?.id ?? null))];
  if (issues.length) throw new ValidationError(issues);
  const own = applyInput(emptyDescription(), fields);
  const versionNo = existing ? (existing.draftVersionId ? existing.latestVersionNo : existing.latestVersionNo + 1) : 1;
  return toValidationReport(await violationsOf(ex, row, own, 'publish'), 'publish', versionNo, locale);
}
