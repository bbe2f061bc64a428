import { and, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
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

/** How a login's password checks are throttled: free up to `limit`, then a delay that doubles each time. */
export interface LoginThrottleRule {
  limit: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** A login quiet this long starts counting from zero again. */
  forgetAfterSeconds: number;
}

export type Claim = { claimed: true } | { claimed: false; retryAfterSeconds: number };

/**
 * Claims one password check for a login, in one atomic upsert: the row lock orders
 * parallel attempts, each sees the count the one before it left. The claim that
 * reaches the limit opens a delay window at once, so later ones are refused until
 * it has passed; each further claim doubles the window (up to the maximum).
 */
export async function claimLoginCheck(ex: Executor, login: string, rule: LoginThrottleRule): Promise<Claim> {
  const key = login.toLowerCase();
  const next = sql`(case when t.last_attempt_at < now() - make_interval(secs => ${rule.forgetAfterSeconds}) then 1 else t.attempts + 1 end)`;
  const window = (n: SQL) =>
    sql`(case when ${n} >= ${rule.limit}
          then now() + make_interval(secs => least(${rule.baseDelaySeconds}::float8 * power(2::float8, least(${n} - ${rule.limit}, 30)::float8), ${rule.maxDelaySeconds}::float8))
        end)`;
  const rows = await queryRows<{ attempts: number }>(
    ex,
    sql`insert into login_throttles as t (scope, key, attempts, blocked_until, last_attempt_at)
        values ('login', ${key}, 1, ${window(sql`1`)}, now())
        on conflict (scope, key) do update set attempts = ${next}, blocked_until = ${window(next)}, last_attempt_at = now()
        where t.blocked_until is null or t.blocked_until <= now()
        returning attempts`,
  );
  if (rows.length > 0) return { claimed: true };
  return { claimed: false, retryAfterSeconds: await secondsUntil(ex, sql`select blocked_until as until from login_throttles where scope = 'login' and key = ${key}`) };
}

/** The login signed in: its count and delay start again from zero. */
export async function resetLoginChecks(ex: Executor, login: string): Promise<void> {
  await ex.execute(sql`delete from login_throttles where scope = 'login' and key = ${login.toLowerCase()}`);
}

/**
 * Claims one password check for a caller address: refused while the failures in the
 * window plus the checks still under way reach `limit`. The window slides: it ends
 * `windowSeconds` after the last claimed check. Successes do not count, so many people
 * signing in behind one office address are not held up; finish with `finishAddressCheck`.
 */
export async function claimAddressCheck(ex: Executor, ip: string, limit: number, windowSeconds: number): Promise<Claim> {
  const stale = sql`t.last_attempt_at < now() - make_interval(secs => ${windowSeconds})`;
  const rows = await queryRows<{ attempts: number }>(
    ex,
    sql`insert into login_throttles as t (scope, key, attempts, pending, last_attempt_at)
        values ('ip', ${ip}, 0, 1, now())
        on conflict (scope, key) do update set
          attempts = case when ${stale} then 0 else t.attempts end,
          pending = case when ${stale} then 1 else t.pending + 1 end,
          last_attempt_at = now()
        where ${stale} or t.attempts + t.pending < ${limit}
        returning attempts`,
  );
  if (rows.length > 0) return { claimed: true };
  return {
    claimed: false,
    retryAfterSeconds: await secondsUntil(ex, sql`select last_attempt_at + make_interval(secs => ${windowSeconds}) as until from login_throttles where scope = 'ip' and key = ${ip}`),
  };
}

/** Ends a claimed address check; a failed one stays counted for the window. */
export async function finishAddressCheck(ex: Executor, ip: string, failed: boolean): Promise<void> {
  await ex.execute(
    sql`update login_throttles set pending = greatest(pending - 1, 0), attempts = attempts + ${failed ? 1 : 0}::int where scope = 'ip' and key = ${ip}`,
  );
}

/** Whole seconds from now until the time the query returns (at least 1). */
async function secondsUntil(ex: Executor, query: SQL): Promise<number> {
  const [row] = await queryRows<{ seconds: number | null }>(ex, sql`select ceil(extract(epoch from (q.until - now())))::int as seconds from (${query}) q`);
  return Math.max(1, row?.seconds ?? 1);
}

/** Throttle rows nobody has used for a day and that hold nobody back. */
export async function deleteIdleLoginThrottles(ex: Executor, olderThanSeconds: number): Promise<void> {
  await ex.execute(
    sql`delete from login_throttles where last_attempt_at < now() - make_interval(secs => ${olderThanSeconds}) and (blocked_until is null or blocked_until < now())`,
  );
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
