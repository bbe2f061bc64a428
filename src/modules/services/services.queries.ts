/**
 * What other modules may read of the services module's tables, by intent.
 *
 * Other modules never name `services`, `service_versions`, the version link
 * tables or `service_listings` in their own SQL and never import
 * `services.table.ts` or `services.repository.ts`; they call these functions
 * (ADR 0008). Every function that returns services applies the one visibility
 * rule of `services.visibility.ts`.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { findInstitutionLabels } from '../institutions/institutions.queries.js';
import { publishedListingSql, readsInternallySql, visibleServiceSql, type PublishedAudience, type Visibility } from './services.visibility.js';

/* ------------------------------------------------------------------ */
/* Published descriptions                                              */
/* ------------------------------------------------------------------ */

/** Ids of the services published for an audience (`publishedListingSql`), in id order. */
export async function publishedServiceIds(ex: Executor, aud: PublishedAudience): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(ex, sql`select l.service_id as id from service_listings l where ${publishedListingSql(aud, 'l')} order by l.service_id`);
  return rows.map((r) => r.id);
}

/** A service published for an audience, by code, with its published name (null when there is none). */
export async function findPublishedService(ex: Executor, aud: PublishedAudience, code: string): Promise<{ id: string; code: string; ownerInstitutionId: string; nameLv: string | null; nameEn: string | null } | null> {
  const [row] = await queryRows<{ id: string; code: string; owner_institution_id: string; name_lv: string | null; name_en: string | null }>(
    ex,
    sql`select l.service_id as id, l.code, l.owner_institution_id, l.name_lv, l.name_en from service_listings l
         where ${publishedListingSql(aud, 'l')} and l.code = ${code}`,
  );
  return row ? { id: row.id, code: row.code, ownerInstitutionId: row.owner_institution_id, nameLv: row.name_lv, nameEn: row.name_en } : null;
}

/**
 * The channel points of a published service's published version: its own, or
 * its template's published ones when an instance names none. Empty when the
 * service is not published.
 */
export async function publishedChannelPointIds(ex: Executor, serviceId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`select distinct x.channel_point_id as id
          from services s
          left join services ts on ts.id = s.template_service_id
          join service_version_channel_points x on x.version_id =
               case when ts.id is null or exists (select 1 from service_version_channel_points o where o.version_id = s.published_version_id)
                    then s.published_version_id else ts.published_version_id end
         where s.id = ${serviceId} and s.status = 'published'`,
  );
  return rows.map((r) => r.id);
}

/** Ids of an institution's published services (its current service list, R10), by code. */
export async function publishedServiceIdsOf(ex: Executor, institutionId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`select s.id from services s where s.owner_institution_id = ${institutionId} and s.status = 'published' order by s.code`,
  );
  return rows.map((r) => r.id);
}

export interface PublishedServiceOfInstitutionRow {
  id: string;
  code: string;
  name_lv: string | null;
  name_en: string | null;
  recipient_type: string | null;
  complexity: string | null;
  digital_status: string;
  version_no: number;
  published_at: Date | string | null;
  is_template: boolean;
  template_service_id: string | null;
}

/** The published services of an institution with their published version (an instance named from its template), by name. */
export async function publishedServicesOf(ex: Executor, institutionId: string): Promise<PublishedServiceOfInstitutionRow[]> {
  return queryRows<PublishedServiceOfInstitutionRow>(
    ex,
    sql`select s.id, s.code, coalesce(v.name_lv, tv.name_lv) as name_lv, coalesce(v.name_en, tv.name_en) as name_en,
               coalesce(v.recipient_type, tv.recipient_type) as recipient_type, coalesce(v.complexity, tv.complexity) as complexity,
               v.digital_status, v.version_no, v.published_at, s.is_template, s.template_service_id
          from services s
          join service_versions v on v.id = s.published_version_id
          left join services ts on ts.id = s.template_service_id
          left join service_versions tv on tv.id = ts.published_version_id
         where s.owner_institution_id = ${institutionId} and s.status = 'published'
         order by coalesce(v.name_lv, tv.name_lv), s.code`,
  );
}

/** The owner institution of a service, or null when there is no such service. */
export async function findServiceOwner(ex: Executor, serviceId: string): Promise<string | null> {
  const [row] = await queryRows<{ owner: string }>(ex, sql`select owner_institution_id as owner from services where id = ${serviceId}`);
  return row?.owner ?? null;
}

