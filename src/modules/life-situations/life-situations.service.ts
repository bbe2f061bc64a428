import type { Db, Executor } from '../../platform/db/database.js';
import { isUser, type Actor, type RequestContext } from '../../platform/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, ValidationError, type FieldIssue } from '../../platform/errors.js';
import { audit } from '../audit/audit.service.js';
import * as usage from '../services/services.queries.js';
import { serviceVisibility } from '../services/services.visibility.js';
import { toServiceUsage } from '../channel-points/service-usage.presenter.js';
import type { ServiceUsageListQuery } from '../channel-points/service-usage.schemas.js';
import * as repo from './life-situations.repository.js';
import { checkLifeSituationHasNeeds, checkNeedLeavesNoSituationEmpty, repeatedCodes, unknownIds } from './life-situations.rules.js';
import { canAssignAnyOwner, canCreateLifeSituations, canEditOwned, lifeSituationCollectionActionsFor, needCollectionActionsFor, ownedActionsFor } from './life-situations.policy.js';
import { toLifeSituationResponse, toLifeSituationSummary, toNeedResponse, toNeedSummary } from './life-situations.presenter.js';
import type { LifeSituationCreate, LifeSituationListQuery, LifeSituationUpdate, NeedCreate, NeedListQuery, NeedUpdate, NewNeedInput } from './life-situations.schemas.js';
import './life-situations.messages.js';

/** How many services a need's response embeds; the full list is paged at /needs/:id/services. */
const EMBEDDED_SERVICES = 200;

const duplicate = (path: string, key: string, code: string) => new ConflictError('duplicate', { field: path }, [{ path, code: 'duplicate', message: key, params: { code } }]);

/**
 * The owner of a new record: the creator's institution, unless an administrator
 * or the state lead names another (or none). The CLI's system actor has no
 * institution, so its records have no owner unless one is named.
 */
async function resolveOwner(ex: Executor, actor: Actor, requested: string | null | undefined, action: string): Promise<string | null> {
  const own = isUser(actor) && actor.via !== 'system' ? actor.institutionId : null;
  if (requested === undefined) return own;
  if (requested !== own && !canAssignAnyOwner(actor)) throw new ForbiddenError(action);
  if (requested !== null && !(await repo.institutionExists(ex, requested))) {
    throw new ValidationError([{ path: 'ownerInstitutionId', code: 'unknownReference', message: 'lifeSituations.owner.unknown', params: {} }]);
  }
  return requested;
}

/** New needs must have unused codes, also among themselves. */
async function checkNewNeedCodes(ex: Executor, newNeeds: NewNeedInput[]): Promise<void> {
  const repeated = repeatedCodes(newNeeds, 'newNeeds', 'needs.code.duplicate');
  if (repeated.length) throw new ConflictError('duplicate', { field: repeated[0].path }, repeated);
  const taken = new Set((await repo.findNeedsByCodes(ex, newNeeds.map((n) => n.code))).map((n) => n.code));
  const issues: FieldIssue[] = [];
  newNeeds.forEach((n, i) => {
    if (taken.has(n.code)) issues.push({ path: `newNeeds[${i}].code`, code: 'duplicate', message: 'needs.code.duplicate', params: { code: n.code } });
  });
  if (issues.length) throw new ConflictError('duplicate', { field: issues[0].path }, issues);
}

async function checkNeedIdsExist(ex: Executor, needIds: string[]): Promise<void> {
  const found = new Set((await repo.findNeedsByIds(ex, needIds)).map((n) => n.id));
  const issues = unknownIds(needIds, found, 'needIds', 'lifeSituations.need.unknown');
  if (issues.length) throw new ValidationError(issues);
}

async function insertNewNeeds(ex: Executor, newNeeds: NewNeedInput[], ownerInstitutionId: string | null): Promise<string[]> {
  const ids: string[] = [];
  for (const n of newNeeds) ids.push((await repo.insertNeed(ex, { ...n, ownerInstitutionId })).id);
  return ids;
}

