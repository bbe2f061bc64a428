import crypto from 'node:crypto';
import type { Db } from '../../src/platform/db/database.js';
import { institutions, activityDirections } from '../../src/modules/institutions/institutions.table.js';
import { people } from '../../src/modules/people/people.table.js';
import { accounts, apiTokens } from '../../src/modules/auth/auth.table.js';
import { roleAssignments } from '../../src/modules/roles/roles.table.js';
import { ROLE_SCOPE, type Role } from '../../src/shared/enums.js';
import { sha256 } from '../../src/modules/auth/auth.service.js';

const uniq = () => crypto.randomBytes(4).toString('hex').toUpperCase();
const digits = () => String(Math.floor(1e10 + Math.random() * 9e10));

export type InstitutionRow = typeof institutions.$inferSelect;

/** An institution with one core activity direction; each call makes its own, so tests run in parallel. */
export async function buildInstitution(db: Db, over: Partial<typeof institutions.$inferInsert> = {}) {
  const code = over.code ?? `I-${uniq()}`;
  let ancestorIds: string[] = [];
  if (over.parentId) {
    const [p] = await db.select().from(institutions).where(eqId(over.parentId));
    ancestorIds = [...p.ancestorIds, p.id];
  }
  const [row] = await db
    .insert(institutions)
    .values({ code, registrationNumber: digits(), nameLv: `Iestāde ${code}`, groupCode: 'directAdministration', kind: 'stateInstitution', ancestorIds, ...over })
    .returning();
  const [direction] = await db.insert(activityDirections).values({ institutionId: row.id, code: 'MAIN', nameLv: 'Pamatdarbība' }).returning();
  return { ...row, direction };
}

import { eq } from 'drizzle-orm';
const eqId = (id: string) => eq(institutions.id, id);

/** A person employed by `institutionId`, with an account and a bearer token. */
export async function buildUser(db: Db, institutionId: string, over: { isSystemAdmin?: boolean; email?: string } = {}) {
  const email = over.email ?? `u-${uniq().toLowerCase()}@example.lv`;
  const [person] = await db.insert(people).values({ givenName: 'Anna', familyName: `Bērziņa ${uniq()}`, email, institutionId }).returning();
  // A precomputed argon2id hash of "parole-parole-1" keeps factories fast.
  const [account] = await db
    .insert(accounts)
    .values({ personId: person.id, login: email, passwordHash: TEST_PASSWORD_HASH, isSystemAdmin: over.isSystemAdmin ?? false })
    .returning();
  const token = `pkr_test_${crypto.randomBytes(16).toString('hex')}`;
  await db.insert(apiTokens).values({ accountId: account.id, name: 'test', tokenHash: sha256(token) });
  return { person, account, token, login: email, password: TEST_PASSWORD };
}

/** Appoints `personId` to a role held by `institutionId` in `scopeId`. */
export async function assignRole(db: Db, role: Role, institutionId: string, personId: string | null, scopeId: string | null) {
  const [row] = await db.insert(roleAssignments).values({ role, institutionId, personId, scopeType: ROLE_SCOPE[role], scopeId }).returning();
  return row;
}

export const TEST_PASSWORD = 'parole-parole-1';
export const TEST_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$zrfdGgglIrDcB5ZelSi+9Q$rcId5v86UJpjp5bbdZlbvgInF3meQWq4Wk5IhLGMFxY';
