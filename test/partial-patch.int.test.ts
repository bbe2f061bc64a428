/**
 * A partial update changes only the fields it names (issue 9, finding 1).
 *
 * For every PATCH operation of the API, a fully populated record is built, each
 * writable field is patched alone, and the record read before and after is
 * compared: the named field took the new value, everything else (apart from the
 * row version, timestamps and what the field itself derives) stayed as it was.
 * The table of fields is checked against the operation's Zod contract, so a new
 * field in a PATCH body fails here until it has a case.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTestApp, type TestApp } from './helpers/app.js';
import { buildInstitution, buildUser } from './helpers/factories.js';
import { buildChannelPoint, buildLifeSituation, buildNeed, buildResource, buildService, buildServiceOwner, publishableFields } from './helpers/service-factories.js';
import { InstitutionUpdate } from '../src/modules/institutions/institutions.schemas.js';
import { PersonUpdate } from '../src/modules/people/people.schemas.js';
import { ChannelPointUpdate } from '../src/modules/channel-points/channel-points.schemas.js';
import { LifeSituationUpdate, NeedUpdate } from '../src/modules/life-situations/life-situations.schemas.js';
import { CapabilityUpdate, ResourceUpdate } from '../src/modules/resources/resources.schemas.js';
import { ServiceUpdate } from '../src/modules/services/services.schemas.js';

let t: TestApp;
let admin: { token: string };
beforeAll(async () => {
  t = await createTestApp();
  admin = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id, { isSystemAdmin: true });
});
afterAll(async () => t?.close());

const uniq = () => crypto.randomBytes(4).toString('hex').toUpperCase();
const digits = () => String(Math.floor(1e10 + Math.random() * 9e10));
type Json = Record<string, any>;

/** What a field's patch needs: the record's own context (ids it can point to). */
type Ctx = Record<string, any>;

interface FieldCase {
  /** The new value, different from the one the full record holds. */
  value: (ctx: Ctx) => unknown;
  /** Checks the record after the patch shows the new value; by default `after[field]` (or `description[field]`) matches it. */
  check?: (after: Json, value: any, ctx: Ctx) => void;
  /** Parts of the response derived from this field, which may change with it. */
  affects?: string[];
}

interface Operation {
  name: string;
  /** The PATCH body contract; every key must have a case (or be listed as read-only). */
  schema: z.ZodObject;
  readOnly?: string[];
  /** Builds a record with every field filled in; returns its URL (under /api/v1) and the context. */
  build: () => Promise<{ url: string; ctx: Ctx; token?: string }>;
  fields: Record<string, FieldCase>;
  /** Where the fields sit in the response (services nest them in `description`). */
  nested?: string;
}

async function post(url: string, payload: Json): Promise<Json> {
  const r = await t.api({ method: 'POST', url: `/api/v1${url}`, token: admin.token, payload });
  expect(r.statusCode, `POST ${url}: ${r.body}`).toBe(201);
  return r.json();
}

async function get(url: string, token = admin.token): Promise<{ body: Json; etag: string }> {
  const r = await t.api({ method: 'GET', url: `/api/v1${url}`, token });
  expect(r.statusCode, `GET ${url}: ${r.body}`).toBe(200);
  return { body: r.json(), etag: String(r.headers.etag) };
}

/** Drops what every write changes: row versions and update timestamps, at any depth. */
function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => k !== 'version' && k !== 'updatedAt' && k !== 'etag')
        .map(([k, x]) => [k, stable(x)]),
    );
  }
  return v;
}

function without(body: Json, field: string, op: Operation, affects: string[]): Json {
  const copy: Json = structuredClone(stable(body) as Json);
  for (const k of affects) delete copy[k];
  if (op.nested) delete copy[op.nested][field];
  else delete copy[field];
  return copy;
}

function matches(actual: unknown, expected: unknown) {
  if (expected !== null && typeof expected === 'object') expect(actual).toMatchObject(expected as object);
  else expect(actual).toEqual(expected);
}

const useKey = (u: { channelPointId: string; phase: string }) => `${u.channelPointId}/${u.phase}`;
const institutionRef = (id: string) => (v: Json | null) => expect(v?.id).toBe(id);

