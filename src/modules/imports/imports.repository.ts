import { eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { auditLog } from '../audit/audit.table.js';
import { institutions } from '../institutions/institutions.table.js';
import { serviceVersionChannelPoints, serviceVersionNeeds, services, serviceVersions } from '../services/services.table.js';
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

/* ------------------------------------------------------------------ */
/* Bulk writes of new drafts                                           */
/* ------------------------------------------------------------------ */

export type NewService = typeof services.$inferInsert & { id: string };
export type NewVersion = typeof serviceVersions.$inferInsert & { id: string };

/** Inserts new services with their first (draft) versions and link rows, many rows per statement. */
export async function insertDrafts(
  ex: Executor,
  rows: { service: NewService; version: NewVersion; needIds: string[]; channels: { channelPointId: string; phase: string }[] }[],
): Promise<void> {
  for (const part of chunks(rows, 250)) {
    await ex.insert(services).values(part.map((r) => r.service));
    await ex.insert(serviceVersions).values(part.map((r) => r.version));
    const needRows = part.flatMap((r) => [...new Set(r.needIds)].map((needId) => ({ versionId: r.version.id, needId })));
    if (needRows.length) await ex.insert(serviceVersionNeeds).values(needRows);
    const cpRows = part.flatMap((r) => {
      const m = new Map(r.channels.map((c) => [`${c.channelPointId}|${c.phase}`, { versionId: r.version.id, channelPointId: c.channelPointId, phase: c.phase }]));
      return [...m.values()];
    });
    if (cpRows.length) await ex.insert(serviceVersionChannelPoints).values(cpRows);
  }
}

/** Appends many audit entries (the same shape `audit()` writes). */
export async function insertAuditEntries(ex: Executor, rows: (typeof auditLog.$inferInsert)[]): Promise<void> {
  for (const part of chunks(rows, 250)) await ex.insert(auditLog).values(part);
}

export { chunks };

export async function versionsByIds(ex: Executor, ids: string[]) {
  const out: (typeof serviceVersions.$inferSelect)[] = [];
  for (const part of chunks(ids)) out.push(...(await ex.select().from(serviceVersions).where(sql`${serviceVersions.id} in (${sql.join(part.map((id) => sql`${id}::uuid`), sql`, `)})`)));
  return out;
}
