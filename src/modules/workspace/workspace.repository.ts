import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';

/**
 * "My work" lists, read from the services module's list read model
 * (`service_listings`, one 'current' row per service with template names
 * merged), the version rows, role assignments and resources. Each list is one
 * indexed page query and one count.
 */

/** Which owners a list covers: every institution, or the listed ones. */
export type OwnerScope = { all: true } | { all: false; ids: string[] };

export interface WorkRow {
  id: string;
  code: string;
  nameLv: string | null;
  nameEn: string | null;
  ownerId: string;
  ownerCode: string;
  ownerNameLv: string;
  status: string | null;
  versionNo: number | null;
  /** The date the item is listed for (submitted, last edited, manager missing since, last reviewed). */
  since: Date | null;
}

export interface WorkPage {
  rows: WorkRow[];
  total: number;
}

/** One array parameter for a list of institution ids (a lead's scope runs to hundreds). */
const uuidArray = (ids: string[]): SQL => sql`${`{${ids.join(',')}}`}::uuid[]`;

const ownerIn = (scope: OwnerScope, column: SQL): SQL => (scope.all ? sql`true` : sql`${column} = any(${uuidArray(scope.ids)})`);
const isEmpty = (scope: OwnerScope): boolean => !scope.all && scope.ids.length === 0;

/** Services the person manages (an active serviceOwner appointment, R13) — as the person's own ids. */
const managedBy = (personId: string): SQL =>
  sql`select ra.scope_id from role_assignments ra where ra.person_id = ${personId} and ra.role = 'serviceOwner' and ra.ended_at is null`;

const toDate = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

interface RawRow {
  id: string;
  code: string;
  name_lv: string | null;
  name_en: string | null;
  owner_id: string;
  owner_code: string;
  owner_name_lv: string;
  status: string | null;
  version_no: number | null;
  since: Date | string | null;
}

/** Runs a page query (`select … from … where … order by …`) and its count over the same `from … where`. */
async function page(ex: Executor, parts: { select: SQL; from: SQL; where: SQL; order: SQL }, limit: number, offset: number): Promise<WorkPage> {
  const rows = await queryRows<RawRow>(ex, sql`select ${parts.select} from ${parts.from} where ${parts.where} order by ${parts.order} limit ${limit} offset ${offset}`);
  const [{ n }] = await queryRows<{ n: string | number }>(ex, sql`select count(*) as n from ${parts.from} where ${parts.where}`);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      nameLv: r.name_lv,
      nameEn: r.name_en,
      ownerId: r.owner_id,
      ownerCode: r.owner_code,
      ownerNameLv: r.owner_name_lv,
      status: r.status,
      versionNo: r.version_no === null ? null : Number(r.version_no),
      since: toDate(r.since),
    })),
    total: Number(n),
  };
}

const LISTING_COLUMNS = sql`l.service_id as id, l.code, l.name_lv, l.name_en, i.id as owner_id, i.code as owner_code, i.name_lv as owner_name_lv, l.status, l.version_no`;
const EMPTY: WorkPage = { rows: [], total: 0 };

/** (a) Services the person manages, not archived, by code. */
export function managedServices(ex: Executor, personId: string, limit: number, offset: number): Promise<WorkPage> {
  return page(
    ex,
    {
      select: sql`${LISTING_COLUMNS}, l.updated_at as since`,
      from: sql`role_assignments ra
        join service_listings l on l.service_id = ra.scope_id and l.visibility = 'current'
        join institutions i on i.id = l.owner_institution_id`,
      where: sql`ra.person_id = ${personId} and ra.role = 'serviceOwner' and ra.ended_at is null and l.status <> 'archived'`,
      order: sql`l.code, l.service_id`,
    },
    limit,
    offset,
  );
}

/** (b) Versions submitted for publication by services of the given owners, oldest submission first. */
export function awaitingPublication(ex: Executor, owners: OwnerScope, limit: number, offset: number): Promise<WorkPage> {
  if (isEmpty(owners)) return Promise.resolve(EMPTY);
  return page(
    ex,
    {
      select: sql`${LISTING_COLUMNS}, v.submitted_at as since`,
      from: sql`service_listings l
        join service_versions v on v.id = l.version_id
        join institutions i on i.id = l.owner_institution_id`,
      where: sql`l.visibility = 'current' and l.state = 'submitted' and ${ownerIn(owners, sql`l.owner_institution_id`)}`,
      order: sql`v.submitted_at nulls last, l.code, l.service_id`,
    },
    limit,
    offset,
  );
}

