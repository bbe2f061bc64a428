import { eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { institutions } from '../institutions/institutions.table.js';
import { serviceVersions } from '../services/services.table.js';
import { imports } from './imports.table.js';

export type ImportRow = typeof imports.$inferSelect;

const textList = (xs: string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);
const CHUNK = 500;
function chunks<T>(xs: T[], n = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/* ------------------------------------------------------------------ */
/* Imports                                                             */
/* ------------------------------------------------------------------ */

export async function insertImport(ex: Executor, row: typeof imports.$inferInsert): Promise<ImportRow> {
  const [r] = await ex.insert(imports).values(row).returning();
  return r;
}

export async function updateImport(ex: Executor, id: string, patch: Partial<typeof imports.$inferInsert>): Promise<void> {
  await ex
    .update(imports)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(imports.id, id));
}

export async function findImport(ex: Executor, id: string): Promise<ImportRow | null> {
  const [r] = await ex.select().from(imports).where(eq(imports.id, id));
  return r ?? null;
}

/* ------------------------------------------------------------------ */
/* Look-ups by code (case-insensitive)                                 */
/* ------------------------------------------------------------------ */

export async function findInstitutionByIdOrCode(ex: Executor, idOrCode: string) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode);
  const [r] = await ex
    .select({ id: institutions.id, code: institutions.code, nameLv: institutions.nameLv })
    .from(institutions)
    .where(isUuid ? eq(institutions.id, idOrCode) : sql`upper(${institutions.code}) = upper(${idOrCode})`);
  return r ?? null;
}

export async function needIdsByCode(ex: Executor, codes: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks(codes)) {
    const rows = await queryRows<{ id: string; code: string }>(ex, sql`select id, upper(code) as code from needs where upper(code) in (${textList(part)})`);
    for (const r of rows) out.set(r.code, r.id);
  }
  return out;
}

export async function channelPointIdsByCode(ex: Executor, codes: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks(codes)) {
    const rows = await queryRows<{ id: string; code: string }>(ex, sql`select id, upper(code) as code from channel_points where upper(code) in (${textList(part)})`);
    for (const r of rows) out.set(r.code, r.id);
  }
  return out;
}

export interface ExistingService {
  id: string;
  code: string;
  ownerInstitutionId: string;
  templateServiceId: string | null;
  isTemplate: boolean;
  status: string;
  rowVersion: number;
  currentVersionId: string | null;
}

export async function servicesByCode(ex: Executor, codes: string[]): Promise<Map<string, ExistingService>> {
  const out = new Map<string, ExistingService>();
  for (const part of chunks(codes)) {
    const rows = await queryRows<{ id: string; code: string; owner_institution_id: string; template_service_id: string | null; is_template: boolean; status: string; row_version: number; current_version_id: string | null }>(
      ex,
      sql`select id, code, owner_institution_id, template_service_id, is_template, status, row_version,
                 coalesce(draft_version_id, published_version_id) as current_version_id
            from services where upper(code) in (${textList(part)})`,
    );
    for (const r of rows)
      out.set(r.code.toUpperCase(), {
        id: r.id,
        code: r.code,
        ownerInstitutionId: r.owner_institution_id,
        templateServiceId: r.template_service_id,
        isTemplate: r.is_template,
        status: r.status,
        rowVersion: Number(r.row_version),
        currentVersionId: r.current_version_id,
      });
  }
  return out;
}

export { chunks };

/** Deletes services with everything that hangs off them (versions, links, list and search rows cascade); returns the deleted ones. */
export async function deleteServices(ex: Executor, ids: string[]): Promise<{ id: string; code: string; status: string }[]> {
  if (ids.length === 0) return [];
  return queryRows<{ id: string; code: string; status: string }>(
    ex,
    sql`delete from services where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) returning id, code, status`,
  );
}

/** Ids of the services an import created (from their audit entries: the import's id is in each), still present. */
export async function serviceIdsCreatedByImport(ex: Executor, importId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`select s.id from audit_log a join services s on s.id::text = a.entity_id
         where a.action = 'service.create' and a.entity_type = 'service' and a.after ->> 'importId' = ${importId}`,
  );
  return rows.map((r) => r.id);
}

/** Imports in a running state (validating, writing) with the lease of their job. */
export async function unfinishedImports(ex: Executor): Promise<{ id: string; status: string; jobId: string | null; lockedBy: string | null; leaseExpired: boolean }[]> {
  const rows = await queryRows<{ id: string; status: string; job_id: string | null; locked_by: string | null; lease_expired: boolean | null }>(
    ex,
    sql`select i.id, i.status, j.id as job_id, j.locked_by, (j.locked_until is null or j.locked_until < now()) as lease_expired
          from imports i
          left join jobs j on j.kind = 'imports.run' and j.payload ->> 'importId' = i.id::text and j.status = 'running'
         where i.status in ('validating', 'writing')`,
  );
  return rows.map((r) => ({ id: r.id, status: r.status, jobId: r.job_id, lockedBy: r.locked_by, leaseExpired: r.lease_expired ?? true }));
}


export async function versionsByIds(ex: Executor, ids: string[]) {
  const out: (typeof serviceVersions.$inferSelect)[] = [];
  for (const part of chunks(ids)) out.push(...(await ex.select().from(serviceVersions).where(sql`${serviceVersions.id} in (${sql.join(part.map((id) => sql`${id}::uuid`), sql`, `)})`)));
  return out;
}
