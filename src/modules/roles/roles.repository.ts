import { and, asc, count, desc, eq, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../../platform/db/database.js';
import type { Role } from '../../shared/enums.js';
import { institutions } from '../institutions/institutions.table.js';
import { people } from '../people/people.table.js';
import { services } from '../services/services.table.js';
import { resources } from '../resources/resources.table.js';
import { roleAssignments } from './roles.table.js';
import type { RoleAssignmentListQuery } from './roles.schemas.js';

export type RoleAssignmentRow = typeof roleAssignments.$inferSelect;

/** An assignment with the names the API shows next to it. */
export interface RoleAssignmentView extends RoleAssignmentRow {
  institutionCode: string;
  institutionNameLv: string;
  personGivenName: string | null;
  personFamilyName: string | null;
  personEmail: string | null;
  personActive: boolean | null;
  scopeCode: string | null;
  /** The institution the scope belongs to (the service's owner, the resource's institution, the institution itself); null for the state. */
  scopeInstitutionId: string | null;
}

const scopeInstitution = alias(institutions, 'scope_institution');

const viewColumns = {
  id: roleAssignments.id,
  role: roleAssignments.role,
  institutionId: roleAssignments.institutionId,
  personId: roleAssignments.personId,
  scopeType: roleAssignments.scopeType,
  scopeId: roleAssignments.scopeId,
  createdAt: roleAssignments.createdAt,
  endedAt: roleAssignments.endedAt,
  rowVersion: roleAssignments.rowVersion,
  institutionCode: institutions.code,
  institutionNameLv: institutions.nameLv,
  personGivenName: people.givenName,
  personFamilyName: people.familyName,
  personEmail: people.email,
  personActive: people.active,
  scopeCode: sql<string | null>`coalesce(${services.code}, ${resources.code}, ${scopeInstitution.code})`,
  scopeInstitutionId: sql<string | null>`coalesce(${services.ownerInstitutionId}, ${resources.institutionId}, ${scopeInstitution.id})`,
};

/** Assignments joined to their holder, person and scope; `where` filters. */
function selectViews(ex: Executor) {
  return ex
    .select(viewColumns)
    .from(roleAssignments)
    .innerJoin(institutions, eq(institutions.id, roleAssignments.institutionId))
    .leftJoin(people, eq(people.id, roleAssignments.personId))
    .leftJoin(services, and(eq(roleAssignments.scopeType, 'service'), eq(services.id, roleAssignments.scopeId)))
    .leftJoin(resources, and(eq(roleAssignments.scopeType, 'resource'), eq(resources.id, roleAssignments.scopeId)))
    .leftJoin(scopeInstitution, and(sql`${roleAssignments.scopeType} in ('sector', 'municipality', 'institution')`, eq(scopeInstitution.id, roleAssignments.scopeId)));
}

export async function findAssignment(ex: Executor, id: string): Promise<RoleAssignmentRow | null> {
  const [r] = await ex.select().from(roleAssignments).where(eq(roleAssignments.id, id));
  return r ?? null;
}

export async function findAssignmentView(ex: Executor, id: string): Promise<RoleAssignmentView | null> {
  const [r] = await selectViews(ex).where(eq(roleAssignments.id, id));
  return r ?? null;
}

export async function listAssignmentViews(ex: Executor, q: RoleAssignmentListQuery): Promise<{ rows: RoleAssignmentView[]; total: number }> {
  const conds: SQL[] = [];
  if (q.role) conds.push(eq(roleAssignments.role, q.role));
  if (q.institutionId) conds.push(eq(roleAssignments.institutionId, q.institutionId));
  if (q.personId) conds.push(eq(roleAssignments.personId, q.personId));
  if (q.scopeType) conds.push(eq(roleAssignments.scopeType, q.scopeType));
  if (q.scopeId) conds.push(eq(roleAssignments.scopeId, q.scopeId));
  if (q.active !== undefined) conds.push(q.active ? isNull(roleAssignments.endedAt) : isNotNull(roleAssignments.endedAt));
  const where = conds.length ? and(...conds) : undefined;
  const col = { createdAt: roleAssignments.createdAt, endedAt: roleAssignments.endedAt, role: roleAssignments.role }[q.sort];
  const rows = await selectViews(ex)
    .where(where)
    .orderBy(q.order === 'desc' ? desc(col) : asc(col), asc(roleAssignments.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = await ex.select({ n: count() }).from(roleAssignments).where(where);
  return { rows, total: Number(n) };
}

export async function insertAssignment(ex: Executor, row: typeof roleAssignments.$inferInsert): Promise<RoleAssignmentRow> {
  const [r] = await ex.insert(roleAssignments).values(row).returning();
  return r;
}

/** Ends an active assignment when its version still matches; null when it does not (stale or already ended). */
export async function endAssignment(ex: Executor, id: string, expectedVersion: number): Promise<RoleAssignmentRow | null> {
  const [r] = await ex
    .update(roleAssignments)
    .set({ endedAt: sql`now()`, rowVersion: sql`${roleAssignments.rowVersion} + 1` })
    .where(and(eq(roleAssignments.id, id), eq(roleAssignments.rowVersion, expectedVersion), isNull(roleAssignments.endedAt)))
    .returning();
  return r ?? null;
}

const scopeIs = (scopeId: string | null): SQL => (scopeId === null ? isNull(roleAssignments.scopeId) : eq(roleAssignments.scopeId, scopeId));

/** Active assignments of a role in a scope (null scope = the state). */
export async function activeInScope(ex: Executor, role: Role, scopeId: string | null): Promise<RoleAssignmentRow[]> {
  return ex
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, role), scopeIs(scopeId), isNull(roleAssignments.endedAt)))
    .orderBy(asc(roleAssignments.createdAt));
}

