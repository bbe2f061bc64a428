/**
 * Builds the search documents of published services from the `service_listings`
 * read model (only SQL reads and writes; token building is pure, in
 * search.rules.ts). Called wherever `service_listings` is rebuilt, in the same
 * transaction, so the catalogue search never shows what the lists do not.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { loadChannelTypes } from '../channel-points/channel-points.service.js';
import { channelTypeMap, loadPolicyFiles } from '../policy/policy.data.js';
import { buildDocument, type SourceRow } from './search.rules.js';
import { publishedServiceIds } from '../services/services.queries.js';
import { publishedListingSql } from '../services/services.visibility.js';

const CHUNK = 1000;

/** Rebuilds the search documents of the given services (all when 'all'). */
export async function refreshSearchDocuments(ex: Executor, ids: string[] | 'all'): Promise<void> {
  if (ids !== 'all' && ids.length === 0) return;
  const uniq = ids === 'all' ? [] : [...new Set(ids)];
  if (ids === 'all') await ex.execute(sql`delete from search_documents`);
  else await ex.execute(sql`delete from search_documents where service_id = any(${toUuidArray(uniq)}::uuid[])`);
  const targets =
    ids === 'all'
      ? await publishedServiceIds(ex, 'any')
      : uniq;
  if (targets.length === 0) return;
  const envOf = await environments(ex);
  for (let i = 0; i < targets.length; i += CHUNK) {
    const chunk = targets.slice(i, i + CHUNK);
    const rows = await loadSources(ex, chunk);
    if (rows.length === 0) continue;
    const docs = rows.map((r) => buildDocument(r, envOf));
    const values = docs.map(
      (d) => sql`(${d.serviceId}::uuid, ${d.audience}, ${d.code}, ${d.ownerInstitutionId}::uuid, ${d.nameLv}, ${d.nameEn}, ${d.summaryLv}, ${d.summaryEn},
        ${d.nameFold}, ${d.nameEnFold}, ${d.digitalStatus}, ${d.free}::boolean, ${d.vpvkac}, ${toTextArray(d.channelEnvironments)}::text[],
        ${toTextArray(d.recipientGroups)}::text[], ${toUuidArray(d.lifeSituationIds)}::uuid[],
        setweight(to_tsvector('simple', ${d.weighted.A}), 'A') || setweight(to_tsvector('simple', ${d.weighted.B}), 'B') ||
        setweight(to_tsvector('simple', ${d.weighted.C}), 'C') || setweight(to_tsvector('simple', ${d.weighted.D}), 'D'))`,
    );
    await ex.execute(sql`
      insert into search_documents (service_id, audience, code, owner_institution_id, name_lv, name_en, summary_lv, summary_en, name_fold, name_en_fold,
                                    digital_status, free, vpvkac, channel_environments, recipient_groups, life_situation_ids, doc)
      values ${sql.join(values, sql`, `)}`);
    const terms = new Set<string>();
    for (const d of docs) for (const t of d.terms) terms.add(t);
    const list = [...terms];
    for (let j = 0; j < list.length; j += 5000) {
      await ex.execute(sql`insert into search_terms (term) select unnest(${toTextArray(list.slice(j, j + 5000))}::text[]) on conflict do nothing`);
    }
  }
}

/** A PostgreSQL array literal of plain strings (quoted, escaped). */
function toTextArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
const toUuidArray = (values: string[]): string => `{${values.join(',')}}`;

/** What a search document is built from, for the given published services. */
async function loadSources(ex: Executor, ids: string[]): Promise<SourceRow[]> {
  return queryRows<SourceRow>(
    ex,
    sql`
    select l.service_id as "serviceId", l.code, l.owner_institution_id as "ownerInstitutionId", l.name_lv as "nameLv", l.name_en as "nameEn",
           l.recipient_type as "recipientType", l.digital_status as "digitalStatus",
           coalesce(v.description_lv, tv.description_lv) as "descriptionLv", coalesce(v.description_en, tv.description_en) as "descriptionEn",
           coalesce(v.result_lv, tv.result_lv) as "resultLv", coalesce(v.result_en, tv.result_en) as "resultEn",
           coalesce(v.target_groups, tv.target_groups) as "targetGroups", coalesce(v.keywords, tv.keywords) as "keywords",
           coalesce(v.fee, tv.fee) as "fee",
           coalesce((select array_agg(distinct cp.channel_type) from service_version_channel_points x join channel_points cp on cp.id = x.channel_point_id
                      where x.version_id = v.id),
                    (select array_agg(distinct cp.channel_type) from service_version_channel_points x join channel_points cp on cp.id = x.channel_point_id
                      where x.version_id = tv.id), '{}') as "channelTypes",
           coalesce((select array_agg(distinct ln.life_situation_id) from life_situation_needs ln where ln.need_id = any(l.need_ids)), '{}') as "lifeSituationIds",
           coalesce((select array_agg(n.name_lv || ' ' || coalesce(n.name_en, '')) from needs n where n.id = any(l.need_ids)), '{}') as "needNames",
           coalesce((select array_agg(distinct ls.name_lv || ' ' || coalesce(ls.name_en, '')) from life_situation_needs ln join life_situations ls on ls.id = ln.life_situation_id
                      where ln.need_id = any(l.need_ids)), '{}') as "lifeSituationNames"
      from service_listings l
      join service_versions v on v.id = l.version_id
      left join services ts on ts.id = l.template_service_id
      left join service_versions tv on tv.id = ts.published_version_id
     where ${publishedListingSql('any', 'l')} and l.service_id = any(${toUuidArray(ids)}::uuid[])`,
  );
}

/**
 * Channel type → environment, from the active policy version; a database
 * without one (seeded before the reference data) uses the policy files, newest last.
 */
let fallback: Map<string, string> | null = null;

async function environments(ex: Executor): Promise<(channelType: string) => string | null> {
  const active = await loadChannelTypes(ex);
  let map = new Map<string, string>([...active.values()].map((t) => [t.code, t.environment]));
  if (map.size === 0) {
    if (!fallback) {
      const files = loadPolicyFiles();
      const last = files[files.length - 1];
      fallback = last ? new Map([...channelTypeMap(last.document).values()].map((t) => [t.code, t.environment])) : new Map();
    }
    map = fallback;
  }
  return (t) => map.get(t) ?? null;
}
