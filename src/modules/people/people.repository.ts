import { and, asc, count, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
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

export async function listPeople(ex: Executor, q: PersonListQuery): Promise<{ rows: PersonRow[]; total: number }> {
  const conds: SQL[] = [];
  if (q.institutionId) conds.push(eq(people.institutionId, q.institutionId));
  if (q.active !== undefined) conds.push(eq(people.active, q.active));
  if (q.q) {
    const like = escapeLike(q.q);
    conds.push(
      or(ilike(people.givenName, like), ilike(people.familyName, like), ilike(people.email, like), ilike(sql`${people.givenName} || ' ' || ${people.familyName}`, like)) as SQL,
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

export async function findInstitutionBrief(ex: Executor, id: string): Promise<{ id: string; code: string; nameLv: string } | null> {
  const [r] = await ex.select({ id: institutions.id, code: institutions.code, nameLv: institutions.nameLv }).from(institutions).where(eq(institutions.id, id));
  return r ?? null;
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
