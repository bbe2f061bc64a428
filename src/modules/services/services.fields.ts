/**
 * The one list of description fields and what each becomes on the way in and
 * out: the editor's input (the Zod `ServiceCreate`/`ServiceUpdate` contract) →
 * the description (`applyInput`), the description → the version's columns
 * (`VERSION_COLUMN_FIELDS`, written by every insert and update) or its link
 * tables (`LINK_TABLE_FIELDS`), and the description → the response
 * (`copyDescription`, used by the presenter). Pure, no I/O.
 *
 * The maps below are typed over every field, so a field added to
 * `ServiceDescription` does not compile until it is mapped here;
 * services.fields.test.ts checks the same against the Zod schemas and the table.
 */
import { DESCRIPTION_FIELDS } from './services.diff.js';
import { VERSION_COLUMN_FIELDS, type ServiceDescription } from './services.model.js';
import type { DescriptionInput } from './services.schemas.js';

export { DESCRIPTION_FIELDS, VERSION_COLUMN_FIELDS };

export type DescriptionField = (typeof DESCRIPTION_FIELDS)[number];

/** The description fields stored as rows of a version's link tables (the rest are columns). */
export const LINK_TABLE_FIELDS = ['needIds', 'channelPoints', 'providers', 'resourceIds', 'componentIds', 'dependsOnIds', 'replacesIds', 'mergesIds'] as const satisfies readonly DescriptionField[];
export type LinkTableField = (typeof LINK_TABLE_FIELDS)[number];

// Compile-time guard: every field is a column or a link table, never neither.
type Unstored = Exclude<DescriptionField, (typeof VERSION_COLUMN_FIELDS)[number] | LinkTableField>;
const everyFieldStored: [Unstored] extends [never] ? true : never = true;
void everyFieldStored;

const same = <T>(v: T): T => v;
const idSet = (v: string[]): string[] => [...new Set(v)].sort();

/** How a field given in the editor's input becomes the description's value ("null clears, lists replace"). */
const FROM_INPUT: { [K in DescriptionField]: (v: Exclude<DescriptionInput[K], undefined>) => ServiceDescription[K] } = {
  nameLv: same,
  nameEn: same,
  nameParts: (v) => (v ? { object: v.object, action: v.action, info: v.info ?? null } : null),
  descriptionLv: same,
  descriptionEn: same,
  recipientType: same,
  targetGroups: same,
  complexity: same,
  lifecycleStage: same,
  activityDirectionId: same,
  processingMode: same,
  serviceLevelTerms: same,
  fee: same,
  legalBasis: same,
  prerequisites: same,
  requiredDocuments: same,
  resultLv: same,
  resultEn: same,
  contacts: same,
  keywords: same,
  needIds: idSet,
  channelPoints: (v) => v.map((c) => ({ channelPointId: c.channelPointId, phase: c.phase })),
  providers: (v) => v.map((p) => ({ institutionId: p.institutionId, serviceLevelTerms: p.serviceLevelTerms ?? null })),
  resourceIds: idSet,
  componentIds: idSet,
  dependsOnIds: idSet,
  replacesIds: idSet,
  mergesIds: idSet,
};

/** How a field is copied into a response (lists copied, so nothing else on the objects leaks). */
const COPY: { [K in DescriptionField]: (v: ServiceDescription[K]) => ServiceDescription[K] } = {
  nameLv: same,
  nameEn: same,
  nameParts: same,
  descriptionLv: same,
  descriptionEn: same,
  recipientType: same,
  targetGroups: same,
  complexity: same,
  lifecycleStage: same,
  activityDirectionId: same,
  processingMode: same,
  serviceLevelTerms: same,
  fee: same,
  legalBasis: same,
  prerequisites: same,
  requiredDocuments: same,
  resultLv: same,
  resultEn: same,
  contacts: same,
  keywords: same,
  needIds: (v) => [...v],
  channelPoints: (v) => v.map((c) => ({ channelPointId: c.channelPointId, phase: c.phase })),
  providers: (v) => v.map((p) => ({ institutionId: p.institutionId, serviceLevelTerms: p.serviceLevelTerms })),
  resourceIds: (v) => [...v],
  componentIds: (v) => [...v],
  dependsOnIds: (v) => [...v],
  replacesIds: (v) => [...v],
  mergesIds: (v) => [...v],
};

const LINK_SET = new Set<string>(LINK_TABLE_FIELDS);

/** A description with nothing in it: columns null, lists empty. */
export function emptyDescription(): ServiceDescription {
  const d: Record<string, unknown> = {};
  for (const f of DESCRIPTION_FIELDS) d[f] = LINK_SET.has(f) ? [] : null;
  return d as unknown as ServiceDescription;
}

/** Applies the fields present in `input` to a description: null clears, lists replace, absent fields stay. */
export function applyInput(base: ServiceDescription, input: DescriptionInput): ServiceDescription {
  const d: Record<string, unknown> = { ...base };
  for (const f of DESCRIPTION_FIELDS) {
    const v = input[f];
    if (v !== undefined) d[f] = (FROM_INPUT[f] as (x: unknown) => unknown)(v);
  }
  return d as unknown as ServiceDescription;
}

/** Every field of a description, copied field by field (nothing else on the object comes along). */
export function copyDescription(d: ServiceDescription): ServiceDescription {
  const out: Record<string, unknown> = {};
  for (const f of DESCRIPTION_FIELDS) out[f] = (COPY[f] as (x: unknown) => unknown)(d[f]);
  return out as unknown as ServiceDescription;
}
