/**
 * Use cases of open data: read-only, anonymous, published public-catalogue data
 * only. Services are assembled in chunks (a few queries per chunk, never one
 * per service) so a national-scale export stays within memory and time.
 */
import { allowedLinkOrNull } from '../../shared/urls.js';
import { NotFoundError } from '../../platform/errors.js';
import type { Executor } from '../../platform/db/database.js';
import { iso } from '../../platform/http/schemas.js';
import { activePolicyVersion } from '../policy/policy.queries.js';
import { resolveEffectiveDescription } from '../services/services.rules.js';
import * as repo from './open-data.repository.js';
import { VPVKAC_CHANNEL_TYPE, type OpenChannel, type OpenInstitution, type OpenRef, type OpenService } from './open-data.model.js';
import type { OpenListQuery } from './open-data.schemas.js';

/** Reference data every chunk of services needs, loaded once per export. */
export interface OpenReference {
  institutions: Map<string, repo.InstitutionRow>;
  needs: Map<string, repo.NeedRow>;
  lifeSituations: Map<string, repo.LifeSituationRow>;
  channelTypes: Map<string, { nameLv: string; nameEn: string; environment: string; digital: boolean }>;
}

export async function loadReference(ex: Executor): Promise<OpenReference> {
  const policy = await activePolicyVersion(ex);
  return {
    institutions: new Map((await repo.findInstitutions(ex, 'all')).map((i) => [i.id, i])),
    needs: new Map((await repo.allNeeds(ex)).map((n) => [n.id, n])),
    lifeSituations: new Map((await repo.findLifeSituations(ex)).map((l) => [l.id, l])),
    channelTypes: new Map((policy?.document.channelTypes ?? []).map((c) => [c.code, { nameLv: c.nameLv, nameEn: c.nameEn, environment: c.environment, digital: c.digital }])),
  };
}

export const toOpenInstitution = (i: repo.InstitutionRow): OpenInstitution => ({
  code: i.code,
  nameLv: i.name_lv,
  nameEn: i.name_en,
  registrationNumber: i.registration_number,
  shortName: i.short_name,
  group: i.group_code,
  kind: i.kind,
  parentCode: i.parent_code,
  website: allowedLinkOrNull(i.website),
  email: i.email,
});

const ref = (r: { code: string; name_lv: string; name_en: string | null }): OpenRef => ({ code: r.code, nameLv: r.name_lv, nameEn: r.name_en });
const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const toIso = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();

/** The open descriptions of the given services (those not published and public are left out), in code order. */
export async function assembleServices(ex: Executor, ids: string[], refData: OpenReference): Promise<OpenService[]> {
  const { rows, versions, descriptions } = await repo.loadPublished(ex, ids);
  const effective = new Map(
    rows.map((r) => {
      const own = descriptions.get(r.published_version_id)!;
      const template = r.template_version_id ? (descriptions.get(r.template_version_id) ?? null) : null;
      return [r.id, resolveEffectiveDescription(template, own)];
    }),
  );
  const all = [...effective.values()];
  const cps = new Map((await repo.findChannelPoints(ex, [...new Set(all.flatMap((d) => d.channelPoints.map((c) => c.channelPointId)))])).map((c) => [c.id, c]));
  const directions = new Map((await repo.findActivityDirections(ex, [...new Set(all.map((d) => d.activityDirectionId).filter((x): x is string => !!x))])).map((a) => [a.id, a]));
  const out: OpenService[] = [];
  for (const r of rows) {
    const d = effective.get(r.id)!;
    const v = versions.get(r.published_version_id)!;
    const owner = refData.institutions.get(r.owner_institution_id);
    if (!d.recipientType || !['publicIndividual', 'publicGeneral'].includes(d.recipientType) || !owner) continue;
    const channels = new Map<string, OpenChannel>();
    for (const use of d.channelPoints) {
      const cp = cps.get(use.channelPointId);
      if (!cp) continue;
      const existing = channels.get(cp.id);
      if (existing) {
        if (!existing.phases.includes(use.phase)) existing.phases.push(use.phase);
        continue;
      }
      const type = refData.channelTypes.get(cp.channel_type);
      channels.set(cp.id, {
        code: cp.code,
        phases: [use.phase],
        channelType: cp.channel_type,
        channelTypeNameLv: type?.nameLv ?? null,
        channelTypeNameEn: type?.nameEn ?? null,
        environment: type?.environment ?? null,
        digital: type ? type.digital : null,
        nameLv: cp.name_lv,
        nameEn: cp.name_en,
        institution: refData.institutions.has(cp.institution_id) ? ref(refData.institutions.get(cp.institution_id)!) : null,
        url: allowedLinkOrNull(cp.url),
        address: cp.address,
        phone: cp.phone,
        email: cp.email,
        openingHours: cp.opening_hours,
        accessibilityNotesLv: cp.accessibility_notes_lv,
        accessibilityNotesEn: cp.accessibility_notes_en,
      });
    }
    const needs = d.needIds.map((id) => refData.needs.get(id)).filter((n): n is repo.NeedRow => !!n);
    const lsIds = [...new Set(needs.flatMap((n) => n.life_situation_ids))];
    const direction = d.activityDirectionId ? directions.get(d.activityDirectionId) : undefined;
    out.push({
      code: r.code,
      nameLv: d.nameLv ?? r.code,
      nameEn: d.nameEn,
      descriptionLv: d.descriptionLv,
      descriptionEn: d.descriptionEn,
      resultLv: d.resultLv,
      resultEn: d.resultEn,
      recipientType: d.recipientType,
      targetGroups: [...(d.targetGroups ?? [])],
      complexity: d.complexity,
      lifecycleStage: d.lifecycleStage,
      processingMode: d.processingMode,
      digitalStatus: v.digitalStatus,
      digitalByPhase: v.digitalByPhase ?? null,
      availableAtVpvkac: [...channels.values()].some((c) => c.channelType === VPVKAC_CHANNEL_TYPE),
      isTemplate: r.is_template,
      templateCode: r.template_code,
      owner: toOpenInstitution(owner),
      providers: d.providers
        .map((p) => ({ p, i: refData.institutions.get(p.institutionId) }))
        .filter((x): x is { p: (typeof d.providers)[number]; i: repo.InstitutionRow } => !!x.i)
        .map(({ p, i }) => ({ ...ref(i), serviceLevelTerms: p.serviceLevelTerms }))
        .sort(byCode),
      serviceLevelTerms: d.serviceLevelTerms ?? [],
      fee: d.fee,
      requiredDocuments: d.requiredDocuments ?? [],
      prerequisites: d.prerequisites ?? [],
      // Links stored before the URL rule are published only when allowed (src/shared/urls.ts).
      legalBasis: (d.legalBasis ?? []).map((b) => ({ ...b, url: allowedLinkOrNull(b.url) })),
      contacts: d.contacts ? { phone: d.contacts.phone ?? null, email: d.contacts.email ?? null, url: allowedLinkOrNull(d.contacts.url) } : null,
      keywords: d.keywords ?? [],
      activityDirection: direction ? ref(direction) : null,
      channels: [...channels.values()].sort(byCode),
      needs: needs.map(ref).sort(byCode),
      lifeSituations: lsIds
        .map((id) => refData.lifeSituations.get(id))
        .filter((l): l is repo.LifeSituationRow => !!l)
        .map(ref)
        .sort(byCode),
      versionNo: v.versionNo,
      publishedAt: iso(v.publishedAt),
      updatedAt: toIso(r.updated_at),
    });
  }
  return out;
}

