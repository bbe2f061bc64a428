import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildChannelPoint, buildService, buildServiceOwner, publishableFields } from '../../../test/helpers/service-factories.js';
import { SYSTEM_ACTOR } from '../../platform/actor.js';
import { archiveService } from '../services/services.service.js';

let t: TestApp;
let owner: Awaited<ReturnType<typeof buildServiceOwner>>;
let other: Awaited<ReturnType<typeof buildServiceOwner>>;
const codes: Record<string, string> = {};
let lifeSituationId = '';

async function publish(key: string, o: typeof owner, fields: Record<string, unknown>, extra: { inst?: boolean; vpvkac?: boolean } = {}) {
  const base = await publishableFields(t.database.db, o.institution);
  const { extras, ...rest } = base;
  const channelPoints = [...rest.channelPoints];
  // Name parts (R07): the object, the action (a word ending in -šana) and the rest.
  const words = String(fields.nameLv).split(' ');
  const at = words.findIndex((w) => /šana$/.test(w));
  const nameParts = { object: words.slice(0, at).join(' '), action: words[at], info: words.slice(at + 1).join(' ') || null };
  if (extra.vpvkac) {
    const cp = await buildChannelPoint(t.database.db, o.institution.id, 'vpvkac');
    channelPoints.push({ channelPointId: cp.id, phase: 'request' as const });
  }
  const s = await buildService(
    t.database.db,
    {
      ...rest,
      channelPoints,
      ...(extra.inst ? { recipientType: 'interInstitutionalIndividual', targetGroups: ['institutions'] } : {}),
      nameParts,
      ...fields,
      ownerInstitutionId: o.institution.id,
    } as never,
    { publish: true, managerPersonId: o.manager.person.id },
  ).catch((err) => {
    throw new Error(`${key}: ${JSON.stringify((err as { violations?: unknown }).violations ?? String(err))}`);
  });
  codes[key] = s.code;
  if (key === 'pase') lifeSituationId = extras.lifeSituation.id;
  return s;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  owner = await buildServiceOwner(db);
  other = await buildServiceOwner(db);
  await publish('pase', owner, { nameLv: 'Latvijas pilsoņa pases izsniegšana', nameEn: 'Issue of a Latvian passport', descriptionLv: 'Pasi izsniedz pilsoņiem.', fee: { free: false, amountEur: 30 } }, { vpvkac: true });
  await publish('pabalsts', owner, { nameLv: 'Bezdarbnieka pabalsta piešķiršana', nameEn: 'Unemployment benefit', descriptionLv: 'Pabalstu piešķir bezdarbniekiem.', fee: { free: true } });
  await publish('dzimsana', other, { nameLv: 'Bērna dzimšanas reģistrēšana dzimtsarakstu nodaļā', nameEn: 'Registration of a birth', descriptionLv: 'Dzimtsarakstu nodaļa reģistrē bērna dzimšanu.', fee: { free: true } });
  await publish('auto', other, { nameLv: 'Transportlīdzekļa pirmreizēja reģistrēšana Latvijā', nameEn: 'First registration of a vehicle', descriptionLv: 'Reģistrē transportlīdzekli.', fee: { free: false, amountEur: 20 } });
  // "pase" only in the description: must rank below the name match.
  await publish('apraksts', other, { nameLv: 'Dokumentu kopiju apliecināšana klātienē', nameEn: 'Certifying copies of documents', descriptionLv: 'Apliecina pases un citu dokumentu kopijas.' });
  await publish('starpiestazu', owner, { nameLv: 'Pasu reģistra datu izsniegšana iestādēm', nameEn: 'Passport register data for institutions', descriptionLv: 'Dati iestādēm.' }, { inst: true });
  const archived = await publish('arhivets', owner, { nameLv: 'Vecās pases pārbaudīšana arhīvā', descriptionLv: 'Vairs nav.' });
  await archiveService(db, { actor: SYSTEM_ACTOR, requestId: 'test' }, archived.id, archived.version);
  const { extras: _unused, ...draft } = await publishableFields(db, owner.institution);
  await buildService(db, { ...draft, nameLv: 'Melnraksta pases izsniegšana šeit', nameParts: { object: 'Melnraksta pases', action: 'izsniegšana', info: 'šeit' }, ownerInstitutionId: owner.institution.id } as never);
}, 240_000);
afterAll(async () => t?.close());

