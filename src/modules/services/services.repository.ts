import { PgDialect, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { and, asc, eq, getTableColumns, getTableName, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor, containsPattern } from '../../platform/db/database.js';
import type { ChannelPhase, Complexity, LifecycleStage, ProcessingMode, RecipientType, TargetGroup } from '../../shared/enums.js';
import { activityDirections, institutions } from '../institutions/institutions.table.js';
import { people } from '../people/people.table.js';
import { roleAssignments } from '../roles/roles.table.js';
import { lifeSituationNeeds, lifeSituations, needs } from '../life-situations/life-situations.table.js';
import { channelPoints } from '../channel-points/channel-points.table.js';
import { resources } from '../resources/resources.table.js';
import {
  serviceVersionChannelPoints,
  serviceVersionLinks,
  serviceVersionNeeds,
  serviceVersionProviders,
  serviceVersionResources,
  services,
  serviceVersions,
} from './services.table.js';
import type { ServiceDescription } from './services.model.js';
import { LINK_TABLE_FIELDS, type LinkTableField } from './services.fields.js';
import type { ServiceListQuery } from './services.schemas.js';
import { refreshSearchDocuments } from '../search/search.index.js';
import { publishedRecipientTypeSql, visibleListingSql, visibleServiceSql, type Visibility } from './services.visibility.js';

export type ServiceRow = typeof services.$inferSelect;
export type VersionRow = typeof serviceVersions.$inferSelect;
export type InstitutionRefRow = Pick<typeof institutions.$inferSelect, 'id' | 'code' | 'nameLv' | 'nameEn'>;
export type PersonRow = typeof people.$inferSelect;

/** Kinds of service-to-service link and the description field each fills. */
const LINK_FIELDS = { component: 'componentIds', dependsOn: 'dependsOnIds', replaces: 'replacesIds', merges: 'mergesIds' } as const;
type LinkKind = keyof typeof LINK_FIELDS;

export type { Visibility } from './services.visibility.js';

const uuidList = (ids: string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/* ------------------------------------------------------------------ */
/* Services and versions                                               */
/* ------------------------------------------------------------------ */

export async function findService(ex: Executor, id: string): Promise<ServiceRow | null> {
  const [row] = await ex.select().from(services).where(eq(services.id, id));
  return row ?? null;
}

/** Reads a service and locks its row until the transaction ends, so concurrent writers queue behind each other. */
export async function lockService(ex: Executor, id: string): Promise<ServiceRow | null> {
  const [row] = await ex.select().from(services).where(eq(services.id, id)).for('update');
  return row ?? null;
}

export async function findServiceByCode(ex: Executor, code: string): Promise<ServiceRow | null> {
  const [row] = await ex.select().from(services).where(eq(services.code, code));
  return row ?? null;
}

export async function findVersion(ex: Executor, id: string): Promise<VersionRow | null> {
  const [row] = await ex.select().from(serviceVersions).where(eq(serviceVersions.id, id));
  return row ?? null;
}

export async function findVersionByNo(ex: Executor, serviceId: string, versionNo: number): Promise<VersionRow | null> {
  const [row] = await ex
    .select()
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.versionNo, versionNo)));
  return row ?? null;
}

export async function listVersions(ex: Executor, serviceId: string): Promise<VersionRow[]> {
  return ex.select().from(serviceVersions).where(eq(serviceVersions.serviceId, serviceId)).orderBy(asc(serviceVersions.versionNo));
}

export async function insertService(ex: Executor, row: typeof services.$inferInsert): Promise<ServiceRow> {
  const [r] = await ex.insert(services).values(row).returning();
  return r;
}

/** Changes a service row and bumps its row version (the ETag). The caller holds the row lock. */
export async function updateService(ex: Executor, id: string, patch: Partial<typeof services.$inferInsert>): Promise<ServiceRow> {
  const [r] = await ex
    .update(services)
    .set({ ...patch, updatedAt: sql`now()`, rowVersion: sql`${services.rowVersion} + 1` })
    .where(eq(services.id, id))
    .returning();
  return r;
}

export async function insertVersion(ex: Executor, row: typeof serviceVersions.$inferInsert): Promise<VersionRow> {
  const [r] = await ex.insert(serviceVersions).values(row).returning();
  return r;
}