/* ------------------------------------------------------------------ */
/* "Which services use this?" (channel points, resources, needs)       */
/* ------------------------------------------------------------------ */

/** The link table a target is reached through. */
export type UsageTargetKind = 'channelPoint' | 'resource' | 'need';

export interface ServiceUsagePageQuery {
  page: number;
  pageSize: number;
  sort: 'code' | 'nameLv';
  order: 'asc' | 'desc';
}

/** One service using one or more of the targets. */
export interface ServiceUsageRow {
  serviceId: string;
  code: string;
  status: string;
  ownerInstitutionId: string;
  ownerCode: string;
  ownerNameLv: string;
  /** Name from the version the caller sees (current for whoever reads the owner internally, else published). */
  nameLv: string | null;
  nameEn: string | null;
  /** Target ids this service uses (e.g. which of a life situation's needs it meets). */
  matchedIds: string[];
  /** Channel points only: the phases (request, receipt) the point is used in. */
  phases: string[];
  /** Whether the published version uses a target. */
  inPublished: boolean;
  /** Whether the current version the caller sees (draft ?? published internally, else published) uses a target. */
  inCurrent: boolean;
}

const LINKS: Record<UsageTargetKind, { table: SQL; column: SQL; phase: SQL }> = {
  channelPoint: { table: sql.raw('service_version_channel_points'), column: sql.raw('channel_point_id'), phase: sql.raw('l.phase') },
  resource: { table: sql.raw('service_version_resources'), column: sql.raw('resource_id'), phase: sql.raw('null::text') },
  need: { table: sql.raw('service_version_needs'), column: sql.raw('need_id'), phase: sql.raw('null::text') },
};

const CURRENT = sql.raw('coalesce(s.draft_version_id, s.published_version_id)');

/** The version of service `s` the caller sees as current: draft ?? published when read internally, else published. */
const shownVersion = (vis: Visibility): SQL => {
  if (vis.kind === 'all') return CURRENT;
  if (vis.kind === 'public') return sql.raw('s.published_version_id');
  return sql`(case when ${readsInternallySql(vis, 's')} then ${CURRENT} else s.published_version_id end)`;
};

/**
 * The versions that count for a caller: the published version of a service
 * they see (`visibleServiceSql`), and the current version (drafts) only of
 * services they read internally.
 */
function hitsCte(kind: UsageTargetKind, ids: string[], vis: Visibility): SQL {
  const link = LINKS[kind];
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const versionFilter =
    vis.kind === 'all'
      ? sql`(v.id = s.published_version_id or v.id = ${CURRENT})`
      : vis.kind === 'public'
        ? sql`(v.id = s.published_version_id and ${visibleServiceSql(vis, 's')})`
        : sql`((v.id = s.published_version_id and ${visibleServiceSql(vis, 's')}) or (${readsInternallySql(vis, 's')} and v.id = ${CURRENT}))`;
  return sql`
    with hits as (
      select s.id as service_id,
             bool_or(v.id is not distinct from s.published_version_id) as in_published,
             bool_or(v.id is not distinct from ${shownVersion(vis)}) as in_current,
             array_agg(distinct l.${link.column}::text) as matched,
             array_remove(array_agg(distinct ${link.phase}), null) as phases
        from services s
        join service_versions v on v.service_id = s.id
        join ${link.table} l on l.version_id = v.id
       where ${versionFilter}
         and l.${link.column} in (${idList})
       group by s.id
    )`;
}

