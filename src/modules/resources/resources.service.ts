import type { Db, Executor } from '../../platform/db/database.js';
import type { Actor, RequestContext } from '../../platform/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors.js';
import { audit } from '../audit/audit.service.js';
import * as usage from '../services/services.queries.js';
import { toServiceRef, toServiceUsage } from '../channel-points/service-usage.presenter.js';
import type { ServiceUsageListQuery } from '../channel-points/service-usage.schemas.js';
import * as repo from './resources.repository.js';
import { checkResourceManagers, checkResourcePortfolioManager, refuseHandSetVirtual } from './resources.rules.js';
import { canEditResource, canMoveResource, canReadResourceValidation, canReadResources, canWriteResourcePortfolio, resourceActionsFor, resourceCollectionActionsFor } from './resources.policy.js';
import { toCapabilityResponse, toCapabilitySummary, toResourceResponse, toResourceSummary, toRoleHolder } from './resources.presenter.js';
import type { CapabilityCreate, CapabilityListQuery, CapabilityUpdate, ResourceCreate, ResourceListQuery, ResourceUpdate } from './resources.schemas.js';
import './resources.messages.js';

/**
 * Resource usage is impact analysis for whoever keeps the resource, so it lists
 * every service's current and published version, drafts of other institutions
 * included (as before ADR 0008; only signed-in users read resources).
 */
const RESOURCE_USAGE = { kind: 'all' } as const;

function requireReader(actor: Actor): void {
  if (!canReadResources(actor)) throw new UnauthenticatedError();
}

/** R42: the body may not set `virtual`; a named supplier service must exist. */
async function checkSupplier(ex: Executor, body: { virtual?: unknown; supplierServiceId?: string | null }): Promise<void> {
  const issues = refuseHandSetVirtual(body);
  if (issues.length) throw new ValidationError(issues);
  if (body.supplierServiceId && !(await usage.serviceExists(ex, body.supplierServiceId))) {
    throw new ValidationError([{ path: 'supplierServiceId', code: 'unknownReference', message: 'resources.supplierService.unknown', params: { id: body.supplierServiceId } }]);
  }
}

async function checkInstitution(ex: Executor, institutionId: string): Promise<void> {
  if (!(await repo.institutionExists(ex, institutionId))) {
    throw new ValidationError([{ path: 'institutionId', code: 'unknownReference', message: 'resources.institution.unknown', params: {} }]);
  }
}

async function supplierRef(ex: Executor, supplierServiceId: string | null) {
  if (!supplierServiceId) return null;
  const labels = await usage.findServiceLabels(ex, [supplierServiceId]);
  const s = labels.get(supplierServiceId);
  return s ? toServiceRef(s) : null;
}

// ---------------------------------------------------------------- resources

/** A resource with its supplier service, its manager (R16) and how many services use it. */
async function loadResource(ex: Executor, id: string, actor: Actor) {
  const row = await repo.findResource(ex, id);
  if (!row) throw new NotFoundError('resource', id);
  const supplierService = await supplierRef(ex, row.supplierServiceId);
  const [manager] = await repo.resourceManagersOf(ex, [id]);
  const counts = await usage.countServicesUsing(ex, 'resource', [id], RESOURCE_USAGE);
  return toResourceResponse(row, { supplierService, manager: manager ?? null, serviceCount: counts.get(id) ?? 0 }, resourceActionsFor(actor, row));
}

export async function getResource(ex: Executor, actor: Actor, id: string) {
  requireReader(actor);
  return loadResource(ex, id, actor);
}

export async function listResources(ex: Executor, actor: Actor, q: ResourceListQuery) {
  requireReader(actor);
  const { rows, total } = await repo.listResources(ex, q);
  return { items: rows.map((r) => toResourceSummary(r, resourceActionsFor(actor, r))), total, page: q.page, pageSize: q.pageSize, allowedActions: resourceCollectionActionsFor(actor, q.institutionId) };
}

/** Services whose current or published version uses the resource (R40: a resource ↔ 0..n services). */
export async function listResourceServices(ex: Executor, actor: Actor, id: string, q: ServiceUsageListQuery) {
  requireReader(actor);
  if (!(await repo.findResource(ex, id))) throw new NotFoundError('resource', id);
  const { rows, total } = await usage.listServicesUsing(ex, 'resource', [id], RESOURCE_USAGE, q);
  return { items: rows.map(toServiceUsage), total, page: q.page, pageSize: q.pageSize };
}

const duplicateCode = (code: string) => new ConflictError('duplicate', { field: 'code' }, [{ path: 'code', code: 'duplicate', message: 'resources.code.duplicate', params: { code } }]);

export async function createResource(db: Db, ctx: RequestContext, input: ResourceCreate) {
  if (!canWriteResourcePortfolio(ctx.actor, input.institutionId)) throw new ForbiddenError('resource.create');
  return db.transaction(async (tx) => {
    await checkSupplier(tx, input);
    await checkInstitution(tx, input.institutionId);
    if (await repo.findResourceByCode(tx, input.code)) throw duplicateCode(input.code);
    const { virtual: _v, ...fields } = input;
    const row = await repo.insertResource(tx, { ...fields, supplierServiceId: input.supplierServiceId ?? null });
    const after = await loadResource(tx, row.id, ctx.actor);
    await audit(tx, ctx, { action: 'resource.create', entityType: 'resource', entityId: row.id, after });
    return after;
  });
}

