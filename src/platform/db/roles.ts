import type pg from 'pg';

/**
 * The tables the runtime role may read and append to but never change: the
 * audit log (ADR 0007). Every other table gets ordinary DML.
 */
export const APPEND_ONLY_TABLES = ['audit_log'] as const;

/** Why the runtime role cannot be given its privileges; the message says what to do. */
export class RuntimeRoleError extends Error {
  override name = 'RuntimeRoleError';
}

/** What {@link grantRuntimePrivileges} did. */
export type RuntimeGrant =
  /** The runtime role now has DML on every table, SELECT and INSERT only on the audit log. */
  | { kind: 'granted'; role: string }
  /** The runtime role is the migrating (owner) role itself: nothing to grant, the audit log rests on its triggers. */
  | { kind: 'same-role'; role: string };

/**
 * Gives the server's runtime role what it needs and nothing more, as the
 * owner that has just run the migrations (PostgreSQL only; the embedded
 * database has one user). Idempotent; run after every migration by `migrate`:
 *
 * - SELECT, INSERT, UPDATE, DELETE on every table of `public`, except the
 *   append-only audit log: SELECT and INSERT only (no UPDATE, DELETE,
 *   TRUNCATE, REFERENCES or TRIGGER);
 * - USAGE and SELECT on the sequences (inserts draw ids), EXECUTE on the functions;
 * - the same as default privileges of the owner, so tables of later migrations
 *   work before this runs again.
 *
 * The runtime role owns nothing and is no superuser, so it can neither lift the
 * audit triggers (`ALTER TABLE … DISABLE TRIGGER`, `session_replication_role`)
 * nor drop, truncate or rename the table. Throws {@link RuntimeRoleError} when
 * the role does not exist, is a superuser, or owns (or inherits the owner of)
 * objects of the register — e.g. a database first migrated as the runtime user.
 */
export async function grantRuntimePrivileges(owner: pg.ClientBase, runtimeRole: string): Promise<RuntimeGrant> {
  const {
    rows: [state],
  } = await owner.query<{ me: string; found: boolean; super: boolean | null; inherits_owner: boolean | null }>(
    `select current_user as me,
            exists (select 1 from pg_roles where rolname = $1) as found,
            (select rolsuper from pg_roles where rolname = $1) as super,
            (select pg_has_role($1, current_user, 'USAGE') from pg_roles where rolname = $1) as inherits_owner`,
    [runtimeRole],
  );
  if (!state.found) throw new RuntimeRoleError(`The runtime database role "${runtimeRole}" does not exist (DATABASE_RUNTIME_ROLE or the user of DATABASE_URL).`);
  if (state.me === runtimeRole) return { kind: 'same-role', role: runtimeRole };
  if (state.super) {
    throw new RuntimeRoleError(`The runtime database role "${runtimeRole}" is a superuser and could rewrite the audit log: connect DATABASE_URL as a role without SUPERUSER.`);
  }
  if (state.inherits_owner) {
    throw new RuntimeRoleError(`The runtime database role "${runtimeRole}" is a member of the owner role "${state.me}" and has its rights: use a role that is not.`);
  }
  const { rows: owned } = await owner.query<{ name: string; owner: string }>(
    `select c.relname as name, pg_get_userbyid(c.relowner) as owner
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'S', 'v', 'm') and pg_has_role($1, c.relowner, 'USAGE')
     union all
     select p.proname, pg_get_userbyid(p.proowner)
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and pg_has_role($1, p.proowner, 'USAGE')
      order by 1 limit 5`,
    [runtimeRole],
  );
  if (owned.length) {
    throw new RuntimeRoleError(
      `The runtime database role "${runtimeRole}" owns ${owned.map((o) => o.name).join(', ')}${owned.length === 5 ? ', …' : ''}: ` +
        `as a superuser run REASSIGN OWNED BY ${owner.escapeIdentifier(owned[0].owner)} TO ${owner.escapeIdentifier(state.me)} in this database, then migrate again.`,
    );
  }
  const role = owner.escapeIdentifier(runtimeRole);
  const appendOnly = APPEND_ONLY_TABLES.map((t) => `public.${owner.escapeIdentifier(t)}`).join(', ');
  await owner.query('begin');
  try {
    for (const statement of [
      `grant usage on schema public to ${role}`,
      `grant select, insert, update, delete on all tables in schema public to ${role}`,
      `revoke all on ${appendOnly} from ${role}, public`,
      `grant select, insert on ${appendOnly} to ${role}`,
      `grant usage, select on all sequences in schema public to ${role}`,
      `grant execute on all functions in schema public to ${role}`,
      `alter default privileges in schema public grant select, insert, update, delete on tables to ${role}`,
      `alter default privileges in schema public grant usage, select on sequences to ${role}`,
      `alter default privileges in schema public grant execute on functions to ${role}`,
    ]) {
      await owner.query(statement);
    }
    await owner.query('commit');
  } catch (err) {
    await owner.query('rollback').catch(() => undefined);
    throw err;
  }
  return { kind: 'granted', role: runtimeRole };
}
