import type { Schemas } from '../../api/client.js';
import { MAX_NAME_WORDS, MIN_NAME_WORDS } from '../../../../shared/enums.js';

export type Service = Schemas['Service'];
export type CreateBody = Schemas['ServiceCreateInput'];
export type UpdateBody = Schemas['ServiceUpdateInput'];
export type TermsSet = Schemas['ServiceLevelTermsSetInput'];
export type Indicator = Schemas['ServiceLevelIndicatorInput'];
export type Report = Schemas['ServiceValidationReport'];
export type Issue = Report['errors'][number];
export type ChannelUse = Schemas['ServiceChannelUseInput'];

/** Fields an instance of a unified service may set itself (the rest comes from its template). */
export const OVERRIDABLE = ['channelPoints', 'contacts', 'fee', 'providers', 'activityDirectionId', 'lifecycleStage', 'serviceLevelTerms'] as const;

/** The editor's form: plain strings for inputs ('' = empty), lists as the API has them. */
export interface FormState {
  ownerInstitutionId: string;
  templateServiceId: string;
  managerPersonId: string;
  nameLv: string;
  nameEn: string;
  nameParts: { object: string; action: string; info: string };
  descriptionLv: string;
  descriptionEn: string;
  resultLv: string;
  recipientType: string;
  targetGroups: string[];
  complexity: string;
  lifecycleStage: string;
  activityDirectionId: string;
  processingMode: string;
  fee: { free: boolean; amountEur: string; descriptionLv: string };
  legalBasis: { act: string; article: string; url: string }[];
  prerequisites: { lv: string; en: string }[];
  requiredDocuments: { lv: string; en: string }[];
  contacts: { phone: string; email: string; url: string };
  needIds: string[];
  channelPoints: ChannelUse[];
  providers: { institutionId: string; serviceLevelTerms: TermsSet[] | null }[];
  serviceLevelTerms: TermsSet[];
  resourceIds: string[];
  componentIds: string[];
  dependsOnIds: string[];
  /** Display names of everything picked by id (needs, channel points, institutions, services, resources). */
  labels: Record<string, string>;
  /** Channel point id → channel type code, for the live digital status. */
  channelTypes: Record<string, string>;
}

export function emptyForm(ownerInstitutionId = ''): FormState {
  return {
    ownerInstitutionId,
    templateServiceId: '',
    managerPersonId: '',
    nameLv: '',
    nameEn: '',
    nameParts: { object: '', action: '', info: '' },
    descriptionLv: '',
    descriptionEn: '',
    resultLv: '',
    recipientType: '',
    targetGroups: [],
    complexity: '',
    lifecycleStage: '',
    activityDirectionId: '',
    processingMode: '',
    fee: { free: true, amountEur: '', descriptionLv: '' },
    legalBasis: [],
    prerequisites: [],
    requiredDocuments: [],
    contacts: { phone: '', email: '', url: '' },
    needIds: [],
    channelPoints: [],
    providers: [],
    serviceLevelTerms: [],
    resourceIds: [],
    componentIds: [],
    dependsOnIds: [],
    labels: {},
    channelTypes: {},
  };
}

const s = (v: string | null | undefined): string => v ?? '';