/** Audits needs created inline with a life situation, once they are linked to it. */
async function auditNewNeeds(ex: Executor, ctx: RequestContext, ids: string[]): Promise<void> {
  for (const id of ids) await audit(ex, ctx, { action: 'need.create', entityType: 'need', entityId: id, after: await getNeed(ex, ctx.actor, id) });
}

/**
 * A need joining or leaving life situations changes them too: their versions
 * move on and each change is audited on the situation as well.
 */
async function changeMembership(ex: Executor, ctx: RequestContext, needId: string, added: string[], removed: string[]): Promise<void> {
  const touched = [...added, ...removed];
  const before = new Map<string, unknown>();
  for (const id of touched) before.set(id, await getLifeSituation(ex, ctx.actor, id));
  await repo.linkNeedToLifeSituations(ex, needId, added);
  await repo.unlinkNeedFromLifeSituations(ex, needId, removed);
  await repo.touchLifeSituations(ex, touched);
  for (const id of touched) {
    await audit(ex, ctx, { action: 'lifeSituation.update', entityType: 'lifeSituation', entityId: id, before: before.get(id), after: await getLifeSituation(ex, ctx.actor, id) });
  }
}

// ---------------------------------------------------------------- life situations

/** One life situation with its needs. */
export async function getLifeSituation(ex: Executor, actor: Actor, id: string) {
  const row = await repo.findLifeSituation(ex, id);
  if (!row) throw new NotFoundError('lifeSituation', id);
  const needs = await repo.needsOfLifeSituation(ex, id);
  return toLifeSituationResponse(row, { needs }, ownedActionsFor(actor, row));
}

export async function listLifeSituations(ex: Executor, actor: Actor, q: LifeSituationListQuery) {
  const { rows, total } = await repo.listLifeSituations(ex, q);
  return { items: rows.map((r) => toLifeSituationSummary(r, ownedActionsFor(actor, r))), total, page: q.page, pageSize: q.pageSize, allowedActions: lifeSituationCollectionActionsFor(actor) };
}

/** Services that meet any need of the life situation; `matchedIds` says which. */
export async function listLifeSituationServices(ex: Executor, actor: Actor, id: string, q: ServiceUsageListQuery) {
  if (!(await repo.findLifeSituation(ex, id))) throw new NotFoundError('lifeSituation', id);
  const needIds = await repo.needIdsOfLifeSituation(ex, id);
  const { rows, total } = await usage.listServicesUsing(ex, 'need', needIds, serviceVisibility(actor), q);
  return { items: rows.map(toServiceUsage), total, page: q.page, pageSize: q.pageSize };
}

export async function createLifeSituation(db: Db, ctx: RequestContext, input: LifeSituationCreate) {
  if (!canCreateLifeSituations(ctx.actor)) throw new ForbiddenError('lifeSituation.create');
  const needIds = [...new Set(input.needIds)];
  const violations = checkLifeSituationHasNeeds(needIds.length + input.newNeeds.length);
  if (violations.length) throw new RuleViolationError(violations);
  return db.transaction(async (tx) => {
    const ownerInstitutionId = await resolveOwner(tx, ctx.actor, input.ownerInstitutionId, 'lifeSituation.create');
    await checkNeedIdsExist(tx, input.needIds);
    if (await repo.findLifeSituationByCode(tx, input.code)) throw duplicate('code', 'lifeSituations.code.duplicate', input.code);
    await checkNewNeedCodes(tx, input.newNeeds);
    const { needIds: _n, newNeeds, ownerInstitutionId: _o, ...fields } = input;
    const row = await repo.insertLifeSituation(tx, { ...fields, ownerInstitutionId });
    const created = await insertNewNeeds(tx, newNeeds, ownerInstitutionId);
    await repo.replaceLifeSituationNeeds(tx, row.id, [...needIds, ...created]);
    await auditNewNeeds(tx, ctx, created);
    const after = await getLifeSituation(tx, ctx.actor, row.id);
    await audit(tx, ctx, { action: 'lifeSituation.create', entityType: 'lifeSituation', entityId: row.id, after });
    return after;
  });
}

