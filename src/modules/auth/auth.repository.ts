import { and, eq, gt, isNull, sql, sum } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { accounts, apiTokens, loginAttempts, sessions } from './auth.table.js';
import { people } from '../people/people.table.js';
import { roleAssignments } from '../roles/roles.table.js';

export interface AccountRow {
  accountId: string;
  personId: string;
  institutionId: string;
  isSystemAdmin: boolean;
  passwordHash: string;
  disabled: boolean;
}

const accountColumns = {
  accountId: accounts.id,
  personId: accounts.personId,
  institutionId: people.institutionId,
  isSystemAdmin: accounts.isSystemAdmin,
  passwordHash: accounts.passwordHash,
  disabledAt: accounts.disabledAt,
  active: people.active,
};

function toAccount(r: { accountId: string; personId: string; institutionId: string; isSystemAdmin: boolean; passwordHash: string; disabledAt: Date | null; active: boolean }): AccountRow {
  return { ...r, disabled: r.disabledAt !== null || !r.active };
}

export async function findAccountByLogin(ex: Executor, login: string): Promise<AccountRow | null> {
  const rows = await ex
    .select(accountColumns)
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(eq(sql`lower(${accounts.login})`, login.toLowerCase()));
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function findAccountBySession(ex: Executor, sessionHash: string): Promise<(AccountRow & { lastSeenAt: Date }) | null> {
  const rows = await ex
    .select({ ...accountColumns, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(and(eq(sessions.id, sessionHash), gt(sessions.expiresAt, sql`now()`)));
  return rows[0] ? { ...toAccount(rows[0]), lastSeenAt: rows[0].lastSeenAt } : null;
}

export async function findAccountByToken(ex: Executor, tokenHash: string): Promise<(AccountRow & { tokenId: string }) | null> {
  const rows = await ex
    .select({ ...accountColumns, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        sql`(${apiTokens.expiresAt} is null or ${apiTokens.expiresAt} > now())`,
      ),
    );
  return rows[0] ? { ...toAccount(rows[0]), tokenId: rows[0].tokenId } : null;
}

export async function activeRolesOfPerson(ex: Executor, personId: string) {
  return ex
    .select({
      assignmentId: roleAssignments.id,
      role: roleAssignments.role,
      institutionId: roleAssignments.institutionId,
      scopeType: roleAssignments.scopeType,
      scopeId: roleAssignments.scopeId,
    })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.personId, personId), isNull(roleAssignments.endedAt)));
}

/** Institutions that are one of `rootIds` or lie below them, at any depth. */
export async function institutionsUnder(ex: Executor, rootIds: string[]): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const ids = sql.join(rootIds.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await queryRows<{ id: string }>(ex, sql`select id from institutions where id in (${ids}) or ancestor_ids && array[${ids}]`);
  return rows.map((r) => r.id);
}

export async function insertSession(ex: Executor, row: typeof sessions.$inferInsert): Promise<void> {
  await ex.insert(sessions).values(row);
}

export async function touchSession(ex: Executor, sessionHash: string, expiresAt: Date): Promise<void> {
  await ex.update(sessions).set({ lastSeenAt: sql`now()`, expiresAt }).where(eq(sessions.id, sessionHash));
}

export async function deleteSession(ex: Executor, sessionHash: string): Promise<void> {
  await ex.delete(sessions).where(eq(sessions.id, sessionHash));
}

export async function deleteExpiredSessions(ex: Executor): Promise<void> {
  await ex.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
}

export async function deleteOldLoginAttempts(ex: Executor, olderThanSeconds: number): Promise<void> {
  await ex.delete(loginAttempts).where(sql`${loginAttempts.at} < now() - make_interval(secs => ${olderThanSeconds})`);
}

export async function recordLoginAttempt(ex: Executor, login: string, ip: string, succeeded: boolean): Promise<void> {
  await ex.insert(loginAttempts).values({ login: login.toLowerCase(), ip, succeeded });
}

/** Failed sign-ins for a login or from an address within the window. */
export async function recentFailures(ex: Executor, login: string, ip: string, windowSeconds: number): Promise<{ byLogin: number; byIp: number }> {
  const since = sql`now() - make_interval(secs => ${windowSeconds})`;
  const [byLogin] = await ex
    .select({ n: sum(loginAttempts.count) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.login, login.toLowerCase()), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  const [byIp] = await ex
    .select({ n: sum(loginAttempts.count) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return { byLogin: Number(byLogin?.n ?? 0), byIp: Number(byIp?.n ?? 0) };
}

export async function markLogin(ex: Executor, accountId: string): Promise<void> {
  await ex.update(accounts).set({ lastLoginAt: sql`now()` }).where(eq(accounts.id, accountId));
}

export async function insertAccount(ex: Executor, row: typeof accounts.$inferInsert) {
  const [r] = await ex.insert(accounts).values(row).returning({ id: accounts.id });
  return r;
}

export async function insertApiToken(ex: Executor, row: typeof apiTokens.$inferInsert) {
  const [r] = await ex.insert(apiTokens).values(row).returning();
  return r;
}

export async function listApiTokens(ex: Executor, accountId: string) {
  return ex
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, expiresAt: apiTokens.expiresAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.accountId, accountId));
}

export async function revokeApiToken(ex: Executor, accountId: string, tokenId: string): Promise<boolean> {
  const rows = await ex
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.accountId, accountId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
