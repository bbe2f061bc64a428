import type { TFunction } from 'i18next';
import { localized } from '../../i18n.js';
import type { Service } from './shared.js';

/** Fields whose value is one code of an enumeration, translated by `enum.<key>.<code>`. */
const ENUM_FIELDS: Record<string, string> = {
  recipientType: 'recipientType',
  complexity: 'complexity',
  lifecycleStage: 'lifecycleStage',
  processingMode: 'processingMode',
  kind: 'indicatorKind',
};

/** Id lists of a description: compared as sets, shown as names. */
export const SET_FIELDS = new Set(['targetGroups', 'keywords', 'needIds', 'resourceIds', 'componentIds', 'dependsOnIds', 'replacesIds', 'mergesIds', 'channelPoints']);

/** Names of everything the two versions refer to by id, so a diff shows names instead of ids. */
export function namesOf(lang: string, versions: (Service | undefined)[]): Map<string, string> {
  const names = new Map<string, string>();
  const ref = (r: { id: string; code: string; nameLv: string | null; nameEn?: string | null }) => names.set(r.id, `${localized(lang, r.nameLv, r.nameEn) || r.code} (${r.code})`);
  for (const v of versions) {
    if (!v) continue;
    v.needs.forEach(ref);
    v.resources.forEach(ref);
    v.components.forEach(ref);
    v.dependencies.forEach(ref);
    [...v.lineage.replaces, ...v.lineage.merges].forEach(ref);
    v.providers.forEach((p) => ref(p.institution));
    if (v.activityDirection) ref(v.activityDirection);
    v.channelPoints.forEach(ref);
  }
  return names;
}

/** "serviceLevelTerms[0].indicators[1].target" → "PLVN … › 1. › Rādītājs 2. › Mērķa vērtība". */
export function fieldLabel(t: TFunction, path: string): string {
  const m = /^([A-Za-z]+)(.*)$/.exec(path);
  if (!m) return path;
  const [, top, rest] = m;
  const parts = [t(`field.${top}`, { defaultValue: top })];
  for (const seg of rest.match(/\[\d+\]|\.[A-Za-z]+/g) ?? []) {
    if (seg.startsWith('[')) parts.push(`${Number(seg.slice(1, -1)) + 1}.`);
    else {
      const key = seg.slice(1);
      const known: Record<string, string> = { indicators: 'view.indicator', target: 'view.target', unit: 'view.unit', values: 'view.values', kind: 'view.kind', appliesToLv: 'view.appliesTo', serviceLevelTerms: 'view.providerPlvn', article: 'view.article' };
      parts.push(known[key] ? t(known[key]) : t(`field.${key}`, { defaultValue: key }));
    }
  }
  return parts.join(' › ');
}

/** The last plain key of a path (`fee.free` → `free`), for choosing how to show a value. */
const lastKey = (path: string): string => /([A-Za-z]+)(?:\[\d+\])?$/.exec(path)?.[1] ?? path;

/** One list item of a set field as readable text. */
export function itemText(t: TFunction, field: string, item: unknown, names: Map<string, string>): string {
  if (field === 'targetGroups') return t(`enum.targetGroup.${String(item)}`, { defaultValue: String(item) });
  if (field === 'channelPoints' && item && typeof item === 'object') {
    const c = item as { channelPointId: string; phase: string };
    return `${names.get(c.channelPointId) ?? c.channelPointId} — ${t(`enum.phase.${c.phase}`)}`;
  }
  if (typeof item === 'string') return names.get(item) ?? item;
  return valueText(t, field, item, names);
}

/** A value of any shape as readable text (objects as "key: value" lines). */
export function valueText(t: TFunction, path: string, value: unknown, names: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return t('history.empty');
  const key = lastKey(path);
  if (typeof value === 'boolean') return value ? t('common:yes') : t('common:no');
  if (typeof value === 'string') {
    if (ENUM_FIELDS[key]) return t(`enum.${ENUM_FIELDS[key]}.${value}`, { defaultValue: value });
    return names.get(value) ?? value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((x) => itemText(t, key, x, names)).join('\n');
  const obj = value as Record<string, unknown>;
  if (typeof obj.institutionId === 'string') {
    const terms = Array.isArray(obj.serviceLevelTerms) ? obj.serviceLevelTerms.length : 0;
    return `${names.get(obj.institutionId) ?? obj.institutionId}${terms ? ` (${t('view.providerPlvn')}: ${terms})` : ''}`;
  }
  return Object.entries(obj)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${fieldLabel(t, k)}: ${valueText(t, k, v, names)}`)
    .join('\n');
}
