import { eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { auditLog } from '../audit/audit.table.js';
import { institutions } from '../institutions/institutions.table.js';
import { services, serviceVersions } from '../services/services.table.js';
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

/**
 * Inserts new services with their first (draft) versions, link rows and
 * audit entries. Each batch goes as ONE jsonb parameter expanded by
 * `jsonb_to_recordset`: building and binding thousands of parameters costs
 * far more than the insert itself, on both drivers.
 */
export async function insertDrafts(
  ex: Executor,
  rows: { service: NewService; version: NewVersion; needIds: string[]; channels: { channelPointId: string; phase: string }[] }[],
): Promise<void> {
  for (const part of chunks(rows, 1000)) {
    const svc = part.map((r) => ({
      id: r.service.id,
      code: r.service.code,
      owner_institution_id: r.service.ownerInstitutionId,
      is_template: r.service.isTemplate ?? false,
      status: r.service.status,
      draft_version_id: r.service.draftVersionId,
      latest_version_no: r.service.latestVersionNo,
    }));
    await ex.execute(sql`
      insert into services (id, code, owner_institution_id, is_template, status, draft_version_id, latest_version_no)
      select id, code, owner_institution_id, is_template, status, draft_version_id, latest_version_no
        from jsonb_to_recordset(${JSON.stringify(svc)}::jsonb)
          as x(id uuid, code text, owner_institution_id uuid, is_template boolean, status text, draft_version_id uuid, latest_version_no int)`);
    const ver = part.map(({ version: v }) => ({
      id: v.id,
      service_id: v.serviceId,
      version_no: v.versionNo,
      state: v.state,
      created_by: v.createdBy ?? null,
      name_lv: v.nameLv ?? null,
      name_en: v.nameEn ?? null,
      name_parts: v.nameParts ?? null,
      description_lv: v.descriptionLv ?? null,
      description_en: v.descriptionEn ?? null,
      recipient_type: v.recipientType ?? null,
      target_groups: v.targetGroups ?? null,
      complexity: v.complexity ?? null,
      lifecycle_stage: v.lifecycleStage ?? null,
      activity_direction_id: v.activityDirectionId ?? null,
      processing_mode: v.processingMode ?? null,
      digital_status: v.digitalStatus ?? 'none',
      digital_by_phase: v.digitalByPhase ?? null,
      service_level_terms: v.serviceLevelTerms ?? null,
      fee: v.fee ?? null,
      legal_basis: v.legalBasis ?? null,
      prerequisites: v.prerequisites ?? null,
      required_documents: v.requiredDocuments ?? null,
      result_lv: v.resultLv ?? null,
      result_en: v.resultEn ?? null,
      contacts: v.contacts ?? null,
      keywords: v.keywords ?? null,
    }));
    await ex.execute(sql`
      insert into service_versions (id, service_id, version_no, state, created_by, name_lv, name_en, name_parts, description_lv, description_en,
                                    recipient_type, target_groups, complexity, lifecycle_stage, activity_direction_id, processing_mode,
                                    digital_status, digital_by_phase, service_level_terms, fee, legal_basis, prerequisites, required_documents,
                                    result_lv, result_en, contacts, keywords)
      select id, service_id, version_no, state, created_by, name_lv, name_en, name_parts, description_lv, description_en,
             recipient_type, target_groups, complexity, lifecycle_stage, activity_direction_id, processing_mode,
             digital_status, digital_by_phase, service_level_terms, fee, legal_basis, prerequisites, required_documents,
             result_lv, result_en, contacts, keywords
        from jsonb_to_recordset(${JSON.stringify(ver)}::jsonb)
          as x(id uuid, service_id uuid, version_no int, state text, created_by uuid, name_lv text, name_en text, name_parts jsonb,
               description_lv text, description_en text, recipient_type text, target_groups text[], complexity text, lifecycle_stage text,
               activity_direction_id uuid, processing_mode text, digital_status text, digital_by_phase jsonb, service_level_terms jsonb,
               fee jsonb, legal_basis jsonb, prerequisites jsonb, required_documents jsonb, result_lv text, result_en text, contacts jsonb,
               keywords text[])`);
    const needRows = part.flatMap((r) => [...new Set(r.needIds)].map((needId) => ({ version_id: r.version.id, need_id: needId })));
    if (needRows.length)
      await ex.execute(sql`insert into service_version_needs (version_id, need_id)
        select version_id, need_id from jsonb_to_recordset(${JSON.stringify(needRows)}::jsonb) as x(version_id uuid, need_id uuid)`);
    const cpRows = part.flatMap((r) => {
      const m = new Map(r.channels.map((c) => [`${c.channelPointId}|${c.phase}`, { version_id: r.version.id, channel_point_id: c.channelPointId, phase: c.phase }]));
      return [...m.values()];
    });
    if (cpRows.length)
      await ex.execute(sql`insert into service_version_channel_points (version_id, channel_point_id, phase)
        select version_id, channel_point_id, phase from jsonb_to_recordset(${JSON.stringify(cpRows)}::jsonb) as x(version_id uuid, channel_point_id uuid, phase text)`);
  }
}

/** Appends many audit entries (the same shape `audit()` writes), one jsonb parameter per batch. */
export async function insertAuditEntries(ex: Executor, rows: (typeof auditLog.$inferInsert)[]): Promise<void> {
  for (const part of chunks(rows, 1000)) {
    const data = part.map((r) => ({
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