/** (c) Drafts (not yet submitted) the person wrote or of services the person manages, last edited first. */
export function drafts(ex: Executor, personId: string, limit: number, offset: number): Promise<WorkPage> {
  return page(
    ex,
    {
      select: sql`${LISTING_COLUMNS}, v.updated_at as since`,
      from: sql`service_listings l
        join service_versions v on v.id = l.version_id
        join institutions i on i.id = l.owner_institution_id`,
      // Two indexed sources (drafts by author, managed services) instead of an OR the planner cannot index.
      where: sql`l.visibility = 'current' and l.state = 'draft' and l.service_id in (
        select d.service_id from service_versions d where d.created_by = ${personId} and d.state = 'draft'
        union ${managedBy(personId)})`,
      order: sql`v.updated_at desc, l.service_id`,
    },
    limit,
    offset,
  );
}

/**
 * (d) Services of the given owners (not archived) without an appointed service
 * manager (R13), since the last manager's appointment ended or else since the
 * service was created; longest-missing first.
 */
export function servicesWithoutManager(ex: Executor, owners: OwnerScope, limit: number, offset: number): Promise<WorkPage> {
  if (isEmpty(owners)) return Promise.resolve(EMPTY);
  return page(
    ex,
    {
      select: sql`${LISTING_COLUMNS},
        coalesce((select max(e.ended_at) from role_assignments e where e.scope_id = l.service_id and e.role = 'serviceOwner'), s.created_at) as since`,
      from: sql`service_listings l
        join services s on s.id = l.service_id
        join institutions i on i.id = l.owner_institution_id`,
      where: sql`l.visibility = 'current' and l.status <> 'archived' and ${ownerIn(owners, sql`l.owner_institution_id`)}
        and not exists (select 1 from role_assignments ra
                         where ra.scope_id = l.service_id and ra.role = 'serviceOwner' and ra.ended_at is null and ra.person_id is not null)`,
      order: sql`since, l.code, l.service_id`,
    },
    limit,
    offset,
  );
}

/** (d) Resources of the given owners (still in use) without an appointed resource manager (R16). */
export function resourcesWithoutManager(ex: Executor, owners: OwnerScope, limit: number, offset: number): Promise<WorkPage> {
  if (isEmpty(owners)) return Promise.resolve(EMPTY);
  return page(
    ex,
    {
      select: sql`r.id, r.code, r.name_lv, r.name_en, i.id as owner_id, i.code as owner_code, i.name_lv as owner_name_lv, r.lifecycle_stage as status, null::int as version_no,
        coalesce((select max(e.ended_at) from role_assignments e where e.scope_id = r.id and e.role = 'resourceOwner'), r.created_at) as since`,
      from: sql`resources r join institutions i on i.id = r.institution_id`,
      where: sql`r.lifecycle_stage <> 'endUse' and ${ownerIn(owners, sql`r.institution_id`)}
        and not exists (select 1 from role_assignments ra
                         where ra.scope_id = r.id and ra.role = 'resourceOwner' and ra.ended_at is null and ra.person_id is not null)`,
      order: sql`since, r.code, r.id`,
    },
    limit,
    offset,
  );
}

/**
 * (e) Published services whose description was last reviewed before `cutoff`:
 * the later of the service's `reviewed_at` and its published version's
 * publication. Covers the given owners and the services the person manages;
 * least recently reviewed first.
 */
export function reviewOverdue(ex: Executor, owners: OwnerScope, personId: string, cutoff: Date, limit: number, offset: number): Promise<WorkPage> {
  const at = cutoff.toISOString();
  const scope = owners.all
    ? sql`true`
    : sql`s.id in (${isEmpty(owners) ? sql`select null::uuid where false` : sql`select o.id from services o where ${ownerIn(owners, sql`o.owner_institution_id`)}`} union ${managedBy(personId)})`;
  return page(
    ex,
    {
      select: sql`${LISTING_COLUMNS}, greatest(s.reviewed_at, pv.published_at) as since`,
      // Driven by published versions older than the cutoff (a partial index), then the review date.
      from: sql`service_versions pv
        join services s on s.id = pv.service_id and s.published_version_id = pv.id
        join service_listings l on l.service_id = s.id and l.visibility = 'current'
        join institutions i on i.id = s.owner_institution_id`,
      where: sql`pv.state = 'published' and pv.published_at < ${at}::timestamptz and (s.reviewed_at is null or s.reviewed_at < ${at}::timestamptz)
        and s.status = 'published' and ${scope}`,
      order: sql`since, l.code, l.service_id`,
    },
    limit,
    offset,
  );
}