// ------------------------------------------------------------------ the table

const operations: Operation[] = [
  {
    name: 'PATCH /institutions/{id}',
    schema: InstitutionUpdate,
    async build() {
      const ministry = await buildInstitution(t.database.db, { kind: 'ministry' });
      const otherMinistry = await buildInstitution(t.database.db, { kind: 'ministry' });
      const created = await post('/institutions', {
        code: `I-${uniq()}`,
        registrationNumber: digits(),
        nameLv: 'Pilnā iestāde',
        nameEn: 'Full institution',
        shortName: 'PI',
        groupCode: 'directAdministration',
        kind: 'stateInstitution',
        parentId: ministry.id,
        formerNames: [{ nameLv: 'Vecais nosaukums', nameEn: 'Old name', until: '2020-01-01' }],
        activityDirections: [
          { code: 'A1', nameLv: 'Pirmais virziens', nameEn: 'First direction' },
          { code: 'A2', nameLv: 'Otrais virziens', nameEn: 'Second direction' },
        ],
        website: 'https://iestade.example.lv',
        email: 'pasts@iestade.example.lv',
      });
      return { url: `/institutions/${created.id}`, ctx: { otherMinistry } };
    },
    fields: {
      code: { value: () => `I-${uniq()}` },
      registrationNumber: { value: () => digits() },
      nameLv: { value: () => 'Jaunais nosaukums' },
      nameEn: { value: () => 'New name' },
      shortName: { value: () => 'JN' },
      groupCode: { value: () => 'derivedPublicPerson' },
      kind: { value: () => 'independentInstitution' },
      parentId: { value: (c) => c.otherMinistry.id, affects: ['ancestors'] },
      formerNames: { value: () => [{ nameLv: 'Cits vecais', nameEn: null, until: '2019-05-01' }] },
      activityDirections: {
        value: () => [
          { code: 'A1', nameLv: 'Pārdēvēts virziens', nameEn: 'Renamed direction' },
          { code: 'A3', nameLv: 'Trešais virziens', nameEn: null },
        ],
      },
      website: { value: () => 'https://jauna.example.lv' },
      email: { value: () => 'jauns@iestade.example.lv' },
    },
  },
  {
    name: 'PATCH /people/{id}',
    schema: PersonUpdate,
    async build() {
      const home = await buildInstitution(t.database.db);
      const other = await buildInstitution(t.database.db);
      const created = await post('/people', {
        givenName: 'Jānis',
        familyName: 'Kalniņš',
        email: `p-${uniq().toLowerCase()}@example.lv`,
        phone: '+371 20000000',
        jobTitle: 'Vecākais referents',
        institutionId: home.id,
      });
      return { url: `/people/${created.id}`, ctx: { other } };
    },
    fields: {
      givenName: { value: () => 'Pēteris' },
      familyName: { value: () => 'Ozoliņš' },
      email: { value: () => `n-${uniq().toLowerCase()}@example.lv` },
      phone: { value: () => '+371 29999999' },
      jobTitle: { value: () => 'Nodaļas vadītājs' },
      institutionId: { value: (c) => c.other.id, affects: ['institution'] },
      active: { value: () => false },
    },
  },
  {
    name: 'PATCH /channel-points/{id}',
    schema: ChannelPointUpdate,
    async build() {
      const home = await buildInstitution(t.database.db);
      const other = await buildInstitution(t.database.db);
      const created = await post('/channel-points', {
        code: `CP-${uniq()}`,
        institutionId: home.id,
        channelType: 'institutionCentre',
        nameLv: 'Klientu centrs',
        nameEn: 'Customer centre',
        url: 'https://centrs.example.lv',
        address: 'Rīga, Brīvības iela 1',
        phone: '+371 67000000',
        email: 'centrs@example.lv',
        openingHours: { weekly: { '1': ['09:00-17:00'], '2': ['09:00-17:00'] }, notesLv: 'Svētkos slēgts', notesEn: 'Closed on holidays' },
        accessibilityNotesLv: 'Ieeja ar uzbrauktuvi',
        accessibilityNotesEn: 'Ramp at the entrance',
      });
      return { url: `/channel-points/${created.id}`, ctx: { other } };
    },
    fields: {
      code: { value: () => `CP-${uniq()}` },
      institutionId: { value: (c) => c.other.id, check: (a, v) => institutionRef(v)(a.institution), affects: ['institution'] },
      channelType: { value: () => 'municipalCentre', affects: ['environment', 'digital', 'channelTypeName'] },
      nameLv: { value: () => 'Jaunais centrs' },
      nameEn: { value: () => 'New centre' },
      url: { value: () => 'https://jauns.example.lv' },
      address: { value: () => 'Liepāja, Lielā iela 2' },
      phone: { value: () => '+371 63000000' },
      email: { value: () => 'jauns@example.lv' },
      openingHours: { value: () => ({ weekly: { '5': ['10:00-14:00'] }, notesLv: 'Tikai piektdienās', notesEn: 'Fridays only' }) },
      accessibilityNotesLv: { value: () => 'Lifts otrajā stāvā' },
      accessibilityNotesEn: { value: () => 'Lift to the second floor' },
      active: { value: () => false },
    },
  },
  {
    name: 'PATCH /life-situations/{id}',
    schema: LifeSituationUpdate,
    async build() {
      const home = await buildInstitution(t.database.db);
      const other = await buildInstitution(t.database.db);
      const need = await buildNeed(t.database.db);
      const otherNeed = await buildNeed(t.database.db);
      const created = await post('/life-situations', {
        code: `LS-${uniq()}`,
        nameLv: 'Bērna piedzimšana',
        nameEn: 'Birth of a child',
        descriptionLv: 'Kas jādara, kad piedzimst bērns',
        descriptionEn: 'What to do when a child is born',
        audience: 'residents',
        ownerInstitutionId: home.id,
        needIds: [need.id],
        newNeeds: [{ code: `N-${uniq()}`, nameLv: 'Reģistrēt bērnu', nameEn: 'Register the child' }],
      });
      return { url: `/life-situations/${created.id}`, ctx: { other, need, otherNeed, needs: created.needs } };
    },
    fields: {
      code: { value: () => `LS-${uniq()}` },
      nameLv: { value: () => 'Dzīvesvietas maiņa' },
      nameEn: { value: () => 'Moving house' },
      descriptionLv: { value: () => 'Jauns apraksts' },
      descriptionEn: { value: () => 'New description' },
      audience: { value: () => 'businesses' },
      ownerInstitutionId: { value: (c) => c.other.id, check: (a, v) => institutionRef(v)(a.owner), affects: ['owner'] },
      needIds: {
        value: (c) => [c.otherNeed.id],
        check: (a, v) => expect(a.needs.map((n: Json) => n.id)).toEqual(v),
        affects: ['needs', 'needCount'],
      },
      newNeeds: {
        value: () => [{ code: `N-${uniq()}`, nameLv: 'Pieteikt pabalstu' }],
        check: (a, v) => expect(a.needs.map((n: Json) => n.code)).toContain(v[0].code),
        affects: ['needs', 'needCount'],
      },
    },
  },
  {
    name: 'PATCH /needs/{id}',
    schema: NeedUpdate,
    async build() {
      const home = await buildInstitution(t.database.db);
      const other = await buildInstitution(t.database.db);
      const ls = await buildLifeSituation(t.database.db);
      const otherLs = await buildLifeSituation(t.database.db);
      const created = await post('/needs', {
        code: `N-${uniq()}`,
        nameLv: 'Saņemt pasi',
        nameEn: 'Get a passport',
        descriptionLv: 'Personu apliecinošs dokuments',
        descriptionEn: 'An identity document',
        ownerInstitutionId: home.id,
        lifeSituationIds: [ls.id],
      });
      return { url: `/needs/${created.id}`, ctx: { other, ls, otherLs } };
    },
    fields: {
      code: { value: () => `N-${uniq()}` },
      nameLv: { value: () => 'Saņemt eID karti' },
      nameEn: { value: () => 'Get an eID card' },
      descriptionLv: { value: () => 'Jauns apraksts' },
      descriptionEn: { value: () => 'New description' },
      ownerInstitutionId: { value: (c) => c.other.id, check: (a, v) => institutionRef(v)(a.owner), affects: ['owner'] },
      lifeSituationIds: {
        value: (c) => [c.ls.id, c.otherLs.id],
        check: (a, v) => expect(a.lifeSituations.map((l: Json) => l.id).sort()).toEqual([...v].sort()),
        affects: ['lifeSituations', 'lifeSituationCount'],
      },
    },
  },
  {
    name: 'PATCH /resources/{id}',
    schema: ResourceUpdate,
    readOnly: ['virtual'],
    async build() {
      const home = await buildInstitution(t.database.db);
      const other = await buildInstitution(t.database.db);
      const supplier = await buildService(t.database.db, { ownerInstitutionId: other.id, nameLv: 'Piegādātāja pakalpojums' });
      const otherSupplier = await buildService(t.database.db, { ownerInstitutionId: other.id, nameLv: 'Cits piegādātājs' });
      const created = await post('/resources', {
        code: `R-${uniq()}`,
        institutionId: home.id,
        kind: 'digitalTechnology',
        nameLv: 'Reģistra sistēma',
        nameEn: 'Register system',
        descriptionLv: 'Sistēmas apraksts',
        descriptionEn: 'About the system',
        lifecycleStage: 'implement',
        supplierServiceId: supplier.id,
      });
      return { url: `/resources/${created.id}`, ctx: { other, otherSupplier } };
    },
    fields: {
      code: { value: () => `R-${uniq()}` },
      institutionId: { value: (c) => c.other.id, check: (a, v) => institutionRef(v)(a.institution), affects: ['institution'] },
      kind: { value: () => 'information' },
      nameLv: { value: () => 'Datu kopa' },
      nameEn: { value: () => 'Data set' },
      descriptionLv: { value: () => 'Jauns apraksts' },
      descriptionEn: { value: () => 'New description' },
      lifecycleStage: { value: () => 'maintainImprove' },
      supplierServiceId: { value: (c) => c.otherSupplier.id, check: (a, v) => expect(a.supplierService?.id).toBe(v), affects: ['supplierService', 'virtual'] },
    },
  },
  {
    name: 'PATCH /capabilities/{id}',
    schema: CapabilityUpdate,
    readOnly: ['virtual'],
    async build() {
      const home = await buildInstitution(t.database.db);
      const other = await buildInstitution(t.database.db);
      const supplier = await buildService(t.database.db, { ownerInstitutionId: other.id, nameLv: 'Piegādātāja pakalpojums' });
      const otherSupplier = await buildService(t.database.db, { ownerInstitutionId: other.id, nameLv: 'Cits piegādātājs' });
      const created = await post('/capabilities', {
        institutionId: home.id,
        kind: 'personnel',
        nameLv: 'Kvalificēti darbinieki',
        nameEn: 'Qualified staff',
        descriptionLv: 'Spēju apraksts',
        supplierServiceId: supplier.id,
      });
      return { url: `/capabilities/${created.id}`, ctx: { other, otherSupplier } };
    },
    fields: {
      institutionId: { value: (c) => c.other.id, check: (a, v) => institutionRef(v)(a.institution), affects: ['institution'] },
      kind: { value: () => 'competences' },
      nameLv: { value: () => 'Kompetences' },
      nameEn: { value: () => 'Competences' },
      descriptionLv: { value: () => 'Jauns apraksts' },
      supplierServiceId: { value: (c) => c.otherSupplier.id, check: (a, v) => expect(a.supplierService?.id).toBe(v), affects: ['supplierService', 'virtual'] },
    },
  },
  {
    name: 'PATCH /services/{id}',
    schema: ServiceUpdate,
    nested: 'description',
    async build() {
      const db = t.database.db;
      const { institution: owner, pm } = await buildServiceOwner(db);
      const provider = await buildInstitution(db);
      const otherProvider = await buildInstitution(db);
      const { extras, ...fields } = await publishableFields(db, owner);
      const [r1, r2] = [await buildResource(db, owner.id), await buildResource(db, owner.id)];
      const others = [];
      for (let i = 0; i < 8; i++) others.push(await buildService(db, { ownerInstitutionId: owner.id, nameLv: `Cits pakalpojums ${i}` }));
      const [c1, c2, d1, d2, rp1, rp2, m1, m2] = others.map((s) => s.id);
      const otherNeed = await buildNeed(db, { lifeSituationIds: [extras.lifeSituation.id] });
      const otherCp = await buildChannelPoint(db, owner.id, 'phone');
      const created = await buildService(db, {
        ownerInstitutionId: owner.id,
        ...fields,
        nameEn: 'Issuing building permits to individuals',
        descriptionEn: 'The building board issues building permits.',
        fee: { free: false, amountEur: 20, descriptionLv: 'Valsts nodeva', descriptionEn: 'State fee' },
        legalBasis: [{ act: 'Būvniecības likums', article: '14. pants', url: 'https://likumi.lv/ta/id/258572' }],
        prerequisites: [{ lv: 'Zemes īpašums', en: 'Land ownership' }],
        requiredDocuments: [{ lv: 'Būvniecības iesniegums', en: 'Construction application' }],
        resultLv: 'Būvatļauja',
        resultEn: 'A building permit',
        contacts: { phone: '+371 67000001', email: 'buvvalde@example.lv', url: 'https://buvvalde.example.lv' },
        keywords: ['būvniecība', 'atļauja'],
        providers: [{ institutionId: provider.id, serviceLevelTerms: null }],
        resourceIds: [r1.id],
        componentIds: [c1],
        dependsOnIds: [d1],
        replacesIds: [rp1],
        mergesIds: [m1],
      });
      return {
        url: `/services/${created.id}`,
        token: pm.token,
        ctx: { owner, otherProvider, r2, c2, d2, rp2, m2, otherNeed, otherCp, web: extras.web },
      };
    },
    fields: {
      nameLv: { value: () => 'Būvatļaujas pagarināšana juridiskām personām', affects: ['versions'] },
      nameEn: { value: () => 'Extending building permits for companies' },
      nameParts: { value: () => ({ object: 'Būvatļaujas', action: 'pagarināšana', info: 'juridiskām personām' }) },
      descriptionLv: { value: () => 'Jauns apraksts.' },
      descriptionEn: { value: () => 'A new description.' },
      recipientType: { value: () => 'publicGeneral' },
      targetGroups: { value: () => ['society'] },
      complexity: { value: () => 'complex' },
      lifecycleStage: { value: () => 'maintainImprove' },
      activityDirectionId: { value: () => null, affects: ['activityDirection'] },
      processingMode: { value: () => 'mixed', affects: ['digitalStatus', 'digitalByPhase', 'versions'] },
      serviceLevelTerms: {
        value: () => [{ nameLv: 'Uzņēmumiem', indicators: [{ kind: 'processingTime', nameLv: 'Izskatīšanas laiks', target: 5, unit: 'workingDays' }] }],
      },
      fee: { value: () => ({ free: true }) },
      legalBasis: { value: () => [{ act: 'Administratīvā procesa likums' }] },
      prerequisites: { value: () => [{ lv: 'Pilngadība' }] },
      requiredDocuments: { value: () => [{ lv: 'Pase', en: 'Passport' }] },
      resultLv: { value: () => 'Lēmums' },
      resultEn: { value: () => 'A decision' },
      contacts: { value: () => ({ phone: '+371 67000002' }) },
      keywords: { value: () => ['pagarināšana'] },
      needIds: { value: (c) => [c.otherNeed.id], affects: ['needs'] },
      channelPoints: {
        value: (c) => [
          { channelPointId: c.web.id, phase: 'request' },
          { channelPointId: c.otherCp.id, phase: 'receipt' },
        ],
        check: (a, v) => expect(a.description.channelPoints.map(useKey).sort()).toEqual(v.map(useKey).sort()),
        affects: ['channelPoints', 'digitalStatus', 'digitalByPhase', 'versions'],
      },
      providers: { value: (c) => [{ institutionId: c.otherProvider.id, serviceLevelTerms: null }], affects: ['providers'] },
      resourceIds: { value: (c) => [c.r2.id], affects: ['resources'] },
      componentIds: { value: (c) => [c.c2], affects: ['components'] },
      dependsOnIds: { value: (c) => [c.d2], affects: ['dependencies'] },
      replacesIds: { value: (c) => [c.rp2], affects: ['lineage'] },
      mergesIds: { value: (c) => [c.m2], affects: ['lineage'] },
    },
  },
];

