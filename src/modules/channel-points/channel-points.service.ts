import type { Db, Executor } from '../../platform/db/database.js';
import type { Actor, RequestContext } from '../../platform/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../../platform/errors.js';
import { audit } from '../audit/audit.service.js';
import { activePolicyVersion, channelTypeMap } from '../policy/policy.queries.js';
import * as repo from './channel-points.repository.js';
import * as usage from '../services/services.queries.js';
import { serviceVisibility } from '../services/services.visibility.js';
import { checkChannelPointFields, checkOpeningHours, type ChannelTypeMeaning } from './channel-points.rules.js';
import { canSeeInactiveChannelPoints, canWriteChannelPoints, channelPointActionsFor, channelPointCollectionActionsFor } from './channel-points.policy.js';
import { toChannelPointResponse, toChannelPointSummary } from './channel-points.presenter.js';
import type { ChannelPointCreate, ChannelPointListQuery, ChannelPointUpdate } from './channel-points.schemas.js';
import type { ServiceUsageListQuery } from './service-usage.schemas.js';
import { toServiceUsage } from './service-usage.presenter.js';
import './channel-points.messages.js';

/**
 * The channel types of the active policy version, by code. Empty when no version
 * is active (only a database without the policy data files): reads then show no
 * environment, and writes are refused for an unknown channel type.
 */
export async function loadChannelTypes(ex: Executor): Promise<Map<string, ChannelTypeMeaning>> {
  const active = await activePolicyVersion(ex);
  if (!active) return new Map();
  const out = new Map<string, ChannelTypeMeaning>();
  for (const [code, info] of channelTypeMap(active.document)) out.set(code, { code, environment: info.environment, digital: info.digital });
  return out;
}

/** One channel point as the API shows it, with its policy meaning and how many services use it. */
export async function getChannelPoint(ex: Executor, actor: Actor, id: string) {
  const row = await repo.findChannelPoint(ex, id);
  if (!row || (!row.active && !canSeeInactiveChannelPoints(actor))) throw new NotFoundError('channelPoint', id);
  const types = await loadChannelTypes(ex);
  const counts = await usage.countServicesUsing(ex, 'channelPoint', [id], serviceVisibility(actor));
  return toChannelPointResponse(row, { type: types.get(row.channelType) ?? null, serviceCount: counts.get(id) ?? 0 }, channelPointActionsFor(actor, row));
}

export async function listChannelPoints(ex: Executor, actor: Actor, q: ChannelPointListQuery) {
  const types = await loadChannelTypes(ex);
  const channelTypes = q.environment ? [...types.values()].filter((t) => t.environment === q.environment).map((t) => t.code) : undefined;
  const active = canSeeInactiveChannelPoints(actor) ? q.active : true;
  const { rows, total } = await repo.listChannelPoints(ex, { ...q, channelTypes, active });
  const items = rows.map((r) => toChannelPointSummary(r, types.get(r.channelType) ?? null, channelPointActionsFor(actor, r)));
  return { items, total, page: q.page, pageSize: q.pageSize, allowedActions: channelPointCollectionActionsFor(actor, q.institutionId) };
}

/** Services the caller may see whose published version, or current version where they read the owner internally, uses the point. */
export async function listChannelPointServices(ex: Executor, actor: Actor, id: string, q: ServiceUsageListQuery) {
  const row = await repo.findChannelPoint(ex, id);
  if (!row || (!row.active && !canSeeInactiveChannelPoints(actor))) throw new NotFoundError('channelPoint', id);
  const { rows, total } = await usage.listServicesUsing(ex, 'channelPoint', [id], serviceVisibility(actor), q);
  return { items: rows.map(toServiceUsage), total, page: q.page, pageSize: q.pageSize };
}

function duplicateCode(code: string): ConflictError {
  return new ConflictError('duplicate', { field: 'code' }, [{ path: 'code', code: 'duplicate', message: 'channelPoints.code.duplicate', params: { code } }]);
}

async function validateContent(ex: Executor, cp: Parameters<typeof checkChannelPointFields>[0] & { openingHours?: { weekly: Record<string, string[] | undefined> } | null }): Promise<void> {
  const types = await loadChannelTypes(ex);
  const issues: FieldIssue[] = [...checkChannelPointFields(cp, types), ...checkOpeningHours(cp.openingHours)];
  if (issues.length) throw new ValidationError(issues);
}

const unknownInstitution = () => new ValidationError([{ path: 'institutionId', code: 'unknownReference', message: 'channelPoints.institution.unknown', params: {} }]);

export async function createChannelPoint(db: Db, ctx: RequestContext, input: ChannelPointCreate) {
  if (!canWriteChannelPoints(ctx.actor, input.institutionId)) throw new ForbiddenError('channelPoint.create');
  return db.transaction(async (tx) => {
    if (!(await repo.institutionExists(tx, input.institutionId))) throw unknownInstitution();
    await validateContent(tx, input);
    if (await repo.findChannelPointByCode(tx, input.code)) throw duplicateCode(input.code);
    const row = await repo.insertChannelPoint(tx, {
      ...input,
      url: input.url ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      openingHours: input.openingHours ?? null,
    });
    const after = await getChannelPoint(tx, ctx.actor, row.id);
    await audit(tx, ctx, { action: 'channelPoint.create', entityType: 'channelPoint', entityId: row.id, after });
    return after;
  });
}

export async function updateChannelPoint(db: Db, ctx: RequestContext, id: string, expectedVersion: number, input: ChannelPointUpdate) {
  return db.transaction(async (tx) => {
    const current = await repo.findChannelPoint(tx, id);
    if (!current) throw new NotFoundError('channelPoint', id);
    // Moving a point to another institution needs the right to write in both.
    if (!canWriteChannelPoints(ctx.actor, current.institutionId) || (input.institutionId && !canWriteChannelPoints(ctx.actor, input.institutionId))) {
      throw new ForbiddenError('channelPoint.update');
    }
    const before = await getChannelPoint(tx, ctx.actor, id);
    if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
    if (input.institutionId && input.institutionId !== current.institutionId && !(await repo.institutionExists(tx, input.institutionId))) throw unknownInstitution();
    const merged = { ...current, ...input };
    await validateContent(tx, merged);
    if (input.code && input.code !== current.code && (await repo.findChannelPointByCode(tx, input.code))) throw duplicateCode(input.code);
    const updated = await repo.updateChannelPoint(tx, id, expectedVersion, input);
    if (!updated) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
    const after = await getChannelPoint(tx, ctx.actor, id);
    await audit(tx, ctx, { action: 'channelPoint.update', entityType: 'channelPoint', entityId: id, before, after });
    return after;
  });
}

/** Takes a point out of use; services that still link to it keep the link (the services module flags them). */
export async function deactivateChannelPoint(db: Db, ctx: RequestContext, id: string, expectedVersion: number) {
  return db.transaction(async (tx) => {
    const current = await repo.findChannelPoint(tx, id);
    if (!current) throw new NotFoundError('channelPoint', id);
    if (!canWriteChannelPoints(ctx.actor, current.institutionId)) throw new ForbiddenError('channelPoint.deactivate');
    const before = await getChannelPoint(tx, ctx.actor, id);
    if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
    const updated = await repo.updateChannelPoint(tx, id, expectedVersion, { active: false });
    if (!updated) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
    const after = await getChannelPoint(tx, ctx.actor, id);
    await audit(tx, ctx, { action: 'channelPoint.deactivate', entityType: 'channelPoint', entityId: id, before, after });
    return after;
  });
}
