import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { containsPattern, type Executor } from '../../platform/db/database.js';
import { institutions } from '../institutions/institutions.table.js';
import { people } from '../people/people.table.js';
import { roleAssignments } from '../roles/roles.table.js';
import { capabilities, resources } from './resources.table.js';

export type ResourceRow = typeof resources.$inferSelect;
export type ResourceInsert = typeof resources.$inferInsert;
export type CapabilityRow = typeof capabilities.$inferSelect;
export type CapabilityInsert = typeof capabilities.$inferInsert;

export interface InstitutionLabel {
  institutionCode: string;
  institutionNameLv: string;
}
export type ResourceWithLabels = ResourceRow & InstitutionLabel & { managerCount: number };
export type CapabilityWithLabels = CapabilityRow & InstitutionLabel;

/** A person performing a role (a resource manager or resource-portfolio manager). */
export interface RoleHolderRow {
  assignmentId: string;
  scopeId: string | null;
  personId: string;
  givenName: string;
  familyName: string;
  email: string;
  institutionId: string;
}

const escapeLike = containsPattern;

/**
 * Active resource managers (R16) with a named person; an appointment without a
 * person does not count. The outer column is qualified by hand: drizzle leaves
 * columns unqualified in single-table queries, where "id" would bind to the
 * subquery's own table.
 */
const managerCountSql = sql<number>`(select count(*) from role_assignments ra
  where ra.role = 'resourceOwner' and ra.scope_id = "resources"."id" and ra.ended_at is null and ra.person_id is not null)`.mapWith(Number);

// ---------------------------------------------------------------- resources

const resourceColumns = { r: resources, institutionCode: institutions.code, institutionNameLv: institutions.nameLv, managerCount: managerCountSql };
const flattenResource = (x: { r: ResourceRow; institutionCode: string; institutionNameLv: string; managerCount: number }): ResourceWithLabels => ({
  ...x.r,
  institutionCode: x.institutionCode,
  institutionNameLv: x.institutionNameLv,
  managerCount: Number(x.managerCount),
});

export async function findResource(ex: Executor, id: string): Promise<ResourceWithLabels | null> {
  const [x] = await ex.select(resourceColumns).from(resources).innerJoin(institutions, eq(institutions.id, resources.institutionId)).where(eq(resources.id, id));
  return x ? flattenResource(x) : null;
}

export async function findResourceByCode(ex: Executor, code: string): Promise<ResourceRow | null> {
  const [r] = await ex.select().from(resources).where(eq(resources.code, code));
  return r ?? null;
}

export interface ResourceFilter {
  q?: string;
  institutionId?: string;
  kind?: string;
  virtual?: boolean;
  managerMissing?: boolean;
  sort: 'nameLv' | 'code' | 'kind' | 'createdAt';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export async function listResources(ex: Executor, f: ResourceFilter): Promise<{ rows: ResourceWithLabels[]; total: number }> {
  const conds: SQL[] = [];
  if (f.q) {
    const like = escapeLike(f.q);
    conds.push(or(ilike(resources.nameLv, like), ilike(resources.nameEn, like), ilike(resources.code, like)) as SQL);
  }
  if (f.institutionId) conds.push(eq(resources.institutionId, f.institutionId));
  if (f.kind) conds.push(eq(resources.kind, f.kind));
  if (f.virtual !== undefined) conds.push(f.virtual ? isNotNull(resources.supplierServiceId) : isNull(resources.supplierServiceId));
  if (f.managerMissing !== undefined) conds.push(f.managerMissing ? sql`${managerCountSql} = 0` : sql`${managerCountSql} > 0`);
  const where = conds.length ? and(...conds) : undefined;
  const col = { nameLv: resources.nameLv, code: resources.code, kind: resources.kind, createdAt: resources.createdAt }[f.sort];
  const rows = await ex
    .select(resourceColumns)
    .from(resources)
    .innerJoin(institutions, eq(institutions.id, resources.institutionId))
    .where(where)
    .orderBy(f.order === 'desc' ? desc(col) : asc(col), asc(resources.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [{ n }] = await ex.select({ n: count() }).from(resources).where(where);
  return { rows: rows.map(flattenResource), total: Number(n) };
}

export async function insertResource(ex: Executor, row: ResourceInsert): Promise<ResourceRow> {
  const [r] = await ex.insert(resources).values(row).returning();
  return r;
}

/** Updates when the row version still matches; returns null when it does not. */
export async function updateResource(ex: Executor, id: string, expectedVersion: number, patch: Partial<ResourceInsert>): Promise<ResourceRow | null> {
  const [r] = await ex
    .update(resources)
    .set({ ...patch, updatedAt: sql`now()`, rowVersion: sql`${resources.rowVersion} + 1` })
    .where(and(eq(resources.id, id), eq(resources.rowVersion, expectedVersion)))
    .returning();
  return r ?? null;
}

/** Resources of an institution with how many active managers each has (R16). */
export async function resourcesWithManagerCounts(ex: Executor, institutionId: string): Promise<{ id: string; code: string; nameLv: string; managerCount: number }[]> {
  const rows = await ex
    .select({ id: resources.id, code: resources.code, nameLv: resources.nameLv, managerCount: managerCountSql })
    .from(resources)
    .where(eq(resources.institutionId, institutionId))
    .orderBy(asc(resources.code));
  return rows.map((r) => ({ ...r, managerCount: Number(r.managerCount) }));
}

// ---------------------------------------------------------------- role holders

const holderColumns = {
  assignmentId: roleAssignments.id,
  scopeId: roleAssignments.scopeId,
  personId: people.id,
  givenName: people.givenName,
  familyName: people.familyName,
  email: people.email,
  institutionId: roleAssignments.institutionId,
};

/** Active resource managers (resourceOwner with a person) of the given resources (R16). */
export async function resourceManagersOf(ex: Executor, resourceIds: string[]): Promise<RoleHolderRow[]> {
  if (resourceIds.length === 0) return [];
  return ex
    .select(holderColumns)
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.role, 'resourceOwner'), inArray(roleAssignments.scopeId, resourceIds), isNull(roleAssignments.endedAt)))
    .orderBy(asc(roleAssignments.createdAt));
}

