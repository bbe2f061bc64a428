import { describe, expect, it } from 'vitest';
import { getTableColumns } from 'drizzle-orm';
import { applyInput, DESCRIPTION_FIELDS, emptyDescription, LINK_TABLE_FIELDS, VERSION_COLUMN_FIELDS, type DescriptionField } from './services.fields.js';
import { versionColumnsOf } from './services.model.js';
import { toDescription } from './services.presenter.js';
import { linkRowsOf, recordsetOf } from './services.repository.js';
import { ServiceCreate, ServiceDescriptionSchema, ServiceUpdate } from './services.schemas.js';
import { serviceVersions } from './services.table.js';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const terms = [{ nameLv: 'Pamata nosacījumi', nameEn: null, appliesToLv: null, indicators: [{ kind: 'processingTime', nameLv: 'Izpildes termiņš', nameEn: null, target: 5, unit: 'dienas', values: null }] }];

/**
 * A value for every field of the description contract, as a client would send
 * it. Typed over the fields: a field added to the schema does not compile here
 * until it has a sample, and then must pass every check below.
 */
const SAMPLES: Record<DescriptionField, unknown> = {
  nameLv: 'Atļaujas izsniegšana',
  nameEn: 'Issuing a permit',
  nameParts: { object: 'Atļaujas', action: 'izsniegšana', info: null },
  descriptionLv: 'Apraksts',
  descriptionEn: 'Description',
  recipientType: 'publicIndividual',
  targetGroups: ['residents'],
  complexity: 'simple',
  lifecycleStage: 'provide',
  activityDirectionId: ID(1),
  processingMode: 'electronic',
  serviceLevelTerms: terms,
  fee: { free: false, amountEur: 10, descriptionLv: 'Valsts nodeva', descriptionEn: null },
  legalBasis: [{ act: 'Likums', article: '5. pants', url: null }],
  prerequisites: [{ lv: 'Priekšnoteikums', en: null }],
  requiredDocuments: [{ lv: 'Iesniegums', en: 'An application' }],
  resultLv: 'Rezultāts',
  resultEn: 'Result',
  contacts: { phone: '+371 67000000', email: 'info@example.lv', url: null },
  keywords: ['atļauja'],
  needIds: [ID(2)],
  channelPoints: [{ channelPointId: ID(3), phase: 'request' }],
  providers: [{ institutionId: ID(4), serviceLevelTerms: terms }],
  resourceIds: [ID(5)],
  componentIds: [ID(6)],
  dependsOnIds: [ID(7)],
  replacesIds: [ID(8)],
  mergesIds: [ID(9)],
};

const NOT_DESCRIPTION = new Set(['ownerInstitutionId', 'code', 'templateServiceId', 'isTemplate']);
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('description fields: one list drives input, storage and output', () => {
  it('the field list is exactly the description fields of the write contracts and of the response', () => {
    expect(sorted(Object.keys(ServiceUpdate.shape))).toEqual(sorted(DESCRIPTION_FIELDS));
    expect(sorted(Object.keys(ServiceCreate.shape).filter((k) => !NOT_DESCRIPTION.has(k)))).toEqual(sorted(DESCRIPTION_FIELDS));
    expect(sorted(Object.keys(ServiceDescriptionSchema.shape))).toEqual(sorted(DESCRIPTION_FIELDS));
    expect(sorted([...VERSION_COLUMN_FIELDS, ...LINK_TABLE_FIELDS])).toEqual(sorted(DESCRIPTION_FIELDS));
  });

  // The whole description at once, parsed by the contract, so a sample the schema would refuse fails here too.
  const input = ServiceUpdate.parse(SAMPLES);
  const d = applyInput(emptyDescription(), input);
  const versionId = ID(100);
  const versionRow = { id: versionId, serviceId: ID(101), versionNo: 1, state: 'draft', ...versionColumnsOf(d) };
  const { columns, data } = recordsetOf(serviceVersions, [versionRow]);
  const tableColumns = getTableColumns(serviceVersions) as Record<string, { name: string }>;
  const links = [...linkRowsOf([{ versionId, description: d }]).values()].flat();
  const out = toDescription(d) as unknown as Record<string, unknown>;

  it.each(DESCRIPTION_FIELDS.map((f) => [f]))('%s: the editor input maps it onto the description', (f) => {
    expect(d[f], `applyInput drops ${f}`).not.toEqual(emptyDescription()[f]);
    expect(d[f]).toEqual(SAMPLES[f]);
  });

  it.each(VERSION_COLUMN_FIELDS.map((f) => [f]))('%s: the insert writes it to its column of service_versions', (f) => {
    const column = tableColumns[f]?.name;
    expect(column, `service_versions has no column for ${f}`).toBeTruthy();
    expect(columns.map((c) => c.name)).toContain(column);
    expect(data[0][column]).toEqual(SAMPLES[f]);
  });

  it.each(LINK_TABLE_FIELDS.map((f) => [f]))('%s: the insert writes it as rows of its link table', (f) => {
    const ids = (SAMPLES[f] as unknown[]).map((x) => (typeof x === 'string' ? x : ((x as { channelPointId?: string; institutionId?: string }).channelPointId ?? (x as { institutionId: string }).institutionId)));
    for (const id of ids) expect(links.some((r) => Object.values(r).includes(id)), `no link row for ${f}`).toBe(true);
  });

  it.each(DESCRIPTION_FIELDS.map((f) => [f]))('%s: the presenter sends it out', (f) => {
    expect(f in out, `toDescription leaves out ${f}`).toBe(true);
    expect(out[f]).toEqual(SAMPLES[f]);
  });

  it('absent fields keep their value, null clears, lists replace', () => {
    const base = applyInput(emptyDescription(), input);
    const next = applyInput(base, { nameEn: null, needIds: [ID(20), ID(20), ID(10)] });
    expect(next.nameLv).toBe(SAMPLES.nameLv);
    expect(next.nameEn).toBeNull();
    expect(next.needIds).toEqual([ID(10), ID(20)]);
  });
});