export async function updateResource(db: Db, ctx: RequestContext, id: string, expectedVersion: number, input: ResourceUpdate) {
  return db.transaction(async (tx) => {
    const current = await repo.findResource(tx, id);
    if (!current) throw new NotFoundError('resource', id);
    if (!canEditResource(ctx.actor, current)) throw new ForbiddenError('resource.update');
    // Moving a resource to another institution is a portfolio decision of both institutions.
    const moving = input.institutionId !== undefined && input.institutionId !== current.institutionId;
    if (moving && !(canMoveResource(ctx.actor, current) && canWriteResourcePortfolio(ctx.actor, input.institutionId!))) {
      throw new ForbiddenError('resource.move');
    }
    const before = await loadResource(tx, id, ctx.actor);
    if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
    await checkSupplier(tx, input);
    if (moving) await checkInstitution(tx, input.institutionId!);
    if (input.code && input.code !== current.code && (await repo.findResourceByCode(tx, input.code))) throw duplicateCode(input.code);
    const { virtual: _v, ...patch } = input;
    const updated = await repo.updateResource(tx, id, expectedVersion, patch);
    if (!updated) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
    const after = await loadResource(tx, id, ctx.actor);
    await audit(tx, ctx, { action: 'resource.update', entityType: 'resource', entityId: id, before, after });
    return after;
  });
}

/**
 * R15 and R16 status of an institution's resources: exactly one
 * resource-portfolio manager when it holds resources, exactly one resource
 * manager per resource.
 */
export async function validateInstitutionResources(ex: Executor, actor: Actor, institutionId: string) {
  if (!canReadResourceValidation(actor)) throw new UnauthenticatedError();
  if (!(await repo.institutionExists(ex, institutionId))) throw new NotFoundError('institution', institutionId);
  const list = await repo.resourcesWithManagerCounts(ex, institutionId);
  const managers = await repo.resourcePortfolioManagersOf(ex, institutionId);
  const r15 = checkResourcePortfolioManager(list.length, managers.length);
  const r16 = checkResourceManagers(list);
  const ref = (r: { id: string; code: string; nameLv: string }) => ({ id: r.id, code: r.code, nameLv: r.nameLv });
  const violations = [...r15.violations, ...r16];
  return {
    institutionId,
    resourceCount: list.length,
    holdsResources: list.length > 0,
    ok: violations.length === 0,
    r15: { status: r15.status, resourcePortfolioManagers: managers.map(toRoleHolder) },
    r16: {
      status: list.length === 0 ? ('notApplicable' as const) : r16.length ? ('violated' as const) : ('ok' as const),
      resourcesWithoutManager: list.filter((r) => r.managerCount === 0).map(ref),
      resourcesWithSeveralManagers: list.filter((r) => r.managerCount > 1).map(ref),
    },
    violations,
  };
}

// ---------------------------------------------------------------- capabilities

async function loadCapability(ex: Executor, id: string) {
  const row = await repo.findCapability(ex, id);
  if (!row) throw new NotFoundError('capability', id);
  return toCapabilityResponse(row, { supplierService: await supplierRef(ex, row.supplierServiceId) });
}

export async function getCapability(ex: Executor, actor: Actor, id: string) {
  requireReader(actor);
  return loadCapability(ex, id);
}

export async function listCapabilities(ex: Executor, actor: Actor, q: CapabilityListQuery) {
  requireReader(actor);
  const { rows, total } = await repo.listCapabilities(ex, q);
  return { items: rows.map(toCapabilitySummary), total, page: q.page, pageSize: q.pageSize };
}

export async function createCapability(db: Db, ctx: RequestContext, input: CapabilityCreate) {
  if (!canWriteResourcePortfolio(ctx.actor, input.institutionId)) throw new ForbiddenError('capability.create');
  return db.transaction(async (tx) => {
    await checkSupplier(tx, input);
    await checkInstitution(tx, input.institutionId);
    const { virtual: _v, ...fields } = input;
    const row = await repo.insertCapability(tx, { ...fields, supplierServiceId: input.supplierServiceId ?? null });
    const after = await loadCapability(tx, row.id);
    await audit(tx, ctx, { action: 'capability.create', entityType: 'capability', entityId: row.id, after });
    return after;
  });
}

export async function updateCapability(db: Db, ctx: RequestContext, id: string, expectedVersion: number, input: CapabilityUpdate) {
  return db.transaction(async (tx) => {
    const current = await repo.findCapability(tx, id);
    if (!current) throw new NotFoundError('capability', id);
    const moving = input.institutionId !== undefined && input.institutionId !== current.institutionId;
    if (!canWriteResourcePortfolio(ctx.actor, current.institutionId) || (moving && !canWriteResourcePortfolio(ctx.actor, input.institutionId!))) {
      throw new ForbiddenError('capability.update');
    }
    const before = await loadCapability(tx, id);
    if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
    await checkSupplier(tx, input);
    if (moving) await checkInstitution(tx, input.institutionId!);
    const { virtual: _v, ...patch } = input;
    const updated = await repo.updateCapability(tx, id, expectedVersion, patch);
    if (!updated) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
    const after = await loadCapability(tx, id);
    await audit(tx, ctx, { action: 'capability.update', entityType: 'capability', entityId: id, before, after });
    return after;
  });
}