/** Every open service in code order, `chunkSize` at a time. */
export async function* iterateOpenServices(ex: Executor, chunkSize = 500): AsyncGenerator<OpenService[]> {
  const refData = await loadReference(ex);
  let after: string | null = null;
  for (;;) {
    const page = await repo.openServiceIdsAfter(ex, after, chunkSize);
    if (page.length === 0) return;
    after = page[page.length - 1].code;
    yield await assembleServices(ex, page.map((p) => p.id), refData);
    if (page.length < chunkSize) return;
  }
}

/** One open service by code; drafts, archived and inter-institutional services are not found. */
export async function getOpenService(ex: Executor, code: string): Promise<OpenService> {
  const id = await repo.openServiceIdByCode(ex, code);
  const found = id ? (await assembleServices(ex, [id], await loadReference(ex)))[0] : undefined;
  if (!found) throw new NotFoundError('service', code);
  return found;
}

export async function listOpenServices(ex: Executor, q: OpenListQuery) {
  const { rows, total } = await repo.listOpenServices(
    ex,
    { institutionCode: q.institution, lifeSituationCode: q.lifeSituation, recipientType: q.recipientType, updatedSince: q.updatedSince },
    q.page,
    q.pageSize,
  );
  return {
    items: rows.map((r) => ({
      code: r.code,
      nameLv: r.name_lv ?? r.code,
      nameEn: r.name_en,
      recipientType: r.recipient_type,
      digitalStatus: r.digital_status,
      isTemplate: r.is_template,
      institution: { code: r.owner_code, nameLv: r.owner_name_lv, nameEn: r.owner_name_en },
      updatedAt: toIso(r.updated_at),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

function toOpenLifeSituation(l: repo.LifeSituationRow, needs: Map<string, repo.NeedRow>) {
  return {
    code: l.code,
    nameLv: l.name_lv,
    nameEn: l.name_en,
    descriptionLv: l.description_lv,
    descriptionEn: l.description_en,
    audience: l.audience,
    needs: l.need_ids
      .map((id) => needs.get(id))
      .filter((n): n is repo.NeedRow => !!n)
      .map(ref)
      .sort(byCode),
    updatedAt: toIso(l.updated_at),
  };
}

/** Every life situation with its needs (a short list: no paging needed). */
export async function listOpenLifeSituations(ex: Executor) {
  const needs = new Map((await repo.allNeeds(ex)).map((n) => [n.id, n]));
  const items = (await repo.findLifeSituations(ex)).map((l) => toOpenLifeSituation(l, needs));
  return { items, total: items.length };
}

/** One life situation with its needs and the codes of the open services that meet them. */
export async function getOpenLifeSituation(ex: Executor, code: string) {
  const [l] = await repo.findLifeSituations(ex, code);
  if (!l) throw new NotFoundError('lifeSituation', code);
  const needs = new Map((await repo.allNeeds(ex)).map((n) => [n.id, n]));
  return { ...toOpenLifeSituation(l, needs), serviceCodes: await repo.openServiceCodesForNeeds(ex, l.need_ids) };
}

export async function listOpenInstitutions(ex: Executor, q: { page: number; pageSize: number }) {
  const { rows, total } = await repo.listOpenInstitutions(ex, q.page, q.pageSize);
  return { items: rows.map((r) => ({ ...toOpenInstitution(r), serviceCount: Number(r.service_count) })), total, page: q.page, pageSize: q.pageSize };
}

/** One institution with the codes of its open services (any institution of the register, even one without them). */
export async function getOpenInstitution(ex: Executor, code: string) {
  const i = await repo.findInstitutionByCode(ex, code);
  if (!i) throw new NotFoundError('institution', code);
  return { ...toOpenInstitution(i), serviceCodes: await repo.openServiceCodesOf(ex, i.id) };
}
