/**
 * Read-only queries of the catalogue pages. They read the other modules'
 * tables (the `service_listings` read model, versions, channel points,
 * institutions, life situations) and never write. Only published services of
 * the catalogue's recipient types are ever returned.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, containsPattern, type Executor } from '../../platform/db/database.js';
import type { OpeningHours } from '../../modules/channel-points/channel-points.table.js';
import { publishedListingSql, type PublishedAudience } from '../../modules/services/services.visibility.js';

/** Which catalogue a page belongs to: public (residents, businesses) or inter-institutional. */
export type Audience = 'public' | 'inter';

/** The published audience of each catalogue (`services.visibility.ts`); the public one is what anonymous callers may see. */
const AUDIENCE_OF: Record<Audience, PublishedAudience> = { public: 'public', inter: 'interInstitutional' };
/** "Published for this catalogue", the one definition over the listing row `l`. */
const published = (aud: Audience): SQL => publishedListingSql(AUDIENCE_OF[aud], 'l');
/** Life situation audiences shown in each catalogue. */
export const LIFE_SITUATION_AUDIENCES_OF: Record<Audience, string[]> = { public: ['residents', 'businesses'], inter: ['institutions'] };
/** Channel types of customer service centres (service points). */
export const CENTRE_TYPES = ['vpvkac', 'municipalCentre', 'institutionCentre'];

const list = (xs: string[]): SQL => sql.join(xs.map((x) => sql`${x}`), sql`, `);

/** The published listing rows of a catalogue, with the template's version for inherited fields. */
const listingFrom = (aud: Audience): SQL => sql`
  service_listings l
  join services s on s.id = l.service_id
  join service_versions v on v.id = l.version_id
  left join services ts on ts.id = s.template_service_id
  left join service_versions tv on tv.id = ts.published_version_id
  join institutions i on i.id = l.owner_institution_id
  where ${published(aud)}`;

/** Channel points a listing's version uses: its own, or the template's when it has none. */
const channelVersion = sql`case when exists (select 1 from service_version_channel_points o where o.version_id = l.version_id) or tv.id is null then l.version_id else tv.id end`;

export interface CatalogueFilters {
  q?: string;
  lifeSituationId?: string;
  /** Any of these life situations (related services). */
  lifeSituationIds?: string[];
  ownerInstitutionId?: string;
  targetGroup?: string;
  environment?: string;
  /** Channel type codes of the chosen environment (from the active policy). */
  environmentTypes?: string[];
  digitalStatus?: string;
  vpvkac?: boolean;
  free?: boolean;
  channelPointId?: string;
  needId?: string;
  excludeServiceId?: string;
  /** Only these services. */
  serviceIds?: string[];
}

export interface CatalogueServiceRow {
  id: string;
  code: string;
  name_lv: string | null;
  name_en: string | null;
  description_lv: string | null;
  description_en: string | null;
  recipient_type: string | null;
  digital_status: string;
  owner_code: string;
  owner_name_lv: string;
  owner_name_en: string | null;
}

function filterConds(f: CatalogueFilters): SQL[] {
  const c: SQL[] = [];
  if (f.q) {
    const like = containsPattern(f.q);
    c.push(sql`(l.name_lv ilike ${like} or l.name_en ilike ${like} or l.code ilike ${like})`);
  }
  const situations = [...(f.lifeSituationId ? [f.lifeSituationId] : []), ...(f.lifeSituationIds ?? [])];
  if (situations.length) {
    c.push(sql`l.need_ids && coalesce((select array_agg(need_id) from life_situation_needs where life_situation_id in (${sql.join(situations.map((id) => sql`${id}::uuid`), sql`, `)})), '{}'::uuid[])`);
  }
  if (f.needId) c.push(sql`l.need_ids @> array[${f.needId}::uuid]`);
  if (f.ownerInstitutionId) c.push(sql`l.owner_institution_id = ${f.ownerInstitutionId}`);
  if (f.targetGroup) c.push(sql`coalesce(v.target_groups, tv.target_groups) @> array[${f.targetGroup}]::text[]`);
  if (f.digitalStatus) c.push(sql`l.digital_status = ${f.digitalStatus}`);
  if (f.free !== undefined) c.push(sql`coalesce((coalesce(v.fee, tv.fee) ->> 'free')::boolean, true) = ${f.free}`);
  const usesType = (types: string[]) =>
    sql`exists (select 1 from service_version_channel_points x join channel_points cp on cp.id = x.channel_point_id
                 where x.version_id = ${channelVersion} and cp.channel_type in (${list(types)}))`;
  if (f.environmentTypes) c.push(f.environmentTypes.length ? usesType(f.environmentTypes) : sql`false`);
  if (f.vpvkac) c.push(usesType(['vpvkac']));
  if (f.channelPointId) {
    c.push(sql`exists (select 1 from service_version_channel_points x where x.version_id in (l.version_id, tv.id) and x.channel_point_id = ${f.channelPointId})`);
  }
  if (f.serviceIds) c.push(f.serviceIds.length ? sql`l.service_id in (${sql.join(f.serviceIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`);
  if (f.excludeServiceId) c.push(sql`l.service_id <> ${f.excludeServiceId}`);
  return c;
}