/** The form for a stored service (its effective description, with display names of what it refers to). */
export function formOf(svc: Service): FormState {
  const d = svc.description;
  const labels: Record<string, string> = {};
  const channelTypes: Record<string, string> = {};
  for (const n of svc.needs) labels[n.id] = n.nameLv;
  for (const c of svc.channelPoints) {
    labels[c.id] = c.nameLv;
    channelTypes[c.id] = c.channelType;
  }
  for (const p of svc.providers) labels[p.institution.id] = p.institution.nameLv;
  for (const r of svc.resources) labels[r.id] = r.nameLv;
  for (const x of [...svc.components, ...svc.dependencies]) labels[x.id] = x.nameLv ?? x.code;
  return {
    ownerInstitutionId: svc.owner.id,
    templateServiceId: svc.template?.id ?? '',
    managerPersonId: svc.manager?.id ?? '',
    nameLv: s(d.nameLv),
    nameEn: s(d.nameEn),
    nameParts: { object: s(d.nameParts?.object), action: s(d.nameParts?.action), info: s(d.nameParts?.info) },
    descriptionLv: s(d.descriptionLv),
    descriptionEn: s(d.descriptionEn),
    resultLv: s(d.resultLv),
    recipientType: s(d.recipientType),
    targetGroups: [...(d.targetGroups ?? [])],
    complexity: s(d.complexity),
    lifecycleStage: s(d.lifecycleStage),
    activityDirectionId: s(d.activityDirectionId),
    processingMode: s(d.processingMode),
    fee: { free: d.fee?.free ?? true, amountEur: d.fee?.amountEur != null ? String(d.fee.amountEur) : '', descriptionLv: s(d.fee?.descriptionLv) },
    legalBasis: (d.legalBasis ?? []).map((l) => ({ act: l.act, article: s(l.article), url: s(l.url) })),
    prerequisites: (d.prerequisites ?? []).map((p) => ({ lv: p.lv, en: s(p.en) })),
    requiredDocuments: (d.requiredDocuments ?? []).map((p) => ({ lv: p.lv, en: s(p.en) })),
    contacts: { phone: s(d.contacts?.phone), email: s(d.contacts?.email), url: s(d.contacts?.url) },
    needIds: [...d.needIds],
    channelPoints: d.channelPoints.map((c) => ({ channelPointId: c.channelPointId, phase: c.phase })),
    providers: d.providers.map((p) => ({ institutionId: p.institutionId, serviceLevelTerms: (p.serviceLevelTerms as TermsSet[] | null) ?? null })),
    serviceLevelTerms: (d.serviceLevelTerms as TermsSet[] | null) ?? [],
    resourceIds: [...d.resourceIds],
    componentIds: [...d.componentIds],
    dependsOnIds: [...d.dependsOnIds],
    labels,
    channelTypes,
  };
}

const opt = (v: string): string | null => (v.trim() === '' ? null : v.trim());
const num = (v: string): number | null => (v.trim() === '' || Number.isNaN(Number(v.replace(',', '.'))) ? null : Number(v.replace(',', '.')));

/** The description fields of the form as the API writes them (every field present, so the stored draft becomes exactly the form). */
export function descriptionOf(f: FormState): UpdateBody {
  const parts = f.nameParts.object.trim() && f.nameParts.action.trim() ? { object: f.nameParts.object.trim(), action: f.nameParts.action.trim(), info: opt(f.nameParts.info) } : null;
  return {
    nameLv: opt(f.nameLv),
    nameEn: opt(f.nameEn),
    nameParts: parts,
    descriptionLv: opt(f.descriptionLv),
    descriptionEn: opt(f.descriptionEn),
    resultLv: opt(f.resultLv),
    recipientType: (opt(f.recipientType) as UpdateBody['recipientType']) ?? null,
    targetGroups: f.targetGroups as UpdateBody['targetGroups'],
    complexity: (opt(f.complexity) as UpdateBody['complexity']) ?? null,
    lifecycleStage: (opt(f.lifecycleStage) as UpdateBody['lifecycleStage']) ?? null,
    activityDirectionId: opt(f.activityDirectionId),
    processingMode: (opt(f.processingMode) as UpdateBody['processingMode']) ?? null,
    fee: { free: f.fee.free, amountEur: f.fee.free ? null : num(f.fee.amountEur), descriptionLv: opt(f.fee.descriptionLv) },
    legalBasis: f.legalBasis.filter((l) => l.act.trim()).map((l) => ({ act: l.act.trim(), article: opt(l.article), url: opt(l.url) })),
    prerequisites: f.prerequisites.filter((p) => p.lv.trim()).map((p) => ({ lv: p.lv.trim(), en: opt(p.en) })),
    requiredDocuments: f.requiredDocuments.filter((p) => p.lv.trim()).map((p) => ({ lv: p.lv.trim(), en: opt(p.en) })),
    contacts: f.contacts.phone.trim() || f.contacts.email.trim() || f.contacts.url.trim() ? { phone: opt(f.contacts.phone), email: opt(f.contacts.email), url: opt(f.contacts.url) } : null,
    needIds: f.needIds,
    channelPoints: f.channelPoints,
    providers: f.providers.map((p) => ({ institutionId: p.institutionId, serviceLevelTerms: p.serviceLevelTerms })),
    serviceLevelTerms: f.serviceLevelTerms,
    resourceIds: f.resourceIds,
    componentIds: f.componentIds,
    dependsOnIds: f.dependsOnIds,
  };
}

