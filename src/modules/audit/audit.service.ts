import type { Executor } from '../../platform/db/database.js';
import { canReadInternal, holds, isAdmin, isUser, type Actor, type RequestContext } from '../../platform/actor.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../platform/errors.js';
import { iso } from '../../platform/http/schemas.js';
import { insertAuditEntries, insertAuditEntry, institutionsOfEntity, listAuditEntries, listAuditEntriesWithActor, type AuditEntryRow } from './audit.repository.js';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * JSON round trip: dates become ISO strings, undefined disappears. The
 * caller-specific `allowedActions` of a representation are left out: the trail
 * is read later, by other people.
 */
const snapshot = (v: unknown) => (v === undefined ? null : JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'allowedActions' ? undefined : x))));

/**
 * Appends one entry to the audit log. Call it inside the same transaction as
 * the change, so the change and its audit entry land together or not at all.
 */
export async function audit(ex: Executor, ctx: RequestContext, change: AuditChange): Promise<void> {
  await insertAuditEntry(ex, entryOf(ctx, change));
}

/** The row one change becomes: who (none for the system), what, before and after, and the request. */
function entryOf(ctx: RequestContext, change: AuditChange) {
  const actor = ctx.actor.kind === 'user' && ctx.actor.via !== 'system' ? ctx.actor : null;
  return {
    actorAccountId: actor ? actor.accountId : null,
    actorPersonId: actor ? actor.personId : null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: snapshot(change.before),
    after: snapshot(change.after),
    requestId: ctx.requestId,
  };
}

/**
 * Appends one entry per change, set-based (a bulk use case's audit: one entry
 * per object, the same shape `audit` writes), in the caller's transaction.
 */
export async function auditMany(ex: Executor, ctx: RequestContext, changes: AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  await insertAuditEntries(ex, changes.map((change) => entryOf(ctx, change)));
}

export async function auditTrail(ex: Executor, entityType: string, entityId: string, limit = 100, beforeId?: number) {
  return listAuditEntries(ex, entityType, entityId, limit, beforeId);
}

/** The most entries one page of an audit trail returns. */
export const MAX_AUDIT_PAGE = 200;

/** An audit entry as the API shows it. */
export function toAuditEntryResponse(r: AuditEntryRow) {
  const name = [r.actorGivenName, r.actorFamilyName].filter(Boolean).join(' ');
  return {
    id: r.id,
    at: iso(r.at)!,
    action: r.action,
    actorPersonId: r.actorPersonId,
    actorName: name || null,
    before: r.before ?? null,
    after: r.after ?? null,
    requestId: r.requestId,
  };
}

/** Administrators and the state lead may read every trail, also of objects that no longer exist. */
const readsEveryTrail = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead');

/**
 * One object's audit trail, newest first, for signed-in users who may read the
 * object's institution internally (its staff, leads over it, administrators).
 * Objects that do not resolve to an institution are for administrators and the
 * state lead only. `before` is an entry id: the page holds older entries.
 */
export async function readAuditTrail(ex: Executor, ctx: RequestContext, entityType: string, entityId: string, page: { limit: number; before?: number }) {
  const actor = ctx.actor;
  if (!isUser(actor)) throw new UnauthenticatedError();
  const owners = await institutionsOfEntity(ex, entityType, entityId);
  if (owners && owners.length > 0) {
    if (!owners.some((id) => canReadInternal(actor, id))) throw new ForbiddenError('audit.read');
  } else if (!readsEveryTrail(actor)) {
    // A known kind of object that does not exist is simply not found; an unknown kind is not for this user.
    if (owners) throw new NotFoundError(entityType, entityId);
    throw new ForbiddenError('audit.read');
  }
  const limit = Math.min(Math.max(page.limit, 1), MAX_AUDIT_PAGE);
  const rows = await listAuditEntriesWithActor(ex, entityType, entityId, limit, page.before);
  if (rows.length === 0 && page.before === undefined && (!owners || owners.length === 0)) throw new NotFoundError(entityType, entityId);
  return {
    items: rows.map(toAuditEntryResponse),
    nextBefore: rows.length === limit ? rows[rows.length - 1].id : null,
  };
}