// ------------------------------------------------------------------ the checks

describe('a partial update changes only the fields it names', () => {
  for (const op of operations) {
    describe(op.name, () => {
      it('has a case for every field of its contract', () => {
        const contract = Object.keys(op.schema.shape)
          .filter((k) => !(op.readOnly ?? []).includes(k))
          .sort();
        expect(Object.keys(op.fields).sort()).toEqual(contract);
      });

      it('puts no defaults into an empty body (an omitted field must stay omitted)', () => {
        expect(op.schema.parse({})).toEqual({});
      });

      it('keeps a fully populated record as it is when patched with an empty body', async () => {
        const { url, token = admin.token } = await op.build();
        const before = await get(url, token);
        const r = await t.api({ method: 'PATCH', url: `/api/v1${url}`, token, headers: { 'if-match': before.etag }, payload: {} });
        expect(r.statusCode, r.body).toBe(200);
        const after = await get(url, token);
        expect(stable(after.body)).toEqual(stable(before.body));
      });

      for (const [field, c] of Object.entries(op.fields)) {
        it(`changes ${field} alone and leaves everything else`, async () => {
          const { url, ctx, token = admin.token } = await op.build();
          const before = await get(url, token);
          const value = c.value(ctx);
          const r = await t.api({ method: 'PATCH', url: `/api/v1${url}`, token, headers: { 'if-match': before.etag }, payload: { [field]: value } });
          expect(r.statusCode, r.body).toBe(200);
          const after = await get(url, token);
          const shown = op.nested ? after.body[op.nested] : after.body;
          if (c.check) c.check(after.body, value, ctx);
          else matches(shown[field], value);
          // The patch did change something: the field was filled in with another value before.
          expect(stable(before.body)).not.toEqual(stable(after.body));
          expect(without(after.body, field, op, c.affects ?? [])).toEqual(without(before.body, field, op, c.affects ?? []));
        });
      }
    });
  }
});