export async function updateVersion(ex: Executor, id: string, patch: Partial<typeof serviceVersions.$inferInsert>): Promise<VersionRow> {
  const [r] = await ex
    .update(serviceVersions)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(serviceVersions.id, id))
    .returning();
  return r;
}

/**
 * The next generated code of an owner: its code, a hyphen and a zero-padded
 * sequence ("VID-0007"). A transaction-scoped advisory lock per owner keeps two
 * concurrent creations from drawing the same number.
 */
export async function nextServiceCode(ex: Executor, ownerCode: string): Promise<string> {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${'services.code:' + ownerCode}))`);
  const prefix = `${ownerCode}-`;
  const rows = await queryRows<{ n: number | string | null }>(
    ex,
    sql`select max(substring(code from ${prefix.length + 1}::int)::int) as n
          from services
         where starts_with(code, ${prefix}::text) and substring(code from ${prefix.length + 1}::int) ~ '^[0-9]{1,9}$'`,
  );
  const next = Number(rows[0]?.n ?? 0) + 1;
  return `${prefix}${String(next).padStart(4, '0')}`;
}

/* ------------------------------------------------------------------ */
/* Descriptions                                                        */
/* ------------------------------------------------------------------ */

function descriptionOfRow(r: VersionRow): ServiceDescription {
  return {
    nameLv: r.nameLv,
    nameEn: r.nameEn,
    nameParts: r.nameParts ?? null,
    descriptionLv: r.descriptionLv,
    descriptionEn: r.descriptionEn,
    recipientType: r.recipientType as RecipientType | null,
    targetGroups: (r.targetGroups as TargetGroup[] | null) ?? null,
    complexity: r.complexity as Complexity | null,
    lifecycleStage: r.lifecycleStage as LifecycleStage | null,
    activityDirectionId: r.activityDirectionId,
    processingMode: r.processingMode as ProcessingMode | null,
    serviceLevelTerms: r.serviceLevelTerms ?? null,
    fee: r.fee ?? null,
    legalBasis: r.legalBasis ?? null,
    prerequisites: r.prerequisites ?? null,
    requiredDocuments: r.requiredDocuments ?? null,
    resultLv: r.resultLv,
    resultEn: r.resultEn,
    contacts: r.contacts ?? null,
    keywords: r.keywords ?? null,
    needIds: [],
    channelPoints: [],
    providers: [],
    resourceIds: [],
    componentIds: [],
    dependsOnIds: [],
    replacesIds: [],
    mergesIds: [],
  };
}

/**
 * The descriptions of many versions at once: the rows plus one query per link
 * table (never one per version). Lists come sorted, so equal content compares equal.
 */
export async function loadDescriptions(ex: Executor, rows: VersionRow[]): Promise<Map<string, ServiceDescription>> {
  const out = new Map<string, ServiceDescription>(rows.map((r) => [r.id, descriptionOfRow(r)]));
  const ids = [...out.keys()];
  if (ids.length === 0) return out;
  const needRows = await ex
    .select()
    .from(serviceVersionNeeds)
    .where(inArray(serviceVersionNeeds.versionId, ids))
    .orderBy(asc(serviceVersionNeeds.needId));
  for (const r of needRows) out.get(r.versionId)!.needIds.push(r.needId);
  const cpRows = await ex
    .select()
    .from(serviceVersionChannelPoints)
    .where(inArray(serviceVersionChannelPoints.versionId, ids))
    .orderBy(asc(serviceVersionChannelPoints.phase), asc(serviceVersionChannelPoints.channelPointId));
  for (const r of cpRows) out.get(r.versionId)!.channelPoints.push({ channelPointId: r.channelPointId, phase: r.phase as ChannelPhase });
  const provRows = await ex
    .select()
    .from(serviceVersionProviders)
    .where(inArray(serviceVersionProviders.versionId, ids))
    .orderBy(asc(serviceVersionProviders.institutionId));
  for (const r of provRows) out.get(r.versionId)!.providers.push({ institutionId: r.institutionId, serviceLevelTerms: r.serviceLevelTerms ?? null });
  const resRows = await ex
    .select()
    .from(serviceVersionResources)
    .where(inArray(serviceVersionResources.versionId, ids))
    .orderBy(asc(serviceVersionResources.resourceId));
  for (const r of resRows) out.get(r.versionId)!.resourceIds.push(r.resourceId);
  const linkRows = await ex
    .select()
    .from(serviceVersionLinks)
    .where(inArray(serviceVersionLinks.versionId, ids))
    .orderBy(asc(serviceVersionLinks.targetServiceId));
  for (const r of linkRows) {
    const field = LINK_FIELDS[r.kind as LinkKind];
    if (field) out.get(r.versionId)![field].push(r.targetServiceId);
  }
  return out;
}

export async function loadDescription(ex: Executor, row: VersionRow): Promise<ServiceDescription> {
  return (await loadDescriptions(ex, [row])).get(row.id)!;
}

const linkRowsOfKind = (kind: LinkKind) => (versionId: string, ids: string[]) => uniq(ids).map((targetServiceId) => ({ versionId, kind, targetServiceId }));

/**
 * Where each list of a description is stored: its link table and its rows
 * (duplicates dropped). Typed over every list field (services.fields.ts), so
 * a new list cannot be left out of the writes.
 */
const LINK_ROWS: { [K in LinkTableField]: { table: PgTable; rows: (versionId: string, v: ServiceDescription[K]) => Record<string, unknown>[] } } = {
  needIds: { table: serviceVersionNeeds, rows: (versionId, ids) => uniq(ids).map((needId) => ({ versionId, needId })) },
  channelPoints: {
    table: serviceVersionChannelPoints,
    rows: (versionId, uses) => [...new Map(uses.map((c) => [`${c.channelPointId}|${c.phase}`, { versionId, channelPointId: c.channelPointId, phase: c.phase }])).values()],
  },
  providers: {
    table: serviceVersionProviders,
    rows: (versionId, ps) => [...new Map(ps.map((p) => [p.institutionId, { versionId, institutionId: p.institutionId, serviceLevelTerms: p.serviceLevelTerms }])).values()],
  },
  resourceIds: { table: serviceVersionResources, rows: (versionId, ids) => uniq(ids).map((resourceId) => ({ versionId, resourceId })) },
  componentIds: { table: serviceVersionLinks, rows: linkRowsOfKind('component') },
  dependsOnIds: { table: serviceVersionLinks, rows: linkRowsOfKind('dependsOn') },
  replacesIds: { table: serviceVersionLinks, rows: linkRowsOfKind('replaces') },
  mergesIds: { table: serviceVersionLinks, rows: linkRowsOfKind('merges') },
};

/** The link-table rows of many versions' descriptions, grouped by table (in a fixed order). */
export function linkRowsOf(items: { versionId: string; description: ServiceDescription }[]): Map<PgTable, Record<string, unknown>[]> {
  const out = new Map<PgTable, Record<string, unknown>[]>();
  for (const f of LINK_TABLE_FIELDS) if (!out.has(LINK_ROWS[f].table)) out.set(LINK_ROWS[f].table, []);
  for (const { versionId, description } of items) {
    for (const f of LINK_TABLE_FIELDS) {
      const spec = LINK_ROWS[f] as { table: PgTable; rows: (versionId: string, v: unknown) => Record<string, unknown>[] };
      out.get(spec.table)!.push(...spec.rows(versionId, description[f]));
    }
  }
  return out;
}

/** Replaces the link tables of a version with the lists of `d` (scalar columns are written by `updateVersion`). */
export async function replaceVersionLinks(ex: Executor, versionId: string, d: ServiceDescription): Promise<void> {
  const byTable = linkRowsOf([{ versionId, description: d }]);
  for (const table of byTable.keys()) await ex.delete(table).where(sql`version_id = ${versionId}::uuid`);
  for (const [table, rows] of byTable) if (rows.length) await ex.insert(table).values(rows as never);
}

/**
 * A table's rows as `jsonb_to_recordset` input: the columns named by the rows'
 * keys (drizzle property names, mapped to the table's columns and SQL types)
 * and the rows keyed by column name. An unknown key throws, so nothing is
 * dropped silently; a key a row lacks is written as null.
 */
export function recordsetOf(table: PgTable, rows: Record<string, unknown>[]): { columns: { key: string; name: string; type: string }[]; data: Record<string, unknown>[] } {
  const cols = getTableColumns(table) as Record<string, PgColumn>;
  const keys = uniq(rows.flatMap((r) => Object.keys(r)));
  for (const k of keys) if (!cols[k]) throw new Error(`${getTableName(table)} has no column for "${k}"`);
  const columns = keys.map((key) => ({ key, name: cols[key].name, type: cols[key].getSQLType() }));
  const data = rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, r[c.key] ?? null])));
  return { columns, data };
}

/**
 * Multi-row insert of many rows: each batch goes as ONE jsonb parameter
 * expanded by `jsonb_to_recordset`, since building and binding thousands of
 * parameters costs far more than the insert itself, on both drivers.
 */
async function insertRecordset(ex: Executor, table: PgTable, rows: Record<string, unknown>[], batch = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    const { columns, data } = recordsetOf(table, rows.slice(i, i + batch));
    const names = sql.join(columns.map((c) => sql.identifier(c.name)), sql`, `);
    const defs = sql.join(columns.map((c) => sql`${sql.identifier(c.name)} ${sql.raw(c.type)}`), sql`, `);
    await ex.execute(sql`insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${JSON.stringify(data)}::jsonb) as x(${defs})`);
  }
}

export type NewServiceRow = typeof services.$inferInsert & { id: string };
export type NewVersionRow = typeof serviceVersions.$inferInsert & { id: string; serviceId: string };

/**
 * Inserts whole services set-based: the service rows (templates first, for
 * their instances' foreign key), the version rows, then each link table of
 * the versions' descriptions, a few statements per thousand rows.
 */
export async function insertServiceRecords(ex: Executor, serviceRows: NewServiceRow[], versions: { row: NewVersionRow; description: ServiceDescription }[]): Promise<void> {
  await insertRecordset(ex, services, [...serviceRows.filter((s) => s.isTemplate), ...serviceRows.filter((s) => !s.isTemplate)]);
  await insertRecordset(ex, serviceVersions, versions.map((v) => v.row));
  for (const [table, rows] of linkRowsOf(versions.map((v) => ({ versionId: v.row.id, description: v.description })))) await insertRecordset(ex, table, rows, 5000);
}

/** Stores the derived digital status of a version (R27): derived data, so it may be refreshed on any version. */
export async function setVersionDigitalStatus(ex: Executor, versionId: string, status: string, byPhase: { request: string; processing: string; receipt: string }): Promise<void> {
  await ex.update(serviceVersions).set({ digitalStatus: status, digitalByPhase: byPhase }).where(eq(serviceVersions.id, versionId));
}

/** Current (draft and published) versions of every instance of a template. */
export async function instanceCurrentVersions(ex: Executor, templateId: string): Promise<VersionRow[]> {
  const rows = await ex
    .select({ v: serviceVersions })
    .from(serviceVersions)
    .innerJoin(services, eq(services.id, serviceVersions.serviceId))
    .where(
      and(
        eq(services.templateServiceId, templateId),
        sql`(${serviceVersions.id} = ${services.draftVersionId} or ${serviceVersions.id} = ${services.publishedVersionId})`,
      ),
    );
  return rows.map((r) => r.v);
}

/* ------------------------------------------------------------------ */
/* Existence checks for references                                     */
/* ------------------------------------------------------------------ */

type RefTable = 'needs' | 'channelPoints' | 'resources' | 'services' | 'institutions' | 'activityDirections';

/** Which of `ids` exist in the referenced table. */
export async function existingIds(ex: Executor, table: RefTable, ids: string[]): Promise<Set<string>> {
  const list = uniq(ids);
  if (list.length === 0) return new Set();
  const t = { needs, channelPoints, resources, services, institutions, activityDirections }[table];
  const rows = await ex.select({ id: t.id }).from(t).where(inArray(t.id, list));
  return new Set(rows.map((r) => r.id));
}

export async function findActivityDirection(ex: Executor, id: string) {
  const [r] = await ex.select().from(activityDirections).where(eq(activityDirections.id, id));
  return r ?? null;
}

/* ------------------------------------------------------------------ */
/* Roles (until the roles module exports its own queries)              */
/* ------------------------------------------------------------------ */

/** Active service managers of a service (R13). */
export async function activeServiceManagers(ex: Executor, serviceId: string): Promise<PersonRow[]> {
  const rows = await ex
    .select({ p: people })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.role, 'serviceOwner'), eq(roleAssignments.scopeId, serviceId), isNull(roleAssignments.endedAt)))
    .orderBy(asc(roleAssignments.createdAt));
  return rows.map((r) => r.p);
}

export async function findPeopleByIds(ex: Executor, ids: string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return ex.select().from(people).where(inArray(people.id, uniq(ids)));
}

/* ------------------------------------------------------------------ */
/* What the rules and the presentation need around a description       */
/* ------------------------------------------------------------------ */

export async function activityDirectionIdsOf(ex: Executor, institutionId: string): Promise<string[]> {
  const rows = await ex.select({ id: activityDirections.id }).from(activityDirections).where(eq(activityDirections.institutionId, institutionId));
  return rows.map((r) => r.id);
}

/** For each need, the life situations it belongs to. */
export async function lifeSituationsOfNeeds(ex: Executor, needIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(needIds.map((n) => [n, []]));
  if (needIds.length === 0) return out;
  const rows = await ex.select().from(lifeSituationNeeds).where(inArray(lifeSituationNeeds.needId, uniq(needIds)));
  for (const r of rows) out.get(r.needId)?.push(r.lifeSituationId);
  return out;
}

export async function findNeeds(ex: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return ex.select().from(needs).where(inArray(needs.id, uniq(ids)));
}

export async function findLifeSituations(ex: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return ex.select().from(lifeSituations).where(inArray(lifeSituations.id, uniq(ids)));
}

export async function findChannelPoints(ex: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return ex.select().from(channelPoints).where(inArray(channelPoints.id, uniq(ids)));
}

export async function findResources(ex: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return ex.select().from(resources).where(inArray(resources.id, uniq(ids)));
}

export async function findInstitutionRefs(ex: Executor, ids: string[]): Promise<InstitutionRefRow[]> {
  if (ids.length === 0) return [];
  return ex
    .select({ id: institutions.id, code: institutions.code, nameLv: institutions.nameLv, nameEn: institutions.nameEn })
    .from(institutions)
    .where(inArray(institutions.id, uniq(ids)));
}

export async function findInstitution(ex: Executor, id: string) {
  const [r] = await ex.select().from(institutions).where(eq(institutions.id, id));
  return r ?? null;
}

/**
 * Component edges of services as their current version (draft, else published)
 * states them: service id → component service ids.
 */
export async function componentEdges(ex: Executor, serviceIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (serviceIds.length === 0) return out;
  const rows = await queryRows<{ service_id: string; target: string }>(
    ex,
    sql`select s.id as service_id, l.target_service_id as target
          from services s
          join service_version_links l on l.version_id = coalesce(s.draft_version_id, s.published_version_id) and l.kind = 'component'
         where s.id in (${uuidList(uniq(serviceIds))})`,
  );
  for (const id of serviceIds) out.set(id, []);
  for (const r of rows) out.get(r.service_id)!.push(r.target);
  return out;
}

/** Effective recipient types of services (current version; an instance takes its template's). */
export async function effectiveRecipientTypes(ex: Executor, serviceIds: string[]): Promise<Map<string, RecipientType | null>> {
  const out = new Map<string, RecipientType | null>();
  if (serviceIds.length === 0) return out;
  const rows = await queryRows<{ id: string; recipient_type: string | null }>(
    ex,
    sql`select s.id, coalesce(v.recipient_type, tv.recipient_type) as recipient_type
          from services s
          left join service_versions v on v.id = coalesce(s.draft_version_id, s.published_version_id)
          left join services ts on ts.id = s.template_service_id
          left join service_versions tv on tv.id = coalesce(ts.published_version_id, ts.draft_version_id)
         where s.id in (${uuidList(uniq(serviceIds))})`,
  );
  for (const r of rows) out.set(r.id, r.recipient_type as RecipientType | null);
  return out;
}

/** The effective recipient type of a service's published version (the template's when the instance has none); null when unpublished. */
export async function publishedRecipientType(ex: Executor, serviceId: string): Promise<string | null> {
  const rows = await queryRows<{ rt: string | null }>(ex, sql`select ${publishedRecipientTypeSql('s')} as rt from services s where s.id = ${serviceId}`);
  return rows[0]?.rt ?? null;
}

/** A short reference to a service, with its name from the version the caller may see. */
export interface ServiceRefRow {
  id: string;
  code: string;
  nameLv: string | null;
  status: string;
  ownerInstitutionId: string;
}

const versionExpr = (vis: Visibility, s: SQL = sql.raw('s')): SQL => {
  if (vis.kind === 'public') return sql`${s}.published_version_id`;
  if (vis.kind === 'all') return sql`coalesce(${s}.draft_version_id, ${s}.published_version_id)`;
  if (vis.institutionIds.length === 0) return sql`${s}.published_version_id`;
  return sql`case when ${s}.owner_institution_id in (${uuidList(vis.institutionIds)}) then coalesce(${s}.draft_version_id, ${s}.published_version_id) else ${s}.published_version_id end`;
};

/** Whether the caller sees service row `s` at all: the one rule of `services.visibility.ts`. */
const visibleWhere = (vis: Visibility): SQL => visibleServiceSql(vis, 's');

const templateVersionExpr = (vis: Visibility): SQL =>
  vis.kind === 'public' ? sql`ts.published_version_id` : sql`coalesce(ts.published_version_id, ts.draft_version_id)`;

/** References to services the caller may see (others are left out), named from the visible version. */
export async function serviceRefs(ex: Executor, ids: string[], vis: Visibility): Promise<Map<string, ServiceRefRow>> {
  const out = new Map<string, ServiceRefRow>();
  if (ids.length === 0) return out;
  const rows = await queryRows<{ id: string; code: string; name_lv: string | null; status: string; owner_institution_id: string }>(
    ex,
    sql`select s.id, s.code, coalesce(v.name_lv, tv.name_lv) as name_lv, s.status, s.owner_institution_id
          from services s
          left join service_versions v on v.id = ${versionExpr(vis)}
          left join services ts on ts.id = s.template_service_id
          left join service_versions tv on tv.id = ${templateVersionExpr(vis)}
         where s.id in (${uuidList(uniq(ids))}) and ${visibleWhere(vis)}`,
  );
  for (const r of rows) out.set(r.id, { id: r.id, code: r.code, nameLv: r.name_lv, status: r.status, ownerInstitutionId: r.owner_institution_id });
  return out;
}

/** Services whose visible version replaces or merges `serviceId` (lineage seen from the other side). */
export async function inboundLineage(ex: Executor, serviceId: string, vis: Visibility): Promise<{ kind: 'replaces' | 'merges'; serviceId: string }[]> {
  return queryRows<{ kind: 'replaces' | 'merges'; serviceId: string }>(
    ex,
    sql`select distinct l.kind, s.id as "serviceId"
          from service_version_links l
          join services s on l.version_id = ${versionExpr(vis)}
         where l.target_service_id = ${serviceId} and l.kind in ('replaces', 'merges') and ${visibleWhere(vis)}`,
  );
}

export async function countInstances(ex: Executor, templateId: string, vis: Visibility): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(ex, sql`select count(*) as n from services s where s.template_service_id = ${templateId} and ${visibleWhere(vis)}`);
  return Number(rows[0]?.n ?? 0);
}

export interface InstanceRow {
  id: string;
  code: string;
  status: string;
  owner_id: string;
  owner_code: string;
  owner_name_lv: string;
  digital_status: string | null;
  version_no: number | null;
}

/** Instances of a template the caller may see, with their owners, ordered by the owner's name. */
export async function listInstances(ex: Executor, templateId: string, vis: Visibility, page: number, pageSize: number): Promise<{ rows: InstanceRow[]; total: number }> {
  const rows = await queryRows<InstanceRow>(
    ex,
    sql`select s.id, s.code, s.status, i.id as owner_id, i.code as owner_code, i.name_lv as owner_name_lv, v.digital_status, v.version_no
          from services s
          join institutions i on i.id = s.owner_institution_id
          left join service_versions v on v.id = ${versionExpr(vis)}
         where s.template_service_id = ${templateId} and ${visibleWhere(vis)}
         order by i.name_lv, s.id
         limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  return { rows, total: await countInstances(ex, templateId, vis) };
}

