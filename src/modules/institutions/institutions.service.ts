import type { Db, Executor } from '../../platform/db/database.js';
import type { Actor, RequestContext } from '../../platform/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../../platform/errors.js';
import { audit } from '../audit/audit.service.js';
import * as repo from './institutions.repository.js';
import { ancestorsUnder, checkParent } from './institutions.rules.js';
import { canEditInstitutionProfile, canManageInstitutions, institutionActionsFor, institutionCollectionActionsFor, institutionsAllowing, STRUCTURAL_FIELDS } from './institutions.policy.js';
import { toInstitutionResponse, toInstitutionSummary } from './institutions.presenter.js';
import type { InstitutionCreate, InstitutionListQuery, InstitutionUpdate } from './institutions.schemas.js';
import './institutions.messages.js';

function duplicateCodes(dirs: { code: string }[]): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  dirs.forEach((d, i) => {
    if (seen.has(d.code)) issues.push({ path: `activityDirections[${i}].code`, code: 'duplicate', message: 'institutions.activityDirection.duplicate', params: { code: d.code } });
    seen.add(d.code);
  });
  return issues;
}

/**
 * A direction that a service names cannot be dropped from the list (the
 * services would lose their direction): 409 naming `activityDirections` and the codes.
 */
async function refuseRemovingDirectionsInUse(ex: Executor, current: { id: string; code: string }[], wanted: { code: string }[], before: unknown): Promise<void> {
  const kept = new Set(wanted.map((d) => d.code));
  const dropped = current.filter((d) => !kept.has(d.code));
  const used = await repo.activityDirectionIdsInUse(ex, dropped.map((d) => d.id));
  if (used.size === 0) return;
  const codes = dropped.filter((d) => used.has(d.id)).map((d) => d.code).join(', ');
  throw new ConflictError('inUse', { field: 'activityDirections' }, [{ path: 'activityDirections', code: 'inUse', message: 'institutions.activityDirection.inUse', params: { codes } }], before);
}

/** Loads an institution with its relations, as the API shows it. */
export async function getInstitution(ex: Executor, actor: Actor, id: string) {
  const row = await repo.findInstitution(ex, id);
  if (!row) throw new NotFoundError('institution', id);
  // Sequential on purpose: a transaction runs on one connection, which takes one query at a time.
  const ancestors = await repo.findInstitutionsByIds(ex, row.ancestorIds);
  const directions = await repo.listActivityDirections(ex, id);
  const childCount = await repo.countChildren(ex, id);
  return toInstitutionResponse(row, { ancestors, directions, childCount }, institutionActionsFor(actor, row.id));
}

/** One page of institutions, each with what the actor may do there; `allowedAction` keeps only those where the actor may do it. */
export async function listInstitutions(ex: Executor, actor: Actor, q: InstitutionListQuery) {
  const scope = q.allowedAction ? institutionsAllowing(actor, q.allowedAction) : { all: true as const };
  const { rows, total } = await repo.listInstitutions(ex, q, scope.all ? undefined : scope.ids);
  const items = rows.map((r) => toInstitutionSummary(r, institutionActionsFor(actor, r.id)));
  return { items, total, page: q.page, pageSize: q.pageSize, allowedActions: institutionCollectionActionsFor(actor) };
}

async function loadParent(ex: Executor, parentId: string | null | undefined) {
  if (!parentId) return null;
  const parent = await repo.findInstitution(ex, parentId);
  if (!parent) throw new ValidationError([{ path: 'parentId', code: 'unknownReference', message: 'errors.unknownReference', params: {} }]);
  return parent;
}

export async function createInstitution(db: Db, ctx: RequestContext, input: InstitutionCreate) {
  if (!canManageInstitutions(ctx.actor)) throw new ForbiddenError('institution.create');
  const issues = duplicateCodes(input.activityDirections);
  if (issues.length) throw new ValidationError(issues);
  return db.transaction(async (tx) => {
    const parent = await loadParent(tx, input.parentId);
    const parentIssues = checkParent({ kind: input.kind }, parent);
    if (parentIssues.length) throw new ValidationError(parentIssues);
    const { activityDirections, ...fields } = input;
    const row = await repo.insertInstitution(tx, {
      ...fields,
      parentId: parent?.id ?? null,
      ancestorIds: ancestorsUnder(parent),
      formerNames: input.formerNames.map((f) => ({ ...f, nameEn: f.nameEn ?? null })),
      website: input.website ?? null,
      email: input.email ?? null,
    });
    await repo.replaceActivityDirections(tx, row.id, activityDirections.map((d) => ({ ...d, nameEn: d.nameEn ?? null })));
    const after = await getInstitution(tx, ctx.actor, row.id);
    await audit(tx, ctx, { action: 'institution.create', entityType: 'institution', entityId: row.id, after });
    return after;
  });
}

export async function updateInstitution(db: Db, ctx: RequestContext, id: string, expectedVersion: number, input: InstitutionUpdate) {
  const structural = STRUCTURAL_FIELDS.some((f) => input[f] !== undefined);
  if (structural ? !canManageInstitutions(ctx.actor) : !canEditInstitutionProfile(ctx.actor, id)) throw new ForbiddenError('institution.update');
  if (input.activityDirections) {
    const issues = duplicateCodes(input.activityDirections);
    if (issues.length) throw new ValidationError(issues);
  }
  return db.transaction(async (tx) => {
    const current = await repo.findInstitution(tx, id);
    if (!current) throw new NotFoundError('institution', id);
    const before = await getInstitution(tx, ctx.actor, id);
    if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
    // Only the keys present in the body change; an omitted list stays as it is.
    const { activityDirections, formerNames, ...fields } = input;
    if (activityDirections !== undefined) await refuseRemovingDirectionsInUse(tx, before.activityDirections, activityDirections, before);
    const patch: Record<string, unknown> = { ...fields };
    let newAncestors = current.ancestorIds;
    if (input.parentId !== undefined || input.kind !== undefined) {
      const parent = await loadParent(tx, input.parentId === undefined ? current.parentId : input.parentId);
      const parentIssues = checkParent({ id, kind: input.kind ?? current.kind }, parent);
      if (parentIssues.length) throw new ValidationError(parentIssues);
      newAncestors = ancestorsUnder(parent);
      patch.parentId = parent?.id ?? null;
      patch.ancestorIds = newAncestors;
    }
    if (formerNames !== undefined) patch.formerNames = formerNames.map((f) => ({ ...f, nameEn: f.nameEn ?? null }));
    const updated = await repo.updateInstitution(tx, id, expectedVersion, patch);
    if (!updated) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
    if (newAncestors !== current.ancestorIds) await repo.refreshDescendantAncestors(tx, id, current.ancestorIds, newAncestors);
    if (activityDirections !== undefined) await repo.replaceActivityDirections(tx, id, activityDirections.map((d) => ({ ...d, nameEn: d.nameEn ?? null })));
    const after = await getInstitution(tx, ctx.actor, id);
    await audit(tx, ctx, { action: 'institution.update', entityType: 'institution', entityId: id, before, after });
    return after;
  });
}
