/**
 * The only SQL of the open-data module. Everything here reads published,
 * public-catalogue data: services whose status is `published` and whose
 * effective recipient type is public (inter-institutional services belong to
 * the inter-institutional catalogue, not to open data).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { loadDescriptions, type VersionRow } from '../services/services.repository.js';
import { serviceVersions } from '../services/services.table.js';
import { inArray } from 'drizzle-orm';
import type { ServiceDescription } from '../services/services.model.js';
import { publishedListingSql } from '../services/services.visibility.js';

/** Listing rows that open data shows: "published and public", what an anonymous caller sees (`services.visibility.ts`). */
const OPEN_LISTING = publishedListingSql('public', 'l');

export interface OpenListFilter {
  institutionCode?: string;
  lifeSituationCode?: string;
  recipientType?: string;
  updatedSince?: string;
}

function filterWhere(f: OpenListFilter): SQL {
  const conds: SQL[] = [OPEN_LISTING];
  if (f.institutionCode) conds.push(sql`l.owner_institution_id = (select id from institutions where code = ${f.institutionCode})`);
  if (f.recipientType) conds.push(sql`l.recipient_type = ${f.recipientType}`);
  if (f.updatedSince) conds.push(sql`l.updated_at >= ${f.updatedSince}::timestamptz`);
  if (f.lifeSituationCode) {
    conds.push(sql`l.need_ids && coalesce((select array_agg(lsn.need_id) from life_situation_needs lsn join life_situations ls on ls.id = lsn.life_situation_id
                                            where ls.code = ${f.lifeSituationCode}), '{}'::uuid[])`);
  }
  return sql.join(conds, sql` and `);
}

export interface OpenListRow {
  service_id: string;
  code: string;
  name_lv: string | null;
  name_en: string | null;
  recipient_type: string;
  digital_status: string;
  is_template: boolean;
  owner_code: string;
  owner_name_lv: string;
  owner_name_en: string | null;
  updated_at: Date | string;
}

