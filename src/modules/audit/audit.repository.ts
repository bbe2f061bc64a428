import { and, desc, eq, lt } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { auditLog } from './audit.table.js';

export async function insertAuditEntry(ex: Executor, row: typeof auditLog.$inferInsert): Promise<void> {
  await ex.insert(auditLog).values(row);
}

/** Audit entries of one object, newest first, paged by id. */
export async function listAuditEntries(ex: Executor, entityType: string, entityId: string, limit: number, beforeId?: number) {
  return ex
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId), beforeId ? lt(auditLog.id, beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
