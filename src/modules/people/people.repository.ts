import { and, asc, count, desc, eq, exists, ilike, inArray, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import { containsPattern, type Executor } from '../../platform/db/database.js';
import { institutions } from '../institutions/institutions.table.js';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { roleAssignments } from '../roles/roles.table.js';
import { accounts } from '../auth/auth.table.js';
import { people } from './people.table.js';
import type { PersonListQuery } from './people.schemas.js';

export type PersonRow = typeof people.$inferSelect;
export type PersonRoleRow = Pick<typeof roleAssignments.$inferSelect, 'id' | 'role' | 'institutionId' | 'scopeType' | 'scopeId' | 'createdAt'>;

export async function findPerson(ex: Executor, id: string): Promise<PersonRow | null> {
  const [row] = await ex.select().from(people).where(eq(people.id, id));
  return row ?? null;
}

/** The person using an e-mail address (stored in lower case), if any. */
export async function findPersonByEmail(ex: Executor, email: string): Promise<PersonRow | null> {
  const [row] = await ex.select().from(people).where(eq(sql`lower(${people.email})`, email.toLowerCase()));
  return row ?? null;
}

const escapeLike = containsPattern;

/**
 * Whose e-mail addresses a search may match: everybody's, or only the searcher's
 * own and those of people employed by the listed institutions (`'any'`: every
 * institution) who are not system administrators. Matching an address one may
 * not see would confirm it.
 */
export type EmailSearchScope = { all: true } | { all: false; selfId: string; institutionIds: string[] | 'any' };

export async function listPeople(ex: Executor, q: PersonListQuery, emailScope: EmailSearchScope = { all: true }): Promise<{ rows: PersonRow[]; total: number }> {
  const conds: SQL[] = [];
  if (q.institutionId) conds.push(eq(people.institutionId, q.institutionId));
  if (q.active !== undefined) conds.push(eq(people.active, q.active));
  if (q.q) {
    const like = escapeLike(q.q);
    conds.push(
      or(ilike(people.givenName, like), ilike(people.familyName, like), emailMatch(like, emailScope), ilike(sql`${people.givenName} || ' ' || ${people.familyName}`, like)) as SQL,
    );
  }
  const where = conds.length ? and(...conds) : undefined;
  // Names sort by the Unicode root collation, so "Ābele" comes before "Zariņa" (byte order would put it last).
  const byName = (c: AnyPgColumn) => sql`${c} collate "und-x-icu"`;
  const col = { familyName: byName(people.familyName), givenName: byName(people.givenName), email: people.email, createdAt: people.createdAt }[q.sort];
  const rows = await ex
    .select()
    .from(people)
    .where(where)
    .orderBy(q.order === 'desc' ? desc(col) : asc(col), asc(people.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = await ex.select({ n: count() }).from(people).where(where);
  return { rows, total: Number(n) };
}

function emailMatch(like: string, scope: EmailSearchScope): SQL {
  const match = ilike(people.email, like);
  if (scope.all) return match;
  const isAdmin = exists(sql`(select 1 from ${accounts} where ${accounts.personId} = ${people.id} and ${accounts.isSystemAdmin})`);
  const inScope =
    scope.institutionIds === 'any' ? not(isAdmin) : scope.institutionIds.length ? and(inArray(people.institutionId, scope.institutionIds), not(isAdmin)) : sql`false`;
  return and(match, or(eq(people.id, scope.selfId), inScope)) as SQL;
}

export async function insertPerson(ex: Executor, row: typeof people.$inferInsert): Promise<PersonRow> {
  const [r] = await ex.insert(people).values(row).returning();
  return r;
}

/** Updates when the row version still matches; returns null when it does not. */
export async function updatePerson(ex: Executor, id: string, expectedVersion: number, patch: Partial<typeof people.$inferInsert>): Promise<PersonRow | null> {
  const [r] = await ex
    .update(people)
    .set({ ...patch, updatedAt: sql`now()`, rowVersion: sql`${people.rowVersion} + 1` })
    .where(and(eq(people.id, id), eq(people.rowVersion, expectedVersion)))
    .returning();
  return r ?? null;
}

/** Role assignments the person performs now. */
export async function activeRolesOfPerson(ex: Executor, personId: string): Promise<PersonRoleRow[]> {
  return ex
    .select({
      id: roleAssignments.id,
      role: roleAssignments.role,
      institutionId: roleAssignments.institutionId,
      scopeType: roleAssignments.scopeType,
      scopeId: roleAssignments.scopeId,
      createdAt: roleAssignments.createdAt,
    })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.personId, personId), isNull(roleAssignments.endedAt)))
    .orderBy(asc(roleAssignments.createdAt), asc(roleAssignments.id));
}