describe('institution activity directions in use', () => {
  it('answers 200 and keeps the directions when a PATCH of an institution whose direction a service uses does not name them', async () => {
    const db = t.database.db;
    const owner = await buildInstitution(db);
    const service = await buildService(db, { ownerInstitutionId: owner.id, activityDirectionId: owner.direction.id });
    const before = await get(`/institutions/${owner.id}`);
    expect(before.body.activityDirections.map((d: Json) => d.id)).toEqual([owner.direction.id]);

    const r = await t.api({ method: 'PATCH', url: `/api/v1/institutions/${owner.id}`, token: admin.token, headers: { 'if-match': before.etag }, payload: { nameEn: 'Renamed' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().activityDirections).toEqual(before.body.activityDirections);
    const s = await get(`/services/${service.id}`);
    expect(s.body.description.activityDirectionId).toBe(owner.direction.id);
  });

  it('refuses with 409 naming the direction, not 500, to remove a direction a service uses', async () => {
    const db = t.database.db;
    const owner = await buildInstitution(db);
    await buildService(db, { ownerInstitutionId: owner.id, activityDirectionId: owner.direction.id });
    const before = await get(`/institutions/${owner.id}`);
    const r = await t.api({
      method: 'PATCH',
      url: `/api/v1/institutions/${owner.id}`,
      token: admin.token,
      headers: { 'if-match': before.etag },
      payload: { activityDirections: [{ code: 'OTHER', nameLv: 'Cits virziens' }] },
    });
    expect(r.statusCode, r.body).toBe(409);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().errors.map((e: Json) => e.path)).toEqual(['activityDirections']);
    const after = await get(`/institutions/${owner.id}`);
    expect(after.body.activityDirections).toEqual(before.body.activityDirections);
  });
});