/* ------------------------------------------------------------------ */
/* The list                                                            */
/* ------------------------------------------------------------------ */

export interface ServiceListRow {
  id: string;
  code: string;
  status: string;
  is_template: boolean;
  template_service_id: string | null;
  owner_institution_id: string;
  owner_code: string;
  owner_name_lv: string;
  name_lv: string | null;
  name_en: string | null;
  recipient_type: string | null;
  complexity: string | null;
  lifecycle_stage: string | null;
  digital_status: string;
  version_no: number;
  state: string;
  updated_at: Date | string;
  row_version: number;
}

const likePattern = containsPattern;

/**
 * Which listing rows a reader sees (`services.visibility.ts`): the public sees
 * 'published' rows of public services; a reader with internal access to some
 * owners sees their 'current' rows and the 'published' rows of everyone else.
 */
const listingVisibleWhere = (vis: Visibility): SQL => visibleListingSql(vis, 'l');

/**
 * One page of services with the total, read from the `service_listings` read
 * model (template fields already merged): one indexed query for the page and
 * one for the count, so lists stay fast at national scale.
 */
export async function listServices(ex: Executor, q: ServiceListQuery, vis: Visibility): Promise<{ rows: ServiceListRow[]; total: number }> {
  const conds: SQL[] = [listingVisibleWhere(vis)];
  if (q.q) {
    const like = likePattern(q.q);
    conds.push(sql`(l.name_lv ilike ${like} or l.name_en ilike ${like} or l.code ilike ${like})`);
  }
  if (q.ownerInstitutionId) conds.push(sql`l.owner_institution_id = ${q.ownerInstitutionId}`);
  if (q.under) conds.push(sql`l.owner_institution_id in (select id from institutions where id = ${q.under} or ancestor_ids @> array[${q.under}::uuid])`);
  if (q.recipientType) conds.push(sql`l.recipient_type = ${q.recipientType}`);
  if (q.complexity) conds.push(sql`l.complexity = ${q.complexity}`);
  if (q.lifecycleStage) conds.push(sql`l.lifecycle_stage = ${q.lifecycleStage}`);
  if (q.digitalStatus) conds.push(sql`l.digital_status = ${q.digitalStatus}`);
  if (q.status) conds.push(sql`l.status = ${q.status}`);
  if (q.isTemplate !== undefined) conds.push(sql`l.is_template = ${q.isTemplate}`);
  if (q.templateServiceId) conds.push(sql`l.template_service_id = ${q.templateServiceId}`);
  if (q.managerPersonId) {
    conds.push(sql`l.service_id in (select ra.scope_id from role_assignments ra where ra.person_id = ${q.managerPersonId} and ra.role = 'serviceOwner' and ra.ended_at is null)`);
  }
  if (q.needId) conds.push(sql`l.need_ids @> array[${q.needId}::uuid]`);
  if (q.lifeSituationId) {
    conds.push(sql`l.need_ids && coalesce((select array_agg(need_id) from life_situation_needs where life_situation_id = ${q.lifeSituationId}), '{}'::uuid[])`);
  }
  const where = sql.join(conds, sql` and `);
  const dir = q.order === 'desc' ? sql`desc` : sql`asc`;
  const sortOf = (alias: string) =>
    ({ nameLv: sql`(${sql.raw(alias)}.name_lv collate "und-x-icu")`, code: sql`${sql.raw(alias)}.code`, updatedAt: sql`${sql.raw(alias)}.updated_at` })[q.sort];
  // The page's keys come from the index alone (deep pages skip index entries, not rows);
  // only the page's rows are then read and joined.
  const rows = await queryRows<ServiceListRow & { generation: string }>(
    ex,
    sql`with page as materialized (
          select l.service_id, l.visibility from service_listings l
           where ${where}
           order by ${sortOf('l')} ${dir} nulls last, l.service_id ${dir}
           limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize})
        select l.service_id as id, l.code, l.status, l.is_template, l.template_service_id, l.owner_institution_id, l.updated_at, l.row_version,
               i.code as owner_code, i.name_lv as owner_name_lv,
               l.name_lv, l.name_en, l.recipient_type, l.complexity, l.lifecycle_stage, l.digital_status, l.version_no, l.state,
               (select generation from read_model_generations where name = 'service_listings') as generation
          from page p
          join service_listings l on l.service_id = p.service_id and l.visibility = p.visibility
          join institutions i on i.id = l.owner_institution_id
         order by ${sortOf('l')} ${dir} nulls last, l.service_id ${dir}`,
  );
  const total = await countListings(ex, where, rows[0]?.generation ?? null);
  return { rows: rows.map(({ generation: _g, ...r }) => r), total };
}