/** For each of `personIds`: whether the account is a system administrator's, and the roles performed now. */
export async function reachOfPeople(
  ex: Executor,
  personIds: string[],
): Promise<{ admins: Set<string>; roles: Map<string, { institutionId: string; scopeType: string; scopeId: string | null }[]> }> {
  const admins = new Set<string>();
  const roles = new Map<string, { institutionId: string; scopeType: string; scopeId: string | null }[]>();
  if (personIds.length === 0) return { admins, roles };
  // Sequential on purpose: a transaction runs on one connection, which takes one query at a time.
  const adminRows = await ex
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(and(inArray(accounts.personId, personIds), eq(accounts.isSystemAdmin, true)));
  for (const r of adminRows) admins.add(r.personId);
  const roleRows = await ex
    .select({ personId: roleAssignments.personId, institutionId: roleAssignments.institutionId, scopeType: roleAssignments.scopeType, scopeId: roleAssignments.scopeId })
    .from(roleAssignments)
    .where(and(inArray(roleAssignments.personId, personIds), isNull(roleAssignments.endedAt)));
  for (const { personId, ...r } of roleRows) {
    if (!personId) continue;
    const list = roles.get(personId) ?? [];
    list.push(r);
    roles.set(personId, list);
  }
  return { admins, roles };
}

/** Whether the person's sign-in account carries system administrator rights. */
export async function isSystemAdminPerson(ex: Executor, personId: string): Promise<boolean> {
  const [r] = await ex.select({ isSystemAdmin: accounts.isSystemAdmin }).from(accounts).where(eq(accounts.personId, personId));
  return r?.isSystemAdmin ?? false;
}

/**
 * The active system administrators (an enabled account of an active person),
 * locked until the transaction ends: two administrators deactivating each other
 * at the same time queue here, and the second sees the first one gone.
 */
export async function lockActiveSystemAdmins(ex: Executor): Promise<string[]> {
  const rows = await ex
    .select({ id: people.id })
    .from(people)
    .innerJoin(accounts, eq(accounts.personId, people.id))
    .where(and(eq(accounts.isSystemAdmin, true), isNull(accounts.disabledAt), eq(people.active, true)))
    // One order for every locker, so two of them never wait on each other.
    .orderBy(asc(people.id))
    .for('update', { of: people });
  return rows.map((r) => r.id);
}

export async function findInstitutionBrief(ex: Executor, id: string): Promise<{ id: string; code: string; nameLv: string } | null> {
  const [r] = await ex.select({ id: institutions.id, code: institutions.code, nameLv: institutions.nameLv }).from(institutions).where(eq(institutions.id, id));
  return r ?? null;
}

/** Codes of institutions by id, for messages that name them. */
export async function institutionCodes(ex: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ex.select({ id: institutions.id, code: institutions.code }).from(institutions).where(inArray(institutions.id, ids));
  return new Map(rows.map((r) => [r.id, r.code]));
}

export async function personHasAccount(ex: Executor, personId: string): Promise<boolean> {
  const [r] = await ex.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, personId));
  return !!r;
}

/** Whether a login is taken, compared case-insensitively as sign-in compares it. */
export async function loginTaken(ex: Executor, login: string): Promise<boolean> {
  const [r] = await ex.select({ id: accounts.id }).from(accounts).where(eq(sql`lower(${accounts.login})`, login.toLowerCase()));
  return !!r;
}

/** Creates a sign-in account; returns it without the password hash. */
export async function insertAccount(ex: Executor, row: { personId: string; login: string; passwordHash: string; isSystemAdmin: boolean }) {
  const [r] = await ex
    .insert(accounts)
    .values(row)
    .returning({ id: accounts.id, personId: accounts.personId, login: accounts.login, isSystemAdmin: accounts.isSystemAdmin, createdAt: accounts.createdAt });
  return r;
}
