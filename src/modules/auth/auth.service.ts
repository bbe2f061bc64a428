import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../platform/db/database.js';
import { ANONYMOUS, requireUser, type Actor, type RequestContext, type UserActor } from '../../platform/actor.js';
import { ForbiddenError, TooManyRequestsError, UnauthenticatedError } from '../../platform/errors.js';
import type { Role, ScopeType } from '../../shared/enums.js';
import { audit } from '../audit/audit.service.js';
import * as repo from './auth.repository.js';
import { canCreateApiTokens } from './auth.policy.js';
import { findInstitutionBrief, findPerson } from '../people/people.repository.js';

export const SESSION_COOKIE = 'sid';
/** Failures from one address within this window count against its limit (LOGIN_MAX_ATTEMPTS × 5). */
const ADDRESS_WINDOW_SECONDS = 15 * 60;
const ADDRESS_LIMIT_FACTOR = 5;
/**
 * After LOGIN_MAX_ATTEMPTS password checks without success, each further check on that
 * login waits 1 minute, then 2, 4 … up to an hour: guessing slows to about 24 a day, while
 * the owner still gets in with the right password once the wait is over.
 */
export const LOGIN_DELAY = { baseDelaySeconds: 60, maxDelaySeconds: 3600, forgetAfterSeconds: 24 * 3600 } as const;
const TOKEN_PREFIX = 'pkr_';

export const sha256 = (s: string): string => crypto.createHash('sha256').update(s).digest('hex');
const randomToken = (): string => crypto.randomBytes(32).toString('base64url');

/** Hashes a password with argon2id (OWASP parameters). */
export const hashPassword = (password: string): Promise<string> => hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });

async function toActor(db: Db, account: repo.AccountRow, via: UserActor['via']): Promise<UserActor> {
  const roles = await repo.activeRolesOfPerson(db, account.personId);
  const leadRoots = roles.filter((r) => (r.role === 'sectorLead' || r.role === 'municipalLead') && r.scopeId).map((r) => r.scopeId as string);
  return {
    kind: 'user',
    accountId: account.accountId,
    personId: account.personId,
    institutionId: account.institutionId,
    isSystemAdmin: account.isSystemAdmin,
    roles: roles.map((r) => ({ ...r, role: r.role as Role, scopeType: r.scopeType as ScopeType })),
    leadScopeInstitutionIds: new Set(await repo.institutionsUnder(db, leadRoots)),
    via,
  };
}

export interface Credentials {
  bearer?: string;
  sessionToken?: string;
}

/** Resolves who is calling from a bearer token or a session cookie; anonymous when neither is given. */
export async function resolveActor(db: Db, creds: Credentials, sessionTtlHours: number): Promise<Actor> {
  if (creds.bearer) {
    const account = await repo.findAccountByToken(db, sha256(creds.bearer));
    if (!account || account.disabled) throw new UnauthenticatedError();
    return toActor(db, account, 'token');
  }
  if (creds.sessionToken) {
    const id = sha256(creds.sessionToken);
    const account = await repo.findAccountBySession(db, id);
    if (!account || account.disabled) throw new UnauthenticatedError('errors.sessionExpired');
    // Sliding expiry, written at most every five minutes to keep reads cheap.
    if (Date.now() - account.lastSeenAt.getTime() > 5 * 60_000) {
      await repo.touchSession(db, id, new Date(Date.now() + sessionTtlHours * 3600_000));
    }
    return toActor(db, account, 'session');
  }
  return ANONYMOUS;
}

export interface LoginResult {
  sessionToken: string;
  expiresAt: Date;
  actor: UserActor;
}

/**
 * Checks a login and password and opens a session. Every password check is claimed
 * in the database first (per address, then per login) with an atomic upsert, so the
 * limits hold under parallel attempts and across server instances.
 */
export async function login(
  db: Db,
  input: { login: string; password: string; ip: string; userAgent?: string; requestId: string },
  opts: { maxAttempts: number; sessionTtlHours: number },
): Promise<LoginResult> {
  const account = await throttledPasswordCheck(db, input, opts.maxAttempts);
  const sessionToken = randomToken();
  const expiresAt = new Date(Date.now() + opts.sessionTtlHours * 3600_000);
  const actor = await toActor(db, account, 'session');
  await db.transaction(async (tx) => {
    await repo.insertSession(tx, { id: sha256(sessionToken), accountId: account.accountId, expiresAt, userAgent: input.userAgent?.slice(0, 300) });
    await repo.markLogin(tx, account.accountId);
    await audit(tx, { actor, requestId: input.requestId }, { action: 'auth.login', entityType: 'account', entityId: account.accountId });
  });
  return { sessionToken, expiresAt, actor };
}

/**
 * The CSRF token of a browser session, derived from the session's secret cookie: it is new
 * with every sign-in, belongs to no other session, and is worthless once the session ends.
 */
export const csrfTokenOf = (sessionToken: string): string => crypto.createHmac('sha256', sessionToken).update('csrf-token/v1').digest('base64url');