const search = async (query: Record<string, string>) => {
  const res = await t.api({ method: 'GET', url: `/api/v1/catalogue/search?${new URLSearchParams(query)}` });
  return { status: res.statusCode, body: res.json() };
};
const top = async (q: string, more: Record<string, string> = {}) => (await search({ q, ...more })).body.items.map((i: { code: string }) => i.code);

describe('catalogue search', () => {
  it.each([
    ['inflected', 'pasi izsniegt', 'pase'],
    ['no diacritics', 'dzimsanas registracija', 'dzimsana'],
    ['typo', 'bezdarbnieka pabalts', 'pabalsts'],
    ['prefix while typing', 'bezdarbn', 'pabalsts'],
    ['synonym', 'auto reģistrēt', 'auto'],
    ['synonym phrase', 'bez darba', 'pabalsts'],
    ['English', 'unemployment benefit', 'pabalsts'],
  ])('finds by %s query', async (_kind, q, key) => {
    expect((await top(q))[0]).toBe(codes[key]);
  });

  it('ranks a name match above a description match', async () => {
    const got = await top('pase');
    expect(got).toContain(codes.apraksts);
    expect(got.indexOf(codes.pase)).toBeLessThan(got.indexOf(codes.apraksts));
  });

  it('never shows archived, draft or inter-institutional services in the public catalogue', async () => {
    const { body } = await search({ q: 'pase', pageSize: '50' });
    const names = body.items.map((i: { nameLv: string }) => i.nameLv);
    expect(names).not.toContain('Vecās pases pārbaudīšana arhīvā');
    expect(names).not.toContain('Melnraksta pases izsniegšana šeit');
    expect(body.items.map((i: { code: string }) => i.code)).not.toContain(codes.starpiestazu);
  });

  it('filters and counts facets on the whole match', async () => {
    const all = (await search({ pageSize: '1' })).body;
    expect(all.total).toBe(5);
    expect(all.items).toHaveLength(1);
    expect(all.facets.free).toEqual(expect.arrayContaining([{ value: 'true', count: 2 }, { value: 'false', count: 2 }]));
    expect(all.facets.vpvkac).toEqual(expect.arrayContaining([{ value: 'true', count: 1 }, { value: 'false', count: 4 }]));
    expect(all.facets.channelEnvironment).toEqual(expect.arrayContaining([{ value: 'remoteElectronic', count: 5 }, { value: 'inPerson', count: 5 }]));
    const inst = all.facets.institution.find((b: { value: string }) => b.value === other.institution.id);
    expect(inst).toMatchObject({ count: 3, labelLv: other.institution.nameLv });
    const free = (await search({ free: 'true' })).body;
    expect(free.items.map((i: { code: string }) => i.code).sort()).toEqual([codes.pabalsts, codes.dzimsana].sort());
    expect((await search({ institutionId: owner.institution.id })).body.total).toBe(2);
    expect((await search({ vpvkac: 'true' })).body.items.map((i: { code: string }) => i.code)).toEqual([codes.pase]);
    const byLs = (await search({ lifeSituationId })).body;
    expect(byLs.items.map((i: { code: string }) => i.code)).toEqual([codes.pase]);
  });

  it('shows the inter-institutional catalogue only to signed-in institution users', async () => {
    expect((await search({ audience: 'interInstitutional', q: 'pase' })).status).toBe(401);
    const res = await t.api({ method: 'GET', url: '/api/v1/catalogue/search?audience=interInstitutional&q=pasu%20dati', token: owner.pm.token });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { code: string }) => i.code)).toEqual([codes.starpiestazu]);
  });

  it('answers bad parameters with 400 naming the field', async () => {
    for (const [field, value] of [['pageSize', '1000'], ['digitalStatus', 'magic'], ['lifeSituationId', 'nope'], ['free', 'maybe']]) {
      const res = await search({ [field]: value });
      expect(res.status, field).toBe(400);
      expect(JSON.stringify(res.body)).toContain(field);
    }
  });

  it('suggests names while typing', async () => {
    const res = await t.api({ method: 'GET', url: '/api/v1/catalogue/suggest?q=transportl' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ code: codes.auto, nameLv: 'Transportlīdzekļa pirmreizēja reģistrēšana Latvijā' });
    expect((await t.api({ method: 'GET', url: '/api/v1/catalogue/suggest' })).statusCode).toBe(400);
  });
});