/** For an instance of a unified service only the fields it may override are written. */
export function writableOf(f: FormState, inherited: readonly string[] = [], loaded?: UpdateBody): UpdateBody {
  const d = descriptionOf(f);
  if (!f.templateServiceId) return d;
  const out: Record<string, unknown> = {};
  for (const k of OVERRIDABLE) {
    // An inherited field that the user left as it was stays inherited.
    if (inherited.includes(k) && loaded && same(d[k], loaded[k])) continue;
    out[k] = d[k];
  }
  return out as UpdateBody;
}

export function createBodyOf(f: FormState): CreateBody {
  const body: CreateBody = { ownerInstitutionId: f.ownerInstitutionId, isTemplate: false, ...(f.templateServiceId ? writableOf(f) : descriptionOf(f)) };
  if (f.templateServiceId) body.templateServiceId = f.templateServiceId;
  return body;
}

/** Equal as data: an absent optional part and a null one are the same (the API writes some as null, omits others). */
export function same(a: unknown, b: unknown): boolean {
  const norm = (_k: string, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null && x !== undefined).sort(([x], [y]) => x.localeCompare(y)))
      : v;
  return JSON.stringify(a ?? null, norm) === JSON.stringify(b ?? null, norm);
}

/** Words of a name, as the naming rule counts them (tokens with a letter or digit). */
export function nameWordCount(name: string): number {
  return name.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
export const NAME_WORDS = { min: MIN_NAME_WORDS, max: MAX_NAME_WORDS };

/** The name the parts make: "Būvatļaujas izsniegšana privātpersonām". */
export function nameFromParts(p: FormState['nameParts']): string {
  const text = [p.object, p.action, p.info].map((x) => x.trim()).filter(Boolean).join(' ');
  return text ? text[0].toLocaleUpperCase('lv') + text.slice(1) : '';
}

/** The form field a problem path belongs to: `providers[0].institutionId` → `providers`. */
export function fieldOfPath(path: string): string {
  return path.split(/[.[]/)[0] || '';
}

/** Fields where the two descriptions differ (for the conflict view). */
export function changedFields(a: UpdateBody, b: UpdateBody): (keyof UpdateBody)[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof UpdateBody)[]);
  return [...keys].filter((k) => !same(a[k], b[k]));
}

/* Autosave: a copy of the form in this browser, per service, so nothing typed is lost. */
const draftKey = (id: string | undefined, templateId?: string | null) => `darbvieta.service-editor.${id ?? (templateId ? `new-${templateId}` : 'new')}`;
export interface SavedDraft {
  form: FormState;
  savedAt: string;
}
export function loadDraft(id: string | undefined, templateId?: string | null): SavedDraft | null {
  try {
    const raw = localStorage.getItem(draftKey(id, templateId));
    return raw ? (JSON.parse(raw) as SavedDraft) : null;
  } catch {
    return null;
  }
}
export function storeDraft(id: string | undefined, templateId: string | null | undefined, form: FormState): void {
  try {
    localStorage.setItem(draftKey(id, templateId), JSON.stringify({ form, savedAt: new Date().toISOString() }));
  } catch {
    /* storage full or disabled: the form still works */
  }
}
export function clearDraft(id: string | undefined, templateId?: string | null): void {
  localStorage.removeItem(draftKey(id, templateId));
}
