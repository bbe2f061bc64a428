import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { queryRows, type Db } from '../../platform/db/database.js';

const onPostgres = !!process.env.DATABASE_URL;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** Rolls back whatever a statement did, so a statement that wrongly succeeds leaves no trace. */
class Rollback extends Error {}

/**
 * Runs one statement as the application's own database user inside a
 * transaction that is always rolled back, and returns how the database refused
 * it (or null when it went through).
 */
async function refusalOf(db: Db, statement: string): Promise<{ code: string; message: string } | null> {
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql.raw(statement));
      throw new Rollback();
    });
  } catch (err) {
    if (err instanceof Rollback) return null;
    let e: unknown = err;
    while (e && !(typeof (e as { code?: unknown }).code === 'string')) e = (e as { cause?: unknown }).cause;
    const pgErr = (e ?? err) as { code?: string; message: string };
    return { code: pgErr.code ?? '', message: pgErr.message };
  }
  return null;
}

/** A person created through the API, which writes one audit entry. */
async function auditedWrite() {
  const inst = await buildInstitution(t.database.db);
  const pm = await buildUser(t.database.db, inst.id);
  await assignRole(t.database.db, 'portfolioOwner', inst.id, pm.person.id, inst.id);
  const r = await t.api({ method: 'POST', url: '/api/v1/people', token: pm.token, payload: { givenName: 'Ilze', familyName: 'Ozola', email: `io-${Date.now()}-${Math.random()}@example.lv`, institutionId: inst.id } });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string };
}

describe('audit log immutability, on every database', () => {
  it('lets the application write and audit an ordinary change', async () => {
    const person = await auditedWrite();
    const rows = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where entity_type = 'person' and entity_id = ${person.id}`);
    expect(rows.map((r) => r.action)).toEqual(['person.create']);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit entries', async () => {
    await auditedWrite();
    for (const statement of ['update audit_log set action = action', 'delete from audit_log', 'truncate audit_log']) {
      const refused = await refusalOf(t.database.db, statement);
      expect(refused, statement).not.toBeNull();
      expect(refused!.code, statement).toBe('42501');
    }
  });
});

describe.skipIf(!onPostgres)('audit log immutability on PostgreSQL: the runtime role cannot lift the protection', () => {
  it('is refused UPDATE and DELETE by its privileges, before any trigger runs', async () => {
    await auditedWrite();
    for (const statement of ['update audit_log set action = action', 'delete from audit_log']) {
      const refused = await refusalOf(t.database.db, statement);
      expect(refused?.message, statement).toMatch(/permission denied for table audit_log/);
    }
  });

  it('cannot switch the append-only triggers off', async () => {
    for (const statement of ['alter table audit_log disable trigger all', 'alter table audit_log disable trigger audit_log_no_update']) {
      const refused = await refusalOf(t.database.db, statement);
      expect(refused, statement).not.toBeNull();
      expect(refused!.message, statement).toMatch(/must be owner of table audit_log/);
    }
  });

  it('cannot turn off triggers for its session with session_replication_role', async () => {
    for (const statement of ['set session_replication_role = replica', 'set local session_replication_role = replica']) {
      const refused = await refusalOf(t.database.db, statement);
      expect(refused, statement).not.toBeNull();
      expect(refused!.code, statement).toBe('42501');
    }
  });

  it('cannot truncate, drop, rename or take over the audit table', async () => {
    for (const statement of [
      'truncate audit_log',
      'drop table audit_log',
      'alter table audit_log rename to audit_log_old',
      'drop trigger audit_log_no_update on audit_log',
      'create or replace function audit_log_refuse_change() returns trigger language plpgsql as $$ begin return old; end $$',
    ]) {
      const refused = await refusalOf(t.database.db, statement);
      expect(refused, statement).not.toBeNull();
      expect(refused!.code, statement).toBe('42501');
    }
  });

  it('is neither a superuser nor the owner of any table, sequence or function', async () => {
    const [me] = await queryRows<{ super: boolean; owned: number }>(
      t.database.db,
      sql`select (select rolsuper from pg_roles where rolname = current_user) as super,
                 (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = 'public' and pg_has_role(current_user, c.relowner, 'USAGE'))
               + (select count(*)::int from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                   where n.nspname = 'public' and pg_has_role(current_user, p.proowner, 'USAGE')) as owned`,
    );
    expect(me).toEqual({ super: false, owned: 0 });
  });
});

describe.skipIf(onPostgres)('audit log on the embedded database: what is NOT guaranteed', () => {
  it('lets its one in-process user lift the triggers, so only the application code is held back (ADR 0007)', async () => {
    // Documents the limit rather than a promise: PGlite has a single superuser.
    expect(await refusalOf(t.database.db, 'alter table audit_log disable trigger audit_log_no_update')).toBeNull();
  });
});