/**
 * Totals of list queries, remembered per query and read-model generation.
 * Exact: any write to the list read model bumps the generation in the same
 * transaction, so a remembered total is reused only while nothing changed.
 * Kept per instance (a cache, not state another instance needs).
 */
const totals = new Map<string, { generation: string; total: number }>();
const MAX_REMEMBERED_TOTALS = 1000;

async function countListings(ex: Executor, where: SQL, generation: string | null): Promise<number> {
  const key = JSON.stringify(sqlKey(where));
  const hit = generation !== null ? totals.get(key) : undefined;
  if (hit && hit.generation === generation) return hit.total;
  const [{ n }] = await queryRows<{ n: number | string }>(ex, sql`select count(*) as n from service_listings l where ${where}`);
  const total = Number(n);
  if (generation !== null) {
    if (totals.size >= MAX_REMEMBERED_TOTALS) totals.delete(totals.keys().next().value as string);
    totals.set(key, { generation, total });
  }
  return total;
}

/** A stable key for an SQL fragment: its text and parameters. */
function sqlKey(fragment: SQL): { sql: string; params: unknown[] } {
  const dialect = new PgDialect();
  return dialect.sqlToQuery(fragment);
}

/**
 * Rebuilds the list read model for the given services (all when `ids` is
 * 'all'): a 'published' row while the service is published and a 'current'
 * row for its draft ?? published version, instance fields merged with the
 * template's. Call it in the transaction of every write that changes a list.
 */