/** Whether `given` (the x-csrf-token header) is the CSRF token of this session; compared in constant time. */
export function csrfTokenMatches(sessionToken: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(csrfTokenOf(sessionToken));
  const actual = Buffer.from(given);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

/**
 * Claims a password check (per address, then per login), checks the password and
 * settles the counters: the account, or 429 while a limit holds, or 401.
 */
async function throttledPasswordCheck(db: Db, input: { login: string; password: string; ip: string }, maxAttempts: number): Promise<repo.AccountRow> {
  const byAddress = await repo.claimAddressCheck(db, input.ip, maxAttempts * ADDRESS_LIMIT_FACTOR, ADDRESS_WINDOW_SECONDS);
  if (!byAddress.claimed) throw new TooManyRequestsError(byAddress.retryAfterSeconds);
  let failed = false;
  try {
    const byLogin = await repo.claimLoginCheck(db, input.login, { limit: maxAttempts, ...LOGIN_DELAY });
    if (!byLogin.claimed) throw new TooManyRequestsError(byLogin.retryAfterSeconds);
    const account = await checkPassword(db, input.login, input.password);
    failed = account === null;
    await repo.recordLoginAttempt(db, input.login, input.ip, !failed);
    if (!account) throw new UnauthenticatedError('errors.badCredentials');
    await repo.resetLoginChecks(db, input.login);
    return account;
  } finally {
    await repo.finishAddressCheck(db, input.ip, failed);
  }
}

/** The account, if the password is right and the account may sign in; null otherwise. */
async function checkPassword(db: Db, login: string, password: string): Promise<repo.AccountRow | null> {
  const account = await repo.findAccountByLogin(db, login);
  // Verify against a dummy hash when the account is unknown, so timing does not reveal it.
  if (!account) {
    await verify(DUMMY_HASH, password).catch(() => false);
    return null;
  }
  const ok = await verify(account.passwordHash, password).catch(() => false);
  return ok && !account.disabled ? account : null;
}

/** Ends a session; audited like the sign-in that opened it. */
export async function logout(db: Db, ctx: RequestContext, sessionToken: string): Promise<void> {
  await db.transaction(async (tx) => {
    await repo.deleteSession(tx, sha256(sessionToken));
    if (ctx.actor.kind === 'user') await audit(tx, ctx, { action: 'auth.logout', entityType: 'account', entityId: ctx.actor.accountId });
  });
}

/**
 * Removes expired sessions and sign-in attempts older than a day. Run as a
 * background job (`auth.cleanup` in auth.jobs.ts), not on the sign-in path.
 */
export async function cleanUpAuthState(db: Db): Promise<{ done: true }> {
  await repo.deleteExpiredSessions(db);
  await repo.deleteOldLoginAttempts(db, 24 * 3600);
  await repo.deleteIdleLoginThrottles(db, LOGIN_DELAY.forgetAfterSeconds);
  return { done: true };
}

/** Creates a bearer token for the calling account; the secret is shown once. */
export async function createApiToken(db: Db, ctx: RequestContext, input: { name: string; expiresInDays?: number }) {
  requireUser(ctx.actor);
  if (!canCreateApiTokens(ctx.actor)) throw new ForbiddenError('auth.createTokenWithToken');
  const secret = TOKEN_PREFIX + randomToken();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86400_000) : null;
  const actor = ctx.actor;
  const row = await db.transaction(async (tx) => {
    const r = await repo.insertApiToken(tx, { accountId: actor.accountId, name: input.name, tokenHash: sha256(secret), expiresAt });
    await audit(tx, ctx, { action: 'auth.token.create', entityType: 'apiToken', entityId: r.id, after: { name: r.name, expiresAt } });
    return r;
  });
  return { id: row.id, name: row.name, createdAt: row.createdAt, expiresAt: row.expiresAt, token: secret };
}

export async function listApiTokens(db: Db, ctx: RequestContext) {
  requireUser(ctx.actor);
  return repo.listApiTokens(db, ctx.actor.accountId);
}

export async function revokeApiToken(db: Db, ctx: RequestContext, tokenId: string): Promise<boolean> {
  requireUser(ctx.actor);
  const actor = ctx.actor;
  return db.transaction(async (tx) => {
    const ok = await repo.revokeApiToken(tx, actor.accountId, tokenId);
    if (ok) await audit(tx, ctx, { action: 'auth.token.revoke', entityType: 'apiToken', entityId: tokenId });
    return ok;
  });
}

const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$LSTfLPouGIx0/dJrRVMSXw$J/UueTBoYgAYQwHIwNVczBE0qEMsGd4Yh/7zs5P6a/Y';

export interface SessionPerson {
  person: { givenName: string; familyName: string; email: string } | null;
  institution: { id: string; code: string; nameLv: string } | null;
}

/** The signed-in person's name and institution, for the session response. */
export async function sessionPerson(db: Db, actor: Actor): Promise<SessionPerson> {
  if (actor.kind !== 'user') return { person: null, institution: null };
  const [person, institution] = await Promise.all([findPerson(db, actor.personId), findInstitutionBrief(db, actor.institutionId)]);
  return {
    person: person ? { givenName: person.givenName, familyName: person.familyName, email: person.email } : null,
    institution,
  };
}
