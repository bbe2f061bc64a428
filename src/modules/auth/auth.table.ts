import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people } from '../people/people.table.js';

/** Local sign-in accounts; a person has at most one. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    login: text('login').notNull(),
    passwordHash: text('password_hash').notNull(),
    isSystemAdmin: boolean('is_system_admin').notNull().default(false),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [uniqueIndex('accounts_login_uq').on(t.login), uniqueIndex('accounts_person_uq').on(t.personId)],
);

/** Browser sessions; the cookie carries a random token, the table its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Bearer tokens for machines; only the SHA-256 of the token is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_account_idx').on(t.accountId)],
);

/** Sign-in attempts, for rate limiting that holds across instances. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    login: text('login').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    count: integer('count').notNull().default(1),
  },
  (t) => [index('login_attempts_login_at_idx').on(t.login, t.at), index('login_attempts_ip_at_idx').on(t.ip, t.at)],
);

/**
 * Sign-in throttles: one row per login (`scope = 'login'`) and per caller address
 * (`scope = 'ip'`). Each attempt claims its place with one atomic upsert before the
 * password is checked, so parallel guesses cannot slip past the limit.
 */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** login: password checks since the last success; ip: failed checks in the window. */
    attempts: integer('attempts').notNull().default(0),
    /** ip: checks claimed but not finished yet (they count against the limit). */
    pending: integer('pending').notNull().default(0),
    /** login: no password is checked before this time. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('login_throttles_last_attempt_idx').on(t.lastAttemptAt)],
);