/** Services the caller may see whose published or (for internal readers) current version links to any of `ids`, paged. */
export async function listServicesUsing(ex: Executor, kind: UsageTargetKind, ids: string[], vis: Visibility, q: ServiceUsagePageQuery): Promise<{ rows: ServiceUsageRow[]; total: number }> {
  if (ids.length === 0) return { rows: [], total: 0 };
  const cte = hitsCte(kind, ids, vis);
  const dir = sql.raw(q.order === 'desc' ? 'desc' : 'asc');
  const orderBy = q.sort === 'nameLv' ? sql`sv.name_lv ${dir} nulls last, s.code asc` : sql`s.code ${dir}`;
  const rows = await queryRows<{
    service_id: string;
    code: string;
    status: string;
    owner_institution_id: string;
    name_lv: string | null;
    name_en: string | null;
    matched: string[];
    phases: string[];
    in_published: boolean;
    in_current: boolean;
  }>(
    ex,
    sql`${cte}
    select h.service_id, s.code, s.status, s.owner_institution_id,
           sv.name_lv, sv.name_en, h.matched, h.phases, h.in_published, h.in_current
      from hits h
      join services s on s.id = h.service_id
      left join service_versions sv on sv.id = ${shownVersion(vis)}
     order by ${orderBy}, s.id
     limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  const [{ n }] = await queryRows<{ n: string | number }>(ex, sql`${cte} select count(*) as n from hits`);
  const owners = await findInstitutionLabels(ex, rows.map((r) => r.owner_institution_id));
  return {
    rows: rows.map((r) => ({
      serviceId: r.service_id,
      code: r.code,
      status: r.status,
      ownerInstitutionId: r.owner_institution_id,
      ownerCode: owners.get(r.owner_institution_id)?.code ?? '',
      ownerNameLv: owners.get(r.owner_institution_id)?.nameLv ?? '',
      nameLv: r.name_lv,
      nameEn: r.name_en,
      matchedIds: toArray(r.matched),
      phases: toArray(r.phases).sort(),
      inPublished: r.in_published,
      inCurrent: r.in_current,
    })),
    total: Number(n),
  };
}

/** How many services the caller may see use each target (same rule as `listServicesUsing`). */
export async function countServicesUsing(ex: Executor, kind: UsageTargetKind, ids: string[], vis: Visibility): Promise<Map<string, number>> {
  const out = new Map<string, number>(ids.map((id) => [id, 0]));
  if (ids.length === 0) return out;
  const rows = await queryRows<{ target: string; n: string | number }>(
    ex,
    sql`${hitsCte(kind, ids, vis)}
    select m.target, count(*) as n from hits h cross join lateral unnest(h.matched) as m(target) group by m.target`,
  );
  for (const r of rows) out.set(r.target, Number(r.n));
  return out;
}

/** Whether a service exists (for references without a foreign key, e.g. a resource's supplier service). */
export async function serviceExists(ex: Executor, serviceId: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(ex, sql`select 1 as one from services where id = ${serviceId}::uuid`);
  return rows.length > 0;
}

/** A service as a reference shows it: code, status, current name and owner. */
export interface ServiceLabel {
  id: string;
  code: string;
  status: string;
  nameLv: string | null;
  nameEn: string | null;
  ownerInstitutionId: string;
  ownerCode: string;
  ownerNameLv: string;
}

/** Code, current name (draft ?? published) and owner of services, keyed by id (for supplier links). */
export async function findServiceLabels(ex: Executor, ids: string[]): Promise<Map<string, ServiceLabel>> {
  const out = new Map<string, ServiceLabel>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const rows = await queryRows<{ id: string; code: string; status: string; name_lv: string | null; name_en: string | null; owner_institution_id: string }>(
    ex,
    sql`select s.id, s.code, s.status, sv.name_lv, sv.name_en, s.owner_institution_id
          from services s
          left join service_versions sv on sv.id = ${CURRENT}
         where s.id in (${sql.join(
           unique.map((id) => sql`${id}::uuid`),
           sql`, `,
         )})`,
  );
  const owners = await findInstitutionLabels(ex, rows.map((r) => r.owner_institution_id));
  for (const r of rows) {
    const owner = owners.get(r.owner_institution_id);
    out.set(r.id, { id: r.id, code: r.code, status: r.status, nameLv: r.name_lv, nameEn: r.name_en, ownerInstitutionId: r.owner_institution_id, ownerCode: owner?.code ?? '', ownerNameLv: owner?.nameLv ?? '' });
  }
  return out;
}

/** Postgres arrays come back as JS arrays from both drivers; a text literal is parsed defensively. */
function toArray(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (typeof v === 'string' && v.startsWith('{')) {
    const inner = v.slice(1, -1);
    return inner ? inner.split(',').map((s) => s.replace(/^"|"$/g, '')) : [];
  }
  return [];
}

/* ------------------------------------------------------------------ */
/* Stored rule results                                                 */
/* ------------------------------------------------------------------ */

/**
 * Rule counts of each service's current version from the stored results
 * (`services.rule-results.service.ts`): hard findings block publication, soft
 * ones warn. Stale or missing results are evaluated on reading, so the counts
 * equal the on-demand check (GET /services/{id}/validation). The caller decides
 * who may see them (`canReadServiceInternal`).
 */
export { currentRuleCounts, type RuleCounts } from './services.rule-results.service.js';