/** One page of open services ordered by code, with the total. */
export async function listOpenServices(ex: Executor, f: OpenListFilter, page: number, pageSize: number): Promise<{ rows: OpenListRow[]; total: number }> {
  const where = filterWhere(f);
  const rows = await queryRows<OpenListRow>(
    ex,
    sql`select l.service_id, l.code, l.name_lv, l.name_en, l.recipient_type, l.digital_status, l.is_template, l.updated_at,
               i.code as owner_code, i.name_lv as owner_name_lv, i.name_en as owner_name_en
          from service_listings l join institutions i on i.id = l.owner_institution_id
         where ${where}
         order by l.code
         limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  const [{ n }] = await queryRows<{ n: number | string }>(ex, sql`select count(*) as n from service_listings l where ${where}`);
  return { rows, total: Number(n) };
}

/** Ids of open services after `afterCode` in code order, for chunked exports. */
export async function openServiceIdsAfter(ex: Executor, afterCode: string | null, limit: number): Promise<{ id: string; code: string }[]> {
  return queryRows<{ id: string; code: string }>(
    ex,
    sql`select l.service_id as id, l.code from service_listings l
         where ${OPEN_LISTING} ${afterCode === null ? sql`` : sql`and l.code > ${afterCode}`}
         order by l.code limit ${limit}`,
  );
}

export async function openServiceIdByCode(ex: Executor, code: string): Promise<string | null> {
  const rows = await queryRows<{ id: string }>(ex, sql`select l.service_id as id from service_listings l where ${OPEN_LISTING} and l.code = ${code}`);
  return rows[0]?.id ?? null;
}

export async function countOpenServices(ex: Executor): Promise<number> {
  const [{ n }] = await queryRows<{ n: number | string }>(ex, sql`select count(*) as n from service_listings l where ${OPEN_LISTING}`);
  return Number(n);
}

export interface PublishedServiceRow {
  id: string;
  code: string;
  is_template: boolean;
  template_code: string | null;
  owner_institution_id: string;
  updated_at: Date | string;
  published_version_id: string;
  template_version_id: string | null;
}

/** The services (with their published version and their template's) and the effective descriptions. */
export async function loadPublished(
  ex: Executor,
  ids: string[],
): Promise<{ rows: PublishedServiceRow[]; versions: Map<string, VersionRow>; descriptions: Map<string, ServiceDescription> }> {
  if (ids.length === 0) return { rows: [], versions: new Map(), descriptions: new Map() };
  const rows = await queryRows<PublishedServiceRow>(
    ex,
    sql`select s.id, s.code, s.is_template, ts.code as template_code, s.owner_institution_id, s.updated_at,
               s.published_version_id, ts.published_version_id as template_version_id
          from services s left join services ts on ts.id = s.template_service_id
         where s.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) and s.status = 'published'
         order by s.code`,
  );
  const versionIds = [...new Set(rows.flatMap((r) => [r.published_version_id, r.template_version_id]).filter((x): x is string => !!x))];
  const versionRows = versionIds.length ? await ex.select().from(serviceVersions).where(inArray(serviceVersions.id, versionIds)) : [];
  const versions = new Map(versionRows.map((v) => [v.id, v]));
  return { rows, versions, descriptions: await loadDescriptions(ex, versionRows) };
}

/* ------------------------------------------------------------------ */
/* Reference data                                                      */
/* ------------------------------------------------------------------ */

export interface InstitutionRow {
  id: string;
  code: string;
  registration_number: string;
  name_lv: string;
  name_en: string | null;
  short_name: string | null;
  group_code: string;
  kind: string;
  parent_code: string | null;
  website: string | null;
  email: string | null;
  updated_at: Date | string;
}

const INSTITUTION_COLUMNS = sql`i.id, i.code, i.registration_number, i.name_lv, i.name_en, i.short_name, i.group_code, i.kind,
  p.code as parent_code, i.website, i.email, i.updated_at`;

/** Institutions by id (all of them when `ids` is 'all'). */
export async function findInstitutions(ex: Executor, ids: string[] | 'all'): Promise<InstitutionRow[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  const where = ids === 'all' ? sql`true` : sql`i.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`;
  return queryRows<InstitutionRow>(ex, sql`select ${INSTITUTION_COLUMNS} from institutions i left join institutions p on p.id = i.parent_id where ${where} order by i.code`);
}

/** Institutions that own or provide at least one open service, one page ordered by code. */
export async function listOpenInstitutions(ex: Executor, page: number, pageSize: number): Promise<{ rows: (InstitutionRow & { service_count: number | string })[]; total: number }> {
  const rows = await queryRows<InstitutionRow & { service_count: number | string }>(
    ex,
    sql`with owners as (select l.owner_institution_id as id, count(*) as n from service_listings l where ${OPEN_LISTING} group by 1)
        select ${INSTITUTION_COLUMNS}, o.n as service_count from owners o join institutions i on i.id = o.id left join institutions p on p.id = i.parent_id
         order by i.code limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  const [{ n }] = await queryRows<{ n: number | string }>(ex, sql`select count(distinct l.owner_institution_id) as n from service_listings l where ${OPEN_LISTING}`);
  return { rows, total: Number(n) };
}

export async function findInstitutionByCode(ex: Executor, code: string): Promise<InstitutionRow | null> {
  const rows = await queryRows<InstitutionRow>(ex, sql`select ${INSTITUTION_COLUMNS} from institutions i left join institutions p on p.id = i.parent_id where i.code = ${code}`);
  return rows[0] ?? null;
}

/** Codes of the open services an institution owns. */
export async function openServiceCodesOf(ex: Executor, institutionId: string): Promise<string[]> {
  const rows = await queryRows<{ code: string }>(ex, sql`select l.code from service_listings l where ${OPEN_LISTING} and l.owner_institution_id = ${institutionId} order by l.code`);
  return rows.map((r) => r.code);
}

export interface ChannelPointRow {
  id: string;
  code: string;
  institution_id: string;
  channel_type: string;
  name_lv: string;
  name_en: string | null;
  url: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  opening_hours: { weekly: Record<string, string[]>; notesLv?: string | null; notesEn?: string | null } | null;
  accessibility_notes_lv: string | null;
  accessibility_notes_en: string | null;
}