export async function refreshServiceListings(ex: Executor, ids: string[] | 'all'): Promise<void> {
  if (ids !== 'all' && ids.length === 0) return;
  await ex.execute(sql`update read_model_generations set generation = generation + 1 where name = 'service_listings'`);
  const only = ids === 'all' ? sql`true` : sql`s.id in (${uuidList(uniq(ids))})`;
  await ex.execute(sql`delete from service_listings s where ${ids === 'all' ? sql`true` : sql`s.service_id in (${uuidList(uniq(ids))})`}`);
  await ex.execute(sql`
    insert into service_listings (service_id, visibility, version_id, code, status, is_template, template_service_id, owner_institution_id,
                                  name_lv, name_en, recipient_type, complexity, lifecycle_stage, digital_status, version_no, state, need_ids,
                                  updated_at, row_version)
    select s.id, vis.name, v.id, s.code, s.status, s.is_template, s.template_service_id, s.owner_institution_id,
           coalesce(v.name_lv, tv.name_lv), coalesce(v.name_en, tv.name_en), coalesce(v.recipient_type, tv.recipient_type),
           coalesce(v.complexity, tv.complexity), coalesce(v.lifecycle_stage, tv.lifecycle_stage), v.digital_status, v.version_no, v.state,
           coalesce((select array_agg(n.need_id order by n.need_id) from service_version_needs n where n.version_id = coalesce(tv.id, v.id)), '{}'::uuid[]),
           s.updated_at, s.row_version
      from services s
      cross join lateral (values ('published', case when s.status = 'published' then s.published_version_id end),
                                 ('current', coalesce(s.draft_version_id, s.published_version_id))) as vis(name, vid)
      join service_versions v on v.id = vis.vid
      left join services ts on ts.id = s.template_service_id
      left join service_versions tv on tv.id = case when vis.name = 'published' then ts.published_version_id
                                                    else coalesce(ts.published_version_id, ts.draft_version_id) end
     where ${only}`);
  // Catalogue search documents follow the published listings (search module).
  await refreshSearchDocuments(ex, ids);
}

/** Ids of the instances of a template, whose listings follow the template's fields. */
export async function instanceIdsOf(ex: Executor, templateId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(ex, sql`select id from services where template_service_id = ${templateId}`);
  return rows.map((r) => r.id);
}