/** Active resource-portfolio managers of an institution (R15). */
export async function resourcePortfolioManagersOf(ex: Executor, institutionId: string): Promise<RoleHolderRow[]> {
  return ex
    .select(holderColumns)
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.role, 'resourcePortfolioOwner'), eq(roleAssignments.scopeId, institutionId), isNull(roleAssignments.endedAt)))
    .orderBy(asc(roleAssignments.createdAt));
}

// ---------------------------------------------------------------- capabilities

const capabilityColumns = { c: capabilities, institutionCode: institutions.code, institutionNameLv: institutions.nameLv };
const flattenCapability = (x: { c: CapabilityRow; institutionCode: string; institutionNameLv: string }): CapabilityWithLabels => ({
  ...x.c,
  institutionCode: x.institutionCode,
  institutionNameLv: x.institutionNameLv,
});

export async function findCapability(ex: Executor, id: string): Promise<CapabilityWithLabels | null> {
  const [x] = await ex.select(capabilityColumns).from(capabilities).innerJoin(institutions, eq(institutions.id, capabilities.institutionId)).where(eq(capabilities.id, id));
  return x ? flattenCapability(x) : null;
}

export interface CapabilityFilter {
  q?: string;
  institutionId?: string;
  kind?: string;
  virtual?: boolean;
  sort: 'nameLv' | 'kind' | 'createdAt';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export async function listCapabilities(ex: Executor, f: CapabilityFilter): Promise<{ rows: CapabilityWithLabels[]; total: number }> {
  const conds: SQL[] = [];
  if (f.q) {
    const like = escapeLike(f.q);
    conds.push(or(ilike(capabilities.nameLv, like), ilike(capabilities.nameEn, like), ilike(capabilities.descriptionLv, like)) as SQL);
  }
  if (f.institutionId) conds.push(eq(capabilities.institutionId, f.institutionId));
  if (f.kind) conds.push(eq(capabilities.kind, f.kind));
  if (f.virtual !== undefined) conds.push(f.virtual ? isNotNull(capabilities.supplierServiceId) : isNull(capabilities.supplierServiceId));
  const where = conds.length ? and(...conds) : undefined;
  const col = { nameLv: capabilities.nameLv, kind: capabilities.kind, createdAt: capabilities.createdAt }[f.sort];
  const rows = await ex
    .select(capabilityColumns)
    .from(capabilities)
    .innerJoin(institutions, eq(institutions.id, capabilities.institutionId))
    .where(where)
    .orderBy(f.order === 'desc' ? desc(col) : asc(col), asc(capabilities.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [{ n }] = await ex.select({ n: count() }).from(capabilities).where(where);
  return { rows: rows.map(flattenCapability), total: Number(n) };
}

export async function insertCapability(ex: Executor, row: CapabilityInsert): Promise<CapabilityRow> {
  const [r] = await ex.insert(capabilities).values(row).returning();
  return r;
}

/** Updates when the row version still matches; returns null when it does not. */
export async function updateCapability(ex: Executor, id: string, expectedVersion: number, patch: Partial<CapabilityInsert>): Promise<CapabilityRow | null> {
  const [r] = await ex
    .update(capabilities)
    .set({ ...patch, updatedAt: sql`now()`, rowVersion: sql`${capabilities.rowVersion} + 1` })
    .where(and(eq(capabilities.id, id), eq(capabilities.rowVersion, expectedVersion)))
    .returning();
  return r ?? null;
}

export async function institutionExists(ex: Executor, id: string): Promise<boolean> {
  const [r] = await ex.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, id));
  return !!r;
}
