/**
 * Field-by-field comparison of two service descriptions (pure, no I/O), used
 * for version history and for showing what a draft changes against the
 * published version.
 */
import type { ChannelUse, FieldChange, ProviderEntry, ServiceDescription } from './services.model.js';

/** Every field of a description, in the order the register shows them (and diffs report them). */
export const DESCRIPTION_FIELDS = [
  'nameLv',
  'nameEn',
  'nameParts',
  'descriptionLv',
  'descriptionEn',
  'recipientType',
  'targetGroups',
  'complexity',
  'lifecycleStage',
  'activityDirectionId',
  'processingMode',
  'serviceLevelTerms',
  'fee',
  'legalBasis',
  'prerequisites',
  'requiredDocuments',
  'resultLv',
  'resultEn',
  'contacts',
  'keywords',
  'needIds',
  'channelPoints',
  'providers',
  'resourceIds',
  'componentIds',
  'dependsOnIds',
  'replacesIds',
  'mergesIds',
] as const satisfies readonly (keyof ServiceDescription)[];

// Compile-time guard: a field added to ServiceDescription must be added above too.
type MissingField = Exclude<keyof ServiceDescription, (typeof DESCRIPTION_FIELDS)[number]>;
const allFieldsListed: [MissingField] extends [never] ? true : never = true;
void allFieldsListed;

/** Lists whose order carries no meaning: compared as sets of strings. */
const STRING_SET_FIELDS = new Set<string>(['targetGroups', 'keywords', 'needIds', 'resourceIds', 'componentIds', 'dependsOnIds', 'replacesIds', 'mergesIds']);

const channelKey = (c: ChannelUse): string => `${c.channelPointId}:${c.phase}`;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * "Empty" as a reader sees it: absent (`undefined`), `null`, a blank string, an empty list, or
 * an object with nothing but empty parts (`contacts: { phone: null }`). Drafts store these
 * interchangeably (the editor writes `[]` and `''` where the import or an older version wrote
 * `null`), so a change between two of them is no change.
 */
export function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (isPlainObject(v)) return Object.values(v).every(isEmptyValue);
  return false;
}

/** Every kind of empty becomes `null`, so two empties compare equal and are reported as `null`. */
const norm = (v: unknown): unknown => (isEmptyValue(v) ? null : v);

/** Deep equality of JSON-like values, with every kind of empty (`undefined`, `null`, `''`, `[]`, `{}`) equal. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  a = norm(a);
  b = norm(b);
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!jsonEqual(a[k], b[k])) return false;
    return true;
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

/**
 * Deep diff of JSON values: objects by key, arrays by index, reporting the
 * deepest changed paths (`serviceLevelTerms[0].indicators[1].target`). A value
 * that changes shape (null ↔ object, object ↔ array, scalar) is reported whole.
 */
function diffJson(path: string, a: unknown, b: unknown, out: FieldChange[]): void {
  a = norm(a);
  b = norm(b);
  if (jsonEqual(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const p = `${path}[${i}]`;
      if (i >= a.length) out.push({ path: p, before: null, after: b[i] });
      else if (i >= b.length) out.push({ path: p, before: a[i], after: null });
      else diffJson(p, a[i], b[i], out);
    }
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
    for (const k of keys) diffJson(`${path}.${k}`, a[k], b[k], out);
    return;
  }
  out.push({ path, before: a, after: b });
}

function sameStringSet(a: readonly string[] | null, b: readonly string[] | null): boolean {
  const sa = new Set(a ?? []);
  const sb = new Set(b ?? []);
  if (sa.size !== sb.size) return false;
  for (const x of sa) if (!sb.has(x)) return false;
  // null and [] both mean "none", but a change between them is still no change to the reader.
  return true;
}

/**
 * Providers are keyed by institution: an added provider is reported at its
 * index in `b`, a removed one at its index in `a`, and a provider whose own PLVN
 * changed is deep-diffed at its index in `b`.
 */
function diffProviders(a: ProviderEntry[], b: ProviderEntry[], out: FieldChange[]): void {
  const inA = new Map(a.map((p, i) => [p.institutionId, i] as const));
  const inB = new Map(b.map((p, i) => [p.institutionId, i] as const));
  a.forEach((p, i) => {
    if (!inB.has(p.institutionId)) out.push({ path: `providers[${i}]`, before: p, after: null });
  });
  b.forEach((p, i) => {
    const ai = inA.get(p.institutionId);
    if (ai === undefined) out.push({ path: `providers[${i}]`, before: null, after: p });
    else diffJson(`providers[${i}].serviceLevelTerms`, a[ai].serviceLevelTerms, p.serviceLevelTerms, out);
  });
}

/**
 * Field-by-field differences from `a` (before) to `b` (after), in the field
 * order of `DESCRIPTION_FIELDS`. Scalar fields are reported by name; id lists,
 * target groups and keywords as sets (one change with both lists when the sets
 * differ; order alone is no change); channel points as a set of
 * (channel point, phase) pairs; providers by institution; JSON fields deeply,
 * with paths like `serviceLevelTerms[0].indicators[1].target`.
 */
export function diffDescriptions(a: ServiceDescription, b: ServiceDescription): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of DESCRIPTION_FIELDS) {
    const before = a[field];
    const after = b[field];
    if (STRING_SET_FIELDS.has(field)) {
      if (!sameStringSet(before as string[] | null, after as string[] | null)) out.push({ path: field, before, after });
    } else if (field === 'channelPoints') {
      if (!sameStringSet(a.channelPoints.map(channelKey), b.channelPoints.map(channelKey))) out.push({ path: field, before, after });
    } else if (field === 'providers') {
      diffProviders(a.providers, b.providers, out);
    } else {
      diffJson(field, before, after, out);
    }
  }
  return out;
}
