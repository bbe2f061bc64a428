import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { people } from '../people/people.table.js';
import { auditLog } from './audit.table.js';

export async function insertAuditEntry(ex: Executor, row: typeof auditLog.$inferInsert): Promise<void> {
  await ex.insert(auditLog).values(row);
}

/** Appends many entries (the same shape as `insertAuditEntry`), one jsonb parameter per thousand. */
export async function insertAuditEntries(ex: Executor, rows: (typeof auditLog.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const data = rows.slice(i, i + 1000).map((r) => ({
      actor_account_id: r.actorAccountId ?? null,
      actor_person_id: r.actorPersonId ?? null,
      action: r.action,
      entity_type: r.entityType,
      entity_id: r.entityId,
      before: r.before ?? null,
      after: r.after ?? null,
      request_id: r.requestId ?? null,
    }));
    await ex.execute(sql`insert into audit_log (actor_account_id, actor_person_id, action, entity_type, entity_id, before, after, request_id)
      select actor_account_id, actor_person_id, action, entity_type, entity_id, before, after, request_id
        from jsonb_to_recordset(${JSON.stringify(data)}::jsonb)
          as x(actor_account_id uuid, actor_person_id uuid, action text, entity_type text, entity_id text, before jsonb, after jsonb, request_id text)`);
  }
}

/** Audit entries of one object, newest first, paged by id. */
export async function listAuditEntries(ex: Executor, entityType: string, entityId: string, limit: number, beforeId?: number) {
  return ex
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId), beforeId ? lt(auditLog.id, beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

/** One audit entry with the name of the person who made the change. */
export interface AuditEntryRow {
  id: number;
  at: Date;
  action: string;
  actorPersonId: string | null;
  actorGivenName: string | null;
  actorFamilyName: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** Audit entries of one object with their actors' names, newest first, paged by id (`beforeId` exclusive). */
export async function listAuditEntriesWithActor(ex: Executor, entityType: string, entityId: string, limit: number, beforeId?: number): Promise<AuditEntryRow[]> {
  return ex
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorPersonId: auditLog.actorPersonId,
      actorGivenName: people.givenName,
      actorFamilyName: people.familyName,
      before: auditLog.before,
      after: auditLog.after,
      requestId: auditLog.requestId,
    })
    .from(auditLog)
    .leftJoin(people, eq(people.id, auditLog.actorPersonId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId), beforeId ? lt(auditLog.id, beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * How each entity type finds the institutions its object belongs to (the
 * owner, the employer, the holder and scope of a role). Types not listed here
 * cannot be resolved to an institution.
 */
const ENTITY_INSTITUTIONS: Record<string, (id: string) => SQL> = {
  institution: (id) => sql`select id as institution_id from institutions where id = ${id}::uuid`,
  person: (id) => sql`select institution_id from people where id = ${id}::uuid`,
  account: (id) => sql`select p.institution_id from accounts a join people p on p.id = a.person_id where a.id = ${id}::uuid`,
  apiToken: (id) => sql`select p.institution_id from api_tokens t join accounts a on a.id = t.account_id join people p on p.id = a.person_id where t.id = ${id}::uuid`,
  roleAssignment: (id) => sql`
    select institution_id from role_assignments where id = ${id}::uuid
    union
    select s.owner_institution_id from role_assignments ra join services s on s.id = ra.scope_id where ra.id = ${id}::uuid and ra.scope_type = 'service'
    union
    select r.institution_id from role_assignments ra join resources r on r.id = ra.scope_id where ra.id = ${id}::uuid and ra.scope_type = 'resource'
    union
    select ra.scope_id from role_assignments ra where ra.id = ${id}::uuid and ra.scope_type in ('institution', 'sector', 'municipality')`,
  service: (id) => sql`select owner_institution_id as institution_id from services where id = ${id}::uuid`,
  serviceVersion: (id) => sql`select s.owner_institution_id as institution_id from service_versions v join services s on s.id = v.service_id where v.id = ${id}::uuid`,
  resource: (id) => sql`select institution_id from resources where id = ${id}::uuid`,
  capability: (id) => sql`select institution_id from capabilities where id = ${id}::uuid`,
};

/**
 * The institutions an audited object belongs to: `null` when its type cannot
 * be resolved to an institution, an empty list when the object no longer exists.
 */
export async function institutionsOfEntity(ex: Executor, entityType: string, entityId: string): Promise<string[] | null> {
  const query = Object.hasOwn(ENTITY_INSTITUTIONS, entityType) ? ENTITY_INSTITUTIONS[entityType] : undefined;
  if (!query) return null;
  if (!UUID_RE.test(entityId)) return [];
  const rows = await queryRows<{ institution_id: string | null }>(ex, query(entityId));
  return rows.map((r) => r.institution_id).filter((x): x is string => !!x);
}
