import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import type { Visibility } from '../services/services.repository.js';
import { visibleListingSql } from '../services/services.visibility.js';

/**
 * The dependency graph of the register, read from the services module's link
 * tables and the resources table:
 *
 *   service  → resource  `usesResource` (service_version_resources)
 *   service  → service   `usesService`  (service_version_links, kind dependsOn)
 *   service  → service   `component`    (service_version_links, kind component)
 *   resource → service   `suppliedBy`   (resources.supplier_service_id, a virtual resource, R42)
 *
 * A service's links are those of the version the reader sees (the row of
 * `service_listings` the reader may see); an instance of a unified service
 * takes them from its template's version, as its effective description does
 * (links are not overridable by instances).
 */

export type NodeKind = 'service' | 'resource';
export type EdgeKind = 'usesResource' | 'usesService' | 'component' | 'suppliedBy';

export interface EdgeRow {
  from: string;
  fromKind: NodeKind;
  to: string;
  toKind: NodeKind;
  kind: EdgeKind;
}

export interface NodeRow {
  id: string;
  kind: NodeKind;
  code: string;
  nameLv: string | null;
  nameEn: string | null;
  status: string | null;
  interInstitutional: boolean;
  ownerId: string;
  ownerCode: string;
  ownerNameLv: string;
}

/** One array parameter instead of one parameter per id (impact lists run to thousands of ids); ids are uuids from the database or validated input. */
const uuidArray = (ids: string[]): SQL => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** The listing row (one per service) a reader sees: the one rule of `services.visibility.ts`. */
const visibleListing = (vis: Visibility, l: string): SQL => visibleListingSql(vis, l);

/** The template version an instance inherits for the listing row `l` (published first, as the services module does). */
const templateVersion = (l: string, ts: string): SQL =>
  sql`case when ${sql.raw(l)}.visibility = 'published' then ${sql.raw(ts)}.published_version_id else coalesce(${sql.raw(ts)}.published_version_id, ${sql.raw(ts)}.draft_version_id) end`;

/** The version whose links count for listing row `l` (joined with its template `ts`). */
const linkVersion = (l: string, ts: string): SQL => sql`coalesce(${templateVersion(l, ts)}, ${sql.raw(l)}.version_id)`;

/**
 * Services whose visible link version is one of the versions of `hits`
 * (a subquery with columns version_id, edge): own versions of non-instances,
 * and template versions inherited by instances. Returns (service_id, edge).
 */
function servicesOfVersions(hits: SQL, vis: Visibility): SQL {
  return sql`
    select l.service_id, h.edge
      from (${hits}) h
      join service_versions v on v.id = h.version_id
      join service_listings l on l.service_id = v.service_id and l.version_id = v.id and l.template_service_id is null and ${visibleListing(vis, 'l')}
    union all
    select l.service_id, h.edge
      from (${hits}) h
      join service_versions v on v.id = h.version_id
      join services ts on ts.id = v.service_id and ts.is_template
      join service_listings l on l.template_service_id = ts.id and ${visibleListing(vis, 'l')} and v.id = ${templateVersion('l', 'ts')}`;
}

/** Versions that link to a resource (`resourceId`) or service (`serviceId`) as SQL expressions. */
function versionsLinkingTo(resourceId: SQL, serviceId: SQL): SQL {
  return sql`
    select r.version_id, 'usesResource'::text as edge from service_version_resources r where r.resource_id = ${resourceId}
    union all
    select k.version_id, case k.kind when 'component' then 'component' else 'usesService' end as edge
      from service_version_links k where k.target_service_id = ${serviceId} and k.kind in ('component', 'dependsOn')`;
}

