import type { Executor } from '../../platform/db/database.js';
import type { RequestContext } from '../../platform/actor.js';
import { insertAuditEntry, listAuditEntries } from './audit.repository.js';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** JSON round trip: dates become ISO strings, undefined disappears. */
const snapshot = (v: unknown) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/**
 * Appends one entry to the audit log. Call it inside the same transaction as
 * the change, so the change and its audit entry land together or not at all.
 */
export async function audit(ex: Executor, ctx: RequestContext, change: AuditChange): Promise<void> {
  const actor = ctx.actor.kind === 'user' ? ctx.actor : null;
  await insertAuditEntry(ex, {
    actorAccountId: actor && actor.via !== 'system' ? actor.accountId : null,
    actorPersonId: actor && actor.via !== 'system' ? actor.personId : null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: snapshot(change.before),
    after: snapshot(change.after),
    requestId: ctx.requestId,
  });
}

export async function auditTrail(ex: Executor, entityType: string, entityId: string, limit = 100, beforeId?: number) {
  return listAuditEntries(ex, entityType, entityId, limit, beforeId);
}