/** The same person (or, for recipients, the same institution) already performing the role in the scope. */
export async function findActiveDuplicate(ex: Executor, a: { role: Role; institutionId: string; personId: string | null; scopeId: string | null }): Promise<RoleAssignmentRow | null> {
  const [r] = await ex
    .select()
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.role, a.role),
        eq(roleAssignments.institutionId, a.institutionId),
        a.personId === null ? isNull(roleAssignments.personId) : eq(roleAssignments.personId, a.personId),
        scopeIs(a.scopeId),
        isNull(roleAssignments.endedAt),
      ),
    );
  return r ?? null;
}

/** Active assignments held by an institution, with their people and scopes. */
export async function activeViewsHeldBy(ex: Executor, institutionId: string): Promise<RoleAssignmentView[]> {
  return selectViews(ex)
    .where(and(eq(roleAssignments.institutionId, institutionId), isNull(roleAssignments.endedAt)))
    .orderBy(asc(roleAssignments.role), asc(roleAssignments.scopeId), asc(roleAssignments.createdAt));
}

// ── Facts the rules need ────────────────────────────────────────────────────

export async function findInstitutionFacts(ex: Executor, id: string): Promise<{ id: string; kind: string; code: string; nameLv: string } | null> {
  const [r] = await ex.select({ id: institutions.id, kind: institutions.kind, code: institutions.code, nameLv: institutions.nameLv }).from(institutions).where(eq(institutions.id, id));
  return r ?? null;
}

export async function findServiceFacts(ex: Executor, id: string): Promise<{ id: string; code: string; ownerInstitutionId: string; status: string } | null> {
  const [r] = await ex.select({ id: services.id, code: services.code, ownerInstitutionId: services.ownerInstitutionId, status: services.status }).from(services).where(eq(services.id, id));
  return r ?? null;
}

export async function findResourceFacts(ex: Executor, id: string): Promise<{ id: string; code: string; institutionId: string } | null> {
  const [r] = await ex.select({ id: resources.id, code: resources.code, institutionId: resources.institutionId }).from(resources).where(eq(resources.id, id));
  return r ?? null;
}

export async function findPersonFacts(ex: Executor, id: string): Promise<{ id: string; institutionId: string; active: boolean } | null> {
  const [r] = await ex.select({ id: people.id, institutionId: people.institutionId, active: people.active }).from(people).where(eq(people.id, id));
  return r ?? null;
}

// ── Cardinality facts (R13–R16, R19) ────────────────────────────────────────

/** Services an institution holds: those it owns that are not archived (R14 applies when there is at least one). */
export async function countActiveServicesOf(ex: Executor, institutionId: string): Promise<number> {
  const [{ n }] = await ex
    .select({ n: count() })
    .from(services)
    .where(and(eq(services.ownerInstitutionId, institutionId), ne(services.status, 'archived')));
  return Number(n);
}

/** Resources an institution holds (R15 applies when there is at least one). */
export async function countResourcesOf(ex: Executor, institutionId: string): Promise<number> {
  const [{ n }] = await ex.select({ n: count() }).from(resources).where(eq(resources.institutionId, institutionId));
  return Number(n);
}