/** Edges leaving the given services and resources. */
export async function outgoingEdges(ex: Executor, serviceIds: string[], resourceIds: string[], vis: Visibility): Promise<EdgeRow[]> {
  const out: EdgeRow[] = [];
  if (serviceIds.length) {
    const rows = await queryRows<{ from_id: string; to_id: string; kind: EdgeKind }>(
      ex,
      sql`with src as (
            select l.service_id, ${linkVersion('l', 'ts')} as version_id
              from service_listings l
              left join services ts on ts.id = l.template_service_id
             where l.service_id = any(${uuidArray(serviceIds)}) and ${visibleListing(vis, 'l')})
          select src.service_id as from_id, r.resource_id as to_id, 'usesResource' as kind
            from src join service_version_resources r on r.version_id = src.version_id
          union all
          select src.service_id, k.target_service_id, case k.kind when 'component' then 'component' else 'usesService' end
            from src join service_version_links k on k.version_id = src.version_id and k.kind in ('component', 'dependsOn')`,
    );
    for (const r of rows) out.push({ from: r.from_id, fromKind: 'service', to: r.to_id, toKind: r.kind === 'usesResource' ? 'resource' : 'service', kind: r.kind });
  }
  if (resourceIds.length) {
    const rows = await queryRows<{ id: string; supplier: string }>(
      ex,
      sql`select id, supplier_service_id as supplier from resources where id = any(${uuidArray(resourceIds)}) and supplier_service_id is not null`,
    );
    for (const r of rows) out.push({ from: r.id, fromKind: 'resource', to: r.supplier, toKind: 'service', kind: 'suppliedBy' });
  }
  return out;
}

/** Edges arriving at the given services and resources (from services the reader sees). */
export async function incomingEdges(ex: Executor, serviceIds: string[], resourceIds: string[], vis: Visibility): Promise<EdgeRow[]> {
  const out: EdgeRow[] = [];
  const targets = [...serviceIds.map((id) => ({ id, kind: 'service' as const })), ...resourceIds.map((id) => ({ id, kind: 'resource' as const }))];
  if (targets.length === 0) return out;
  const hits = sql`
    select r.version_id, 'usesResource'::text as edge, r.resource_id as target from service_version_resources r
     where r.resource_id = any(${uuidArray(resourceIds)})
    union all
    select k.version_id, case k.kind when 'component' then 'component' else 'usesService' end, k.target_service_id
      from service_version_links k
     where k.target_service_id = any(${uuidArray(serviceIds)}) and k.kind in ('component', 'dependsOn')`;
  const rows = await queryRows<{ from_id: string; to_id: string; kind: EdgeKind }>(
    ex,
    sql`select l.service_id as from_id, h.target as to_id, h.edge as kind
          from (${hits}) h
          join service_versions v on v.id = h.version_id
          join service_listings l on l.service_id = v.service_id and l.version_id = v.id and l.template_service_id is null and ${visibleListing(vis, 'l')}
        union all
        select l.service_id, h.target, h.edge
          from (${hits}) h
          join service_versions v on v.id = h.version_id
          join services ts on ts.id = v.service_id and ts.is_template
          join service_listings l on l.template_service_id = ts.id and ${visibleListing(vis, 'l')} and v.id = ${templateVersion('l', 'ts')}`,
  );
  for (const r of rows) out.push({ from: r.from_id, fromKind: 'service', to: r.to_id, toKind: r.kind === 'usesResource' ? 'resource' : 'service', kind: r.kind });
  if (serviceIds.length) {
    const sup = await queryRows<{ id: string; supplier: string }>(
      ex,
      sql`select id, supplier_service_id as supplier from resources where supplier_service_id = any(${uuidArray(serviceIds)})`,
    );
    for (const r of sup) out.push({ from: r.id, fromKind: 'resource', to: r.supplier, toKind: 'service', kind: 'suppliedBy' });
  }
  return out;
}

/** Services the reader sees, as graph nodes (names from the visible version, template names merged). */
export async function serviceNodes(ex: Executor, ids: string[], vis: Visibility): Promise<Map<string, NodeRow>> {
  const out = new Map<string, NodeRow>();
  if (ids.length === 0) return out;
  const rows = await queryRows<{ id: string; code: string; name_lv: string | null; name_en: string | null; status: string; recipient_type: string | null; owner_id: string; owner_code: string; owner_name_lv: string }>(
    ex,
    sql`select l.service_id as id, l.code, l.name_lv, l.name_en, l.status, l.recipient_type, i.id as owner_id, i.code as owner_code, i.name_lv as owner_name_lv
          from service_listings l
          join institutions i on i.id = l.owner_institution_id
         where l.service_id = any(${uuidArray([...new Set(ids)])}) and ${visibleListing(vis, 'l')}`,
  );
  for (const r of rows) {
    out.set(r.id, {
      id: r.id,
      kind: 'service',
      code: r.code,
      nameLv: r.name_lv,
      nameEn: r.name_en,
      status: r.status,
      interInstitutional: (r.recipient_type ?? '').startsWith('interInstitutional'),
      ownerId: r.owner_id,
      ownerCode: r.owner_code,
      ownerNameLv: r.owner_name_lv,
    });
  }
  return out;
}