export async function findChannelPoints(ex: Executor, ids: string[]): Promise<ChannelPointRow[]> {
  if (ids.length === 0) return [];
  return queryRows<ChannelPointRow>(
    ex,
    sql`select id, code, institution_id, channel_type, name_lv, name_en, url, address, phone, email, opening_hours, accessibility_notes_lv, accessibility_notes_en
          from channel_points where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`,
  );
}

export interface NeedRow {
  id: string;
  code: string;
  name_lv: string;
  name_en: string | null;
  life_situation_ids: string[];
}

export interface LifeSituationRow {
  id: string;
  code: string;
  name_lv: string;
  name_en: string | null;
  description_lv: string | null;
  description_en: string | null;
  audience: string;
  updated_at: Date | string;
  need_ids: string[];
}

/** Every need with the life situations it belongs to (a few hundred rows even at national scale). */
export async function allNeeds(ex: Executor): Promise<NeedRow[]> {
  return queryRows<NeedRow>(
    ex,
    sql`select n.id, n.code, n.name_lv, n.name_en,
               coalesce((select array_agg(lsn.life_situation_id order by lsn.life_situation_id) from life_situation_needs lsn where lsn.need_id = n.id), '{}'::uuid[]) as life_situation_ids
          from needs n order by n.code`,
  );
}

/** Life situations (all, or the one with `code`) with their need ids, ordered by code. */
export async function findLifeSituations(ex: Executor, code?: string): Promise<LifeSituationRow[]> {
  return queryRows<LifeSituationRow>(
    ex,
    sql`select ls.id, ls.code, ls.name_lv, ls.name_en, ls.description_lv, ls.description_en, ls.audience, ls.updated_at,
               coalesce((select array_agg(lsn.need_id order by lsn.need_id) from life_situation_needs lsn where lsn.life_situation_id = ls.id), '{}'::uuid[]) as need_ids
          from life_situations ls ${code === undefined ? sql`` : sql`where ls.code = ${code}`} order by ls.code`,
  );
}

/** Codes of the open services meeting any of `needIds`. */
export async function openServiceCodesForNeeds(ex: Executor, needIds: string[]): Promise<string[]> {
  if (needIds.length === 0) return [];
  const rows = await queryRows<{ code: string }>(
    ex,
    sql`select l.code from service_listings l where ${OPEN_LISTING} and l.need_ids && array[${sql.join(needIds.map((id) => sql`${id}::uuid`), sql`, `)}] order by l.code`,
  );
  return rows.map((r) => r.code);
}

export async function findActivityDirections(ex: Executor, ids: string[]): Promise<{ id: string; code: string; name_lv: string; name_en: string | null; institution_id: string }[]> {
  if (ids.length === 0) return [];
  return queryRows(ex, sql`select id, code, name_lv, name_en, institution_id from activity_directions where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
}

/**
 * A fingerprint of everything the open data shows: the list read model's
 * generation (bumped by every service write), the newest change and the row
 * count of each reference table, and the active policy version. Equal stamps
 * mean equal exports, so bulk files are cached per stamp.
 */
export async function catalogueStamp(ex: Executor): Promise<{ stamp: string; lastModified: Date }> {
  const [r] = await queryRows<Record<string, string | number | Date | null>>(
    ex,
    sql`select (select generation from read_model_generations where name = 'service_listings') as gen,
               (select max(updated_at) from service_listings l where ${OPEN_LISTING}) as services_at,
               (select max(updated_at) from institutions) as inst_at, (select count(*) from institutions) as inst_n,
               (select max(updated_at) from channel_points) as cp_at, (select count(*) from channel_points) as cp_n,
               (select max(updated_at) from life_situations) as ls_at, (select count(*) from life_situation_needs) as lsn_n,
               (select max(updated_at) from needs) as needs_at, (select count(*) from needs) as needs_n,
               (select id::text || ':' || row_version::text from policy_versions where status = 'active' limit 1) as policy`,
  );
  const times = [r.services_at, r.inst_at, r.cp_at, r.ls_at, r.needs_at].filter((x) => x !== null).map((x) => new Date(x as string).getTime());
  const lastModified = new Date(times.length ? Math.max(...times) : 0);
  const stamp = Object.values(r).map((v) => (v instanceof Date ? v.toISOString() : String(v))).join('|');
  return { stamp, lastModified };
}