export async function updateLifeSituation(db: Db, ctx: RequestContext, id: string, expectedVersion: number, input: LifeSituationUpdate) {
  return db.transaction(async (tx) => {
    const current = await repo.findLifeSituation(tx, id);
    if (!current) throw new NotFoundError('lifeSituation', id);
    if (!canEditOwned(ctx.actor, current.ownerInstitutionId)) throw new ForbiddenError('lifeSituation.update');
    const before = await getLifeSituation(tx, ctx.actor, id);
    if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
    const { needIds, newNeeds, ownerInstitutionId, ...fields } = input;
    const patch: Partial<repo.LifeSituationInsert> = { ...fields };
    if (ownerInstitutionId !== undefined && ownerInstitutionId !== current.ownerInstitutionId) {
      if (!canAssignAnyOwner(ctx.actor)) throw new ForbiddenError('lifeSituation.changeOwner');
      patch.ownerInstitutionId = await resolveOwner(tx, ctx.actor, ownerInstitutionId, 'lifeSituation.changeOwner');
    }
    if (needIds) await checkNeedIdsExist(tx, needIds);
    if (input.code && input.code !== current.code && (await repo.findLifeSituationByCode(tx, input.code))) throw duplicate('code', 'lifeSituations.code.duplicate', input.code);
    if (newNeeds) await checkNewNeedCodes(tx, newNeeds);
    const keep = needIds ? [...new Set(needIds)] : await repo.needIdsOfLifeSituation(tx, id);
    const violations = checkLifeSituationHasNeeds(keep.length + (newNeeds?.length ?? 0));
    if (violations.length) throw new RuleViolationError(violations);
    const updated = await repo.updateLifeSituation(tx, id, expectedVersion, patch);
    if (!updated) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
    if (needIds || newNeeds?.length) {
      const created = await insertNewNeeds(tx, newNeeds ?? [], updated.ownerInstitutionId);
      await repo.replaceLifeSituationNeeds(tx, id, [...keep, ...created]);
      await auditNewNeeds(tx, ctx, created);
    }
    const after = await getLifeSituation(tx, ctx.actor, id);
    await audit(tx, ctx, { action: 'lifeSituation.update', entityType: 'lifeSituation', entityId: id, before, after });
    return after;
  });
}

// ---------------------------------------------------------------- needs

/** One need with its life situations and the services that meet it (published ones for the public). */
export async function getNeed(ex: Executor, actor: Actor, id: string) {
  const row = await repo.findNeed(ex, id);
  if (!row) throw new NotFoundError('need', id);
  const lifeSituations = await repo.lifeSituationsOfNeed(ex, id);
  const services = await usage.listServicesUsing(ex, 'need', [id], serviceVisibility(actor), { page: 1, pageSize: EMBEDDED_SERVICES, sort: 'code', order: 'asc' });
  return toNeedResponse(row, { lifeSituations, services: services.rows.map(toServiceUsage), serviceCount: services.total }, ownedActionsFor(actor, row));
}

export async function listNeeds(ex: Executor, actor: Actor, q: NeedListQuery) {
  const { rows, total } = await repo.listNeeds(ex, q);
  return { items: rows.map((r) => toNeedSummary(r, ownedActionsFor(actor, r))), total, page: q.page, pageSize: q.pageSize, allowedActions: needCollectionActionsFor(actor) };
}

export async function listNeedServices(ex: Executor, actor: Actor, id: string, q: ServiceUsageListQuery) {
  if (!(await repo.findNeed(ex, id))) throw new NotFoundError('need', id);
  const { rows, total } = await usage.listServicesUsing(ex, 'need', [id], serviceVisibility(actor), q);
  return { items: rows.map(toServiceUsage), total, page: q.page, pageSize: q.pageSize };
}

/** The life situations named in a request, which must all exist (each missing one named by its position). */
async function loadSituations(ex: Executor, given: string[]): Promise<Map<string, repo.LifeSituationWithOwner>> {
  const rows = await repo.findLifeSituationsByIds(ex, given);
  const issues = unknownIds(given, new Set(rows.map((r) => r.id)), 'lifeSituationIds', 'lifeSituations.lifeSituation.unknown');
  if (issues.length) throw new ValidationError(issues);
  return new Map(rows.map((r) => [r.id, r]));
}