/** Resources as graph nodes; a virtual resource (obtained through a supplier's service, R42) is inter-institutional. */
export async function resourceNodes(ex: Executor, ids: string[]): Promise<Map<string, NodeRow>> {
  const out = new Map<string, NodeRow>();
  if (ids.length === 0) return out;
  const rows = await queryRows<{ id: string; code: string; name_lv: string; name_en: string | null; supplier: string | null; owner_id: string; owner_code: string; owner_name_lv: string }>(
    ex,
    sql`select r.id, r.code, r.name_lv, r.name_en, r.supplier_service_id as supplier, i.id as owner_id, i.code as owner_code, i.name_lv as owner_name_lv
          from resources r join institutions i on i.id = r.institution_id
         where r.id = any(${uuidArray([...new Set(ids)])})`,
  );
  for (const r of rows) {
    out.set(r.id, {
      id: r.id,
      kind: 'resource',
      code: r.code,
      nameLv: r.name_lv,
      nameEn: r.name_en,
      status: null,
      interInstitutional: r.supplier !== null,
      ownerId: r.owner_id,
      ownerCode: r.owner_code,
      ownerNameLv: r.owner_name_lv,
    });
  }
  return out;
}

/** One step of the impact walk: `id` was reached at `depth` from `parentId` over an edge of `edge` kind. */
export interface ImpactStepRow {
  kind: NodeKind;
  id: string;
  depth: number;
  parentKind: NodeKind;
  parentId: string;
  edge: EdgeKind;
}

/**
 * Everything that depends on a service or resource, directly or transitively:
 * a recursive walk against the edges (dependents of a resource are the services
 * using it; of a service, the services bundling or using it and the virtual
 * resources it supplies). Rows are (node, depth, parent, edge) combined with
 * UNION, so a cycle only repeats nodes at growing depth up to `maxDepth` and
 * the walk always ends; the caller keeps the shortest depth of each node.
 * At most `maxRows` rows are returned (the caller reports truncation).
 */
export async function impactWalk(ex: Executor, start: { kind: NodeKind; id: string }, vis: Visibility, maxDepth: number, maxRows: number): Promise<ImpactStepRow[]> {
  const hits = versionsLinkingTo(sql`case when w.kind = 'resource' then w.id end`, sql`case when w.kind = 'service' then w.id end`);
  const rows = await queryRows<{ kind: NodeKind; id: string; depth: number; parent_kind: NodeKind; parent_id: string; edge: EdgeKind }>(
    ex,
    sql`with recursive walk(kind, id, depth, parent_kind, parent_id, edge) as (
          select ${start.kind}::text, ${start.id}::uuid, 0, null::text, null::uuid, null::text
          union
          select e.kind, e.id, w.depth + 1, w.kind, w.id, e.edge
            from walk w
            cross join lateral (
              select 'service'::text as kind, d.service_id as id, d.edge from (${servicesOfVersions(hits, vis)}) d
              union all
              select 'resource'::text, res.id, 'suppliedBy'::text from resources res where w.kind = 'service' and res.supplier_service_id = w.id
            ) e
           where w.depth < ${maxDepth})
        select kind, id, depth, parent_kind, parent_id, edge from walk where depth > 0 limit ${maxRows}`,
  );
  return rows.map((r) => ({ kind: r.kind, id: r.id, depth: Number(r.depth), parentKind: r.parent_kind, parentId: r.parent_id, edge: r.edge }));
}

/** The active service manager (R13) of each service: name and e-mail. */
export async function serviceManagersOf(ex: Executor, serviceIds: string[]): Promise<Map<string, { name: string; email: string }>> {
  const out = new Map<string, { name: string; email: string }>();
  if (serviceIds.length === 0) return out;
  const rows = await queryRows<{ service_id: string; given_name: string; family_name: string; email: string }>(
    ex,
    sql`select distinct on (ra.scope_id) ra.scope_id as service_id, p.given_name, p.family_name, p.email
          from role_assignments ra join people p on p.id = ra.person_id
         where ra.scope_id = any(${uuidArray([...new Set(serviceIds)])}) and ra.role = 'serviceOwner' and ra.ended_at is null
         order by ra.scope_id, ra.created_at`,
  );
  for (const r of rows) out.set(r.service_id, { name: `${r.given_name} ${r.family_name}`, email: r.email });
  return out;
}