/** One page of published services of a catalogue matching the filters, by Latvian name. */
export async function listCatalogueServices(
  ex: Executor,
  aud: Audience,
  f: CatalogueFilters,
  page: number,
  pageSize: number,
): Promise<{ rows: CatalogueServiceRow[]; total: number }> {
  const conds = filterConds(f);
  const where = conds.length ? sql` and ${sql.join(conds, sql` and `)}` : sql``;
  const rows = await queryRows<CatalogueServiceRow>(
    ex,
    sql`select l.service_id as id, l.code, l.name_lv, l.name_en, coalesce(v.description_lv, tv.description_lv) as description_lv,
               coalesce(v.description_en, tv.description_en) as description_en, l.recipient_type, l.digital_status,
               i.code as owner_code, i.name_lv as owner_name_lv, i.name_en as owner_name_en
          from ${listingFrom(aud)} ${where}
          order by (l.name_lv collate "und-x-icu") nulls last, l.service_id
          limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  const [{ n }] = await queryRows<{ n: number | string }>(ex, sql`select count(*) as n from ${listingFrom(aud)} ${where}`);
  return { rows, total: Number(n) };
}

/** A published service of a catalogue by its code (null when unpublished, unknown or in the other catalogue). */
export async function findCatalogueServiceByCode(ex: Executor, aud: Audience, code: string): Promise<{ id: string; code: string; nameLv: string | null; nameEn: string | null } | null> {
  const [row] = await queryRows<{ id: string; code: string; name_lv: string | null; name_en: string | null }>(
    ex,
    sql`select l.service_id as id, l.code, l.name_lv, l.name_en from service_listings l
         where ${published(aud)} and l.code = ${code}`,
  );
  return row ? { id: row.id, code: row.code, nameLv: row.name_lv, nameEn: row.name_en } : null;
}

export interface CentreRow {
  id: string;
  code: string;
  channel_type: string;
  name_lv: string;
  name_en: string | null;
  url: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  opening_hours: OpeningHours | null;
  accessibility_notes_lv: string | null;
  accessibility_notes_en: string | null;
  institution_code: string;
  institution_name_lv: string;
  institution_name_en: string | null;
  municipality_code: string | null;
  municipality_name_lv: string | null;
  municipality_name_en: string | null;
}

const centreSelect = sql`
  select cp.id, cp.code, cp.channel_type, cp.name_lv, cp.name_en, cp.url, cp.address, cp.phone, cp.email, cp.opening_hours,
         cp.accessibility_notes_lv, cp.accessibility_notes_en,
         i.code as institution_code, i.name_lv as institution_name_lv, i.name_en as institution_name_en,
         m.code as municipality_code, m.name_lv as municipality_name_lv, m.name_en as municipality_name_en
    from channel_points cp
    join institutions i on i.id = cp.institution_id
    left join lateral (select mm.code, mm.name_lv, mm.name_en from institutions mm
                        where mm.kind = 'municipality' and (mm.id = i.id or mm.id = any(i.ancestor_ids)) limit 1) m on true`;

/**
 * Active channel points of any of `types` (by default the customer service centre
 * types), with the municipality they belong to (the owner, or the owner's nearest
 * municipal ancestor; null for state institutions), by municipality then name.
 */
export async function listCentres(ex: Executor, f: { municipalityCode?: string; vpvkacOnly?: boolean; types?: string[]; ids?: string[] } = {}): Promise<CentreRow[]> {
  const conds: SQL[] = [sql`cp.active`, sql`cp.channel_type in (${list(f.types ?? CENTRE_TYPES)})`];
  if (f.vpvkacOnly) conds.push(sql`cp.channel_type = 'vpvkac'`);
  if (f.municipalityCode) conds.push(f.municipalityCode === '-' ? sql`m.code is null` : sql`m.code = ${f.municipalityCode}`);
  if (f.ids) conds.push(f.ids.length ? sql`cp.id in (${sql.join(f.ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`);
  return queryRows<CentreRow>(
    ex,
    sql`${centreSelect} where ${sql.join(conds, sql` and `)}
        order by (m.name_lv collate "und-x-icu") nulls last, (cp.name_lv collate "und-x-icu"), cp.id
        limit 5000`,
  );
}

/** Every channel point by id, whatever its type (a service page shows them all, with opening hours). */
export async function channelPointsByIds(ex: Executor, ids: string[]): Promise<Map<string, CentreRow>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<CentreRow>(ex, sql`${centreSelect} where cp.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
  return new Map(rows.map((r) => [r.id, r]));
}

/** One active service point by code. */
export async function findCentre(ex: Executor, code: string): Promise<CentreRow | null> {
  const [row] = await queryRows<CentreRow>(ex, sql`${centreSelect} where cp.active and cp.code = ${code} and cp.channel_type in (${list(CENTRE_TYPES)})`);
  return row ?? null;
}

/** Municipalities with service points, and how many each has. */
export async function centreMunicipalities(ex: Executor): Promise<{ code: string | null; name_lv: string | null; name_en: string | null; n: number }[]> {
  const rows = await queryRows<{ code: string | null; name_lv: string | null; name_en: string | null; n: number | string }>(
    ex,
    sql`select m.code, m.name_lv, m.name_en, count(*) as n from (${centreSelect} where cp.active and cp.channel_type in (${list(CENTRE_TYPES)})) c
          left join institutions m on m.code = c.municipality_code
         group by m.code, m.name_lv, m.name_en
         order by (m.name_lv collate "und-x-icu") nulls last`,
  );
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export interface LifeSituationCardRow {
  id: string;
  code: string;
  name_lv: string;
  name_en: string | null;
  description_lv: string | null;
  description_en: string | null;
  audience: string;
  service_count: number;
}

/** Life situations of a catalogue with how many published services meet their needs. */
export async function listCatalogueLifeSituations(ex: Executor, aud: Audience, code?: string): Promise<LifeSituationCardRow[]> {
  const rows = await queryRows<LifeSituationCardRow>(
    ex,
    sql`select ls.id, ls.code, ls.name_lv, ls.name_en, ls.description_lv, ls.description_en, ls.audience,
               (select count(*) from service_listings l
                 where ${published(aud)}
                   and l.need_ids && coalesce((select array_agg(need_id) from life_situation_needs where life_situation_id = ls.id), '{}'::uuid[])) as service_count
          from life_situations ls
         where ls.audience in (${list(LIFE_SITUATION_AUDIENCES_OF[aud])}) ${code ? sql`and ls.code = ${code}` : sql``}
         order by (ls.name_lv collate "und-x-icu"), ls.id`,
  );
  return rows.map((r) => ({ ...r, service_count: Number(r.service_count) }));
}

export interface InstitutionCardRow {
  id: string;
  code: string;
  name_lv: string;
  name_en: string | null;
  service_count: number;
}

/** Institutions that own published services of a catalogue, by name, with counts; paged. */
export async function listCatalogueInstitutions(ex: Executor, aud: Audience, q: string | undefined, page: number, pageSize: number): Promise<{ rows: InstitutionCardRow[]; total: number }> {
  const nameCond = q ? sql`and (i.name_lv ilike ${containsPattern(q)} or i.name_en ilike ${containsPattern(q)} or i.code ilike ${containsPattern(q)})` : sql``;
  const base = sql`from service_listings l join institutions i on i.id = l.owner_institution_id
                  where ${published(aud)} ${nameCond}`;
  const rows = await queryRows<InstitutionCardRow>(
    ex,
    sql`select i.id, i.code, i.name_lv, i.name_en, count(*) as service_count ${base}
         group by i.id, i.code, i.name_lv, i.name_en
         order by (i.name_lv collate "und-x-icu"), i.id
         limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  const [{ n }] = await queryRows<{ n: number | string }>(ex, sql`select count(distinct i.id) as n ${base}`);
  return { rows: rows.map((r) => ({ ...r, service_count: Number(r.service_count) })), total: Number(n) };
}

/** Entries of the sitemap: published public services, life situations, institutions, service points. */
export async function sitemapEntries(ex: Executor, limit: number) {
  const services = await queryRows<{ code: string; name_lv: string | null; updated_at: Date | string }>(
    ex,
    sql`select l.code, l.name_lv, l.updated_at from service_listings l
         where ${published('public')}
         order by l.code limit ${limit}`,
  );
  const situations = await queryRows<{ code: string }>(ex, sql`select code from life_situations where audience in (${list(LIFE_SITUATION_AUDIENCES_OF.public)}) order by code`);
  const institutions = await queryRows<{ code: string }>(
    ex,
    sql`select distinct i.code from service_listings l join institutions i on i.id = l.owner_institution_id
         where ${published('public')} order by i.code`,
  );
  const centres = await queryRows<{ code: string }>(ex, sql`select code from channel_points where active and channel_type in (${list(CENTRE_TYPES)}) order by code`);
  return { services, situations, institutions, centres };
}