/** A need joining or leaving a life situation changes the situation: the actor must be allowed to edit each. */
function requireEditable(actor: Actor, situations: repo.LifeSituationWithOwner[]): void {
  if (situations.some((r) => !canEditOwned(actor, r.ownerInstitutionId))) throw new ForbiddenError('lifeSituation.update');
}

export async function createNeed(db: Db, ctx: RequestContext, input: NeedCreate) {
  if (!canCreateLifeSituations(ctx.actor)) throw new ForbiddenError('need.create');
  return db.transaction(async (tx) => {
    const ownerInstitutionId = await resolveOwner(tx, ctx.actor, input.ownerInstitutionId, 'need.create');
    const situations = await loadSituations(tx, input.lifeSituationIds);
    requireEditable(ctx.actor, [...situations.values()]);
    const lsIds = [...situations.keys()];
    if ((await repo.findNeedsByCodes(tx, [input.code])).length) throw duplicate('code', 'needs.code.duplicate', input.code);
    const { lifeSituationIds: _l, ownerInstitutionId: _o, ...fields } = input;
    const row = await repo.insertNeed(tx, { ...fields, ownerInstitutionId });
    await changeMembership(tx, ctx, row.id, lsIds, []);
    const after = await getNeed(tx, ctx.actor, row.id);
    await audit(tx, ctx, { action: 'need.create', entityType: 'need', entityId: row.id, after });
    return after;
  });
}

export async function updateNeed(db: Db, ctx: RequestContext, id: string, expectedVersion: number, input: NeedUpdate) {
  return db.transaction(async (tx) => {
    const current = await repo.findNeed(tx, id);
    if (!current) throw new NotFoundError('need', id);
    if (!canEditOwned(ctx.actor, current.ownerInstitutionId)) throw new ForbiddenError('need.update');
    const before = await getNeed(tx, ctx.actor, id);
    if (current.rowVersion !== expectedVersion) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion }, [], before);
    const { lifeSituationIds, ownerInstitutionId, ...fields } = input;
    const patch: Partial<repo.NeedInsert> = { ...fields };
    if (ownerInstitutionId !== undefined && ownerInstitutionId !== current.ownerInstitutionId) {
      if (!canAssignAnyOwner(ctx.actor)) throw new ForbiddenError('need.changeOwner');
      patch.ownerInstitutionId = await resolveOwner(tx, ctx.actor, ownerInstitutionId, 'need.changeOwner');
    }
    if (input.code && input.code !== current.code && (await repo.findNeedsByCodes(tx, [input.code])).length) throw duplicate('code', 'needs.code.duplicate', input.code);
    let added: string[] = [];
    let removed: string[] = [];
    if (lifeSituationIds) {
      const now = new Set(before.lifeSituations.map((l) => l.id));
      const wanted = new Set(lifeSituationIds);
      added = [...wanted].filter((x) => !now.has(x));
      removed = [...now].filter((x) => !wanted.has(x));
      const wantedRows = await loadSituations(tx, lifeSituationIds);
      const leaving = await repo.findLifeSituationsByIds(tx, removed);
      requireEditable(ctx.actor, [...added.map((x) => wantedRows.get(x)!), ...leaving]);
      const violations = checkNeedLeavesNoSituationEmpty(leaving.map((l) => ({ id: l.id, code: l.code, needCount: l.needCount })));
      if (violations.length) throw new RuleViolationError(violations);
    }
    const updated = await repo.updateNeed(tx, id, expectedVersion, patch);
    if (!updated) throw new ConflictError('staleVersion', { given: expectedVersion, current: current.rowVersion + 1 });
    await changeMembership(tx, ctx, id, added, removed);
    const after = await getNeed(tx, ctx.actor, id);
    await audit(tx, ctx, { action: 'need.update', entityType: 'need', entityId: id, before, after });
    return after;
  });
}
