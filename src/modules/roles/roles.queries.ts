/**
 * What other modules may read of the roles module's table, by intent
 * (ADR 0008), in bulk: the rule checks of many services at once read the
 * appointments they look at (R13, R14, R19) with one query each.
 */
import { and, asc, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { roleAssignments } from './roles.table.js';

const uniq = (xs: string[]): string[] => [...new Set(xs)];

/** Active service managers (serviceOwner with a person) per service (R13); services without one are left out. */
export async function serviceManagerCounts(ex: Executor, serviceIds: string[]): Promise<Map<string, number>> {
  const ids = uniq(serviceIds);
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ scopeId: roleAssignments.scopeId, n: count() })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'serviceOwner'), inArray(roleAssignments.scopeId, ids), isNull(roleAssignments.endedAt), isNotNull(roleAssignments.personId)))
    .groupBy(roleAssignments.scopeId);
  return new Map(rows.map((r) => [r.scopeId!, Number(r.n)]));
}

/** The person performing the active portfolioOwner role of each institution (R14; the earliest appointment if ever several). */
export async function portfolioManagerPersonIds(ex: Executor, institutionIds: string[]): Promise<Map<string, string>> {
  const ids = uniq(institutionIds);
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ scopeId: roleAssignments.scopeId, personId: roleAssignments.personId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'portfolioOwner'), inArray(roleAssignments.scopeId, ids), isNull(roleAssignments.endedAt), isNotNull(roleAssignments.personId)))
    .orderBy(asc(roleAssignments.createdAt));
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.scopeId!)) out.set(r.scopeId!, r.personId!);
  return out;
}

/** Per service, per providing institution: responsible people appointed (serviceProvider with a person, R19). */
export async function providerPeopleCountsOf(ex: Executor, serviceIds: string[]): Promise<Map<string, Map<string, number>>> {
  const ids = uniq(serviceIds);
  const out = new Map<string, Map<string, number>>();
  if (ids.length === 0) return out;
  const rows = await ex
    .select({ scopeId: roleAssignments.scopeId, institutionId: roleAssignments.institutionId, n: count() })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'serviceProvider'), inArray(roleAssignments.scopeId, ids), isNull(roleAssignments.endedAt), isNotNull(roleAssignments.personId)))
    .groupBy(roleAssignments.scopeId, roleAssignments.institutionId);
  for (const r of rows) {
    let m = out.get(r.scopeId!);
    if (!m) out.set(r.scopeId!, (m = new Map()));
    m.set(r.institutionId, Number(r.n));
  }
  return out;
}