/** Each non-archived service the institution owns, with its active service managers (R13). */
export async function servicesWithManagerCounts(ex: Executor, institutionId: string): Promise<{ id: string; code: string; managers: number }[]> {
  const rows = await queryRows<{ id: string; code: string; managers: string | number }>(
    ex,
    sql`select s.id, s.code,
               (select count(*) from role_assignments ra
                 where ra.role = 'serviceOwner' and ra.scope_id = s.id and ra.ended_at is null and ra.person_id is not null) as managers
          from services s
         where s.owner_institution_id = ${institutionId} and s.status <> 'archived'
         order by s.code`,
  );
  return rows.map((r) => ({ id: r.id, code: r.code, managers: Number(r.managers) }));
}

/** Each resource of the institution, with its active resource managers (R16). */
export async function resourcesWithManagerCounts(ex: Executor, institutionId: string): Promise<{ id: string; code: string; managers: number }[]> {
  const rows = await queryRows<{ id: string; code: string; managers: string | number }>(
    ex,
    sql`select r.id, r.code,
               (select count(*) from role_assignments ra
                 where ra.role = 'resourceOwner' and ra.scope_id = r.id and ra.ended_at is null and ra.person_id is not null) as managers
          from resources r
         where r.institution_id = ${institutionId}
         order by r.code`,
  );
  return rows.map((r) => ({ id: r.id, code: r.code, managers: Number(r.managers) }));
}

/**
 * Each non-archived service the institution provides, with the people it has
 * appointed as responsible providers (R19). Providers are those listed on the
 * service's current version (published, else draft); a service that lists none
 * is provided by its owner.
 */
export async function providedServicesWithPeople(ex: Executor, institutionId: string): Promise<{ id: string; code: string; people: number }[]> {
  const rows = await queryRows<{ id: string; code: string; people: string | number }>(
    ex,
    sql`with cur as (
          select s.id, s.code, s.owner_institution_id, coalesce(s.published_version_id, s.draft_version_id) as version_id
            from services s
           where s.status <> 'archived')
        select cur.id, cur.code,
               (select count(*) from role_assignments ra
                 where ra.role = 'serviceProvider' and ra.scope_id = cur.id and ra.institution_id = ${institutionId}
                   and ra.ended_at is null and ra.person_id is not null) as people
          from cur
         where exists (select 1 from service_version_providers p where p.version_id = cur.version_id and p.institution_id = ${institutionId})
            or (cur.owner_institution_id = ${institutionId}
                and not exists (select 1 from service_version_providers p where p.version_id = cur.version_id))
         order by cur.code`,
  );
  return rows.map((r) => ({ id: r.id, code: r.code, people: Number(r.people) }));
}

// ── For other modules ───────────────────────────────────────────────────────

/**
 * How many people actively manage a service (serviceOwner with a person, R13).
 * Exactly one when the service is compliant.
 */
export async function activeServiceManagerCount(ex: Executor, serviceId: string): Promise<number> {
  const [{ n }] = await ex
    .select({ n: count() })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'serviceOwner'), eq(roleAssignments.scopeId, serviceId), isNull(roleAssignments.endedAt), isNotNull(roleAssignments.personId)));
  return Number(n);
}

/** A role's current performer, as other modules need it. */
export interface RolePerformer {
  assignmentId: string;
  institutionId: string;
  personId: string;
  givenName: string;
  familyName: string;
  email: string;
}

async function performerOf(ex: Executor, role: Role, scopeId: string): Promise<RolePerformer | null> {
  const [r] = await ex
    .select({
      assignmentId: roleAssignments.id,
      institutionId: roleAssignments.institutionId,
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
    })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.role, role), eq(roleAssignments.scopeId, scopeId), isNull(roleAssignments.endedAt)))
    .orderBy(asc(roleAssignments.createdAt))
    .limit(1);
  return r ?? null;
}

/** The institution's active portfolio manager (Pakalpojumu kopuma vadītājs, R14), or null when none is appointed. */
export const portfolioManagerOf = (ex: Executor, institutionId: string): Promise<RolePerformer | null> => performerOf(ex, 'portfolioOwner', institutionId);

/** Per providing institution, how many people it has appointed as responsible providers of the service (R19). */
export async function providerPeopleCounts(ex: Executor, serviceId: string): Promise<Map<string, number>> {
  const rows = await ex
    .select({ institutionId: roleAssignments.institutionId, n: count() })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'serviceProvider'), eq(roleAssignments.scopeId, serviceId), isNull(roleAssignments.endedAt), isNotNull(roleAssignments.personId)))
    .groupBy(roleAssignments.institutionId);
  return new Map(rows.map((r) => [r.institutionId, Number(r.n)]));
}
