import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { buildInstitution, buildUser } from '../helpers/factories.js';
import { buildChannelPoint, buildService, buildServiceOwner, publishableFields } from '../helpers/service-factories.js';
import { channelPoints } from '../../src/modules/channel-points/channel-points.table.js';
import { serviceFeedback } from '../../src/modules/feedback/feedback.table.js';
import { formTokenFor } from '../../src/modules/feedback/feedback.service.js';

let t: TestApp;
let owner: Awaited<ReturnType<typeof buildServiceOwner>>;
let published: Awaited<ReturnType<typeof buildService>>;
let hostile: Awaited<ReturnType<typeof buildService>>;
let draft: Awaited<ReturnType<typeof buildService>>;
let inter: Awaited<ReturnType<typeof buildService>>;
let fields: Awaited<ReturnType<typeof publishableFields>>;
let municipality: Awaited<ReturnType<typeof buildInstitution>>;
let vpvkacCode: string;

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const form = (data: Record<string, string>) => new URLSearchParams(data).toString();
let ipCounter = 1;
/** Each test posts from its own address, so the per-address limit of one test does not spill into another. */
const postForm = (code: string, data: Record<string, string>, ip = `10.0.0.${ipCounter++}`) =>
  t.app.inject({ method: 'POST', url: `/pakalpojumi/${code}/vertejums`, remoteAddress: ip, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form(data) });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  owner = await buildServiceOwner(t.database.db, { nameLv: 'Būvniecības valsts kontroles birojs' });
  fields = await publishableFields(db, owner.institution);
  const { extras, ...input } = fields;
  const mgr = owner.manager.person.id;
  published = await buildService(
    db,
    {
      ...input,
      ownerInstitutionId: owner.institution.id,
      fee: { free: true },
      requiredDocuments: [{ lv: 'Būvprojekts' }],
      legalBasis: [{ act: 'Būvniecības likums', article: '14. pants', url: 'https://likumi.lv/ta/id/258572' }],
    },
    { publish: true, managerPersonId: mgr },
  );
  hostile = await buildService(
    db,
    { ...input, ownerInstitutionId: owner.institution.id, nameParts: null, nameLv: 'Pases <script>alert(1)</script> izsniegšana iedzīvotājiem', descriptionLv: '<img src=x onerror=alert(2)> apraksts', fee: { free: false, amountEur: 28.5 } },
    { publish: true, managerPersonId: mgr },
  );
  draft = await buildService(db, { ...input, ownerInstitutionId: owner.institution.id, nameParts: null, nameLv: 'Neizsludināta melnraksta pakalpojuma izsniegšana' });
  inter = await buildService(
    db,
    { ...input, ownerInstitutionId: owner.institution.id, nameParts: null, nameLv: 'Datu apmaiņas saskarnes nodrošināšana iestādēm', recipientType: 'interInstitutionalShared', targetGroups: ['institutions'] },
    { publish: true, managerPersonId: mgr },
  );
  // A one-stop centre of a municipality, offering the published service.
  municipality = await buildInstitution(db, { kind: 'municipality', groupCode: 'derivedPublicPerson', nameLv: 'Testa novada pašvaldība' });
  const cp = await buildChannelPoint(db, municipality.id, 'vpvkac');
  await db
    .update(channelPoints)
    .set({ nameLv: 'Testa novada VPVKAC', address: 'Rīgas iela 1, Testa', openingHours: { weekly: { '1': ['08:00-17:00'] } } })
    .where(eq(channelPoints.id, cp.id));
  vpvkacCode = cp.code;
  await buildService(
    db,
    { ...input, ownerInstitutionId: owner.institution.id, nameParts: null, nameLv: 'Pašvaldības atbalsta pieteikuma pieņemšana klātienē', channelPoints: [...input.channelPoints, { channelPointId: cp.id, phase: 'request' }] },
    { publish: true, managerPersonId: mgr },
  );
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('public catalogue pages', () => {
  it('shows the home page in Latvian with a search form that works without JavaScript', async () => {
    const r = await get('/');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/html/);
    expect(r.body).toContain('<html lang="lv">');
    expect(r.body).toMatch(/<form class="search-form[^"]*" role="search" method="get" action="\/pakalpojumi">/);
    expect(r.body).toContain('href="#main"');
    expect(r.body).not.toMatch(/<script>(?!<\/script>)/);
  });

  it('shows a service page with what it gives, channels, fee, documents, legal basis and the provider’s promise', async () => {
    const r = await get(`/pakalpojumi/${published.code}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<h1>Būvatļaujas izsniegšana privātpersonām</h1>');
    expect(r.body).toContain('Būvvalde izsniedz būvatļauju.');
    expect(r.body).toContain('Bez maksas');
    expect(r.body).toContain('Būvprojekts');
    expect(r.body).toContain('Būvniecības likums');
    expect(r.body).toContain('Mēs apņemamies:');
    expect(r.body).toContain('Izskatīšanas laiks: ne vairāk kā 10');
    expect(r.body).toContain('Pieteikšana');
    expect(r.body).toContain(fields.extras.web.nameLv);
    expect(r.body).toContain('E-pakalpojums');
    // The feedback form: ten radio buttons in a fieldset with a legend, a honeypot and a signed token.
    expect(r.body.match(/type="radio" name="rating"/g)).toHaveLength(10);
    expect(r.body).toMatch(/<fieldset class="rating"[^>]*>\s*<legend/);
    expect(r.body).toContain('name="website"');
    expect(r.body).toMatch(/name="formToken" value="\d+\.[\w-]{43}"/);
  });

  it('escapes hostile service names and descriptions', async () => {
    const r = await get(`/pakalpojumi/${hostile.code}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toContain('<script>alert(1)</script>');
    expect(r.body).not.toContain('<img src=x');
    expect(r.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.body).toContain('28,50 EUR');
  });

  it('redirects an outdated slug to the readable URL with the folded Latvian name', async () => {
    const r = await get(`/pakalpojumi/${published.code}/vecs-nosaukums`);
    expect(r.statusCode).toBe(301);
    expect(r.headers.location).toBe(`/pakalpojumi/${published.code}/buvatlaujas-izsniegsana-privatpersonam`);
    expect((await get(r.headers.location as string)).statusCode).toBe(200);
  });

  it('answers unpublished, unknown and inter-institutional services with the catalogue’s 404 page', async () => {
    for (const url of [`/pakalpojumi/${draft.code}`, '/pakalpojumi/NAV-TADA', `/pakalpojumi/${inter.code}`, '/dzives-situacijas/NAV', '/iestades/NAV', '/klientu-centri/NAV', '/nekas/nav']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(404);
      expect(r.headers['content-type'], url).toMatch(/text\/html/);
      expect(r.body, url).toContain('Lapa nav atrasta');
    }
    expect((await get('/api/v1/nekas')).headers['content-type']).toMatch(/problem\+json/);
  });

  it('switches to English with ?lang=en and remembers it in a cookie', async () => {
    const r = await get(`/pakalpojumi/${published.code}?lang=en`);
    expect(r.body).toContain('<html lang="en">');
    expect(r.body).toContain('What you get');
    expect(r.body).toContain('We commit to:');
    expect(String(r.headers['set-cookie'])).toMatch(/lang=en/);
    expect(r.body).toMatch(/<a class="lang-switch" href="[^"]*lang=lv" lang="lv"/);
    const next = await get('/dzives-situacijas', { cookie: 'lang=en' });
    expect(next.body).toContain('<html lang="en">');
    expect(next.body).toContain('Life situations');
  });

  it('lists a life situation with its needs and the services meeting them', async () => {
    const r = await get(`/dzives-situacijas/${fields.extras.lifeSituation.code}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain(fields.extras.need.nameLv);
    expect(r.body).toContain('Būvatļaujas izsniegšana privātpersonām');
    expect(r.body).not.toContain('Neizsludināta melnraksta');
  });

  it('lists institutions and one institution with its published services', async () => {
    const list = await get(`/iestades?q=${encodeURIComponent('kontroles birojs')}`);
    expect(list.body).toContain(`href="/iestades/${owner.institution.code}"`);
    const one = await get(`/iestades/${owner.institution.code}`);
    expect(one.statusCode).toBe(200);
    expect(one.body).toContain('Būvatļaujas izsniegšana privātpersonām');
    expect(one.body).not.toContain('Datu apmaiņas saskarnes');
  });

  it('lists service points by municipality and shows one with its hours and services', async () => {
    const list = await get('/klientu-centri?vpvkac=1');
    expect(list.body).toContain('Testa novada pašvaldība');
    expect(list.body).toContain(`href="/klientu-centri/${vpvkacCode}"`);
    const one = await get(`/klientu-centri/${vpvkacCode}`);
    expect(one.statusCode).toBe(200);
    expect(one.body).toContain('Rīgas iela 1, Testa');
    expect(one.body).toContain('08:00-17:00');
    expect(one.body).toContain('Pašvaldības atbalsta pieteikuma pieņemšana klātienē');
  });

  it('lists only published public services in the sitemap', async () => {
    const r = await get('/sitemap.xml');
    expect(r.headers['content-type']).toMatch(/xml/);
    expect(r.body).toContain(`/pakalpojumi/${published.code}/buvatlaujas-izsniegsana-privatpersonam</loc>`);
    expect(r.body).not.toContain(`/pakalpojumi/${draft.code}`);
    expect(r.body).not.toContain(`/pakalpojumi/${inter.code}`);
    const robots = await get('/robots.txt');
    expect(robots.body).toContain('Sitemap: ');
    expect(robots.body).toContain('Disallow: /starpiestazu/');
  });

  it('serves one cacheable stylesheet with print styles', async () => {
    const r = await get('/static/catalogue.css');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/css/);
    expect(r.headers['cache-control']).toContain('max-age=31536000');
    expect(r.body).toContain('@media print');
    expect((await get('/static/catalogue.css', { 'if-none-match': r.headers.etag as string })).statusCode).toBe(304);
  });
});

describe('search page', () => {
  it('offers filters as links that add or remove one filter and keep the query', async () => {
    const r = await get(`/pakalpojumi?iestade=${owner.institution.code}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Būvatļaujas izsniegšana privātpersonām');
    expect(r.body).not.toContain('Datu apmaiņas saskarnes');
    // Choosing "in person" keeps the institution filter; the chosen institution links back without it.
    expect(r.body).toContain(`href="/pakalpojumi?iestade=${owner.institution.code}&amp;kanals=klatiene"`);
    expect(r.body).toMatch(/<a href="\/pakalpojumi" aria-current="true"/);
    const paid = await get(`/pakalpojumi?iestade=${owner.institution.code}&maksa=ar`);
    expect(paid.body).toContain('izsniegšana iedzīvotājiem');
    expect(paid.body).not.toContain('Būvatļaujas izsniegšana privātpersonām');
    expect(paid.body).toContain('Atrasts 1 pakalpojums');
  });

  it('ignores filter values it does not know instead of failing', async () => {
    const r = await get('/pakalpojumi?kanals=%3Cscript%3E&lapa=-4&statuss=x');
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toContain('<script>');
  });

  it('pages through results with previous and next links', async () => {
    const db = t.database.db;
    const many = await buildServiceOwner(db, { nameLv: 'Lapošanas pārbaudes aģentūra' });
    const f = await publishableFields(db, many.institution);
    const { extras: _e, ...input } = f;
    const words = ['Atļaujas', 'Izziņas', 'Apliecības', 'Reģistrācijas', 'Licences', 'Sertifikāta', 'Kartes'];
    for (let i = 0; i < 21; i++) {
      await buildService(db, { ...input, ownerInstitutionId: many.institution.id, nameParts: null, nameLv: `${words[i % 7]} izsniegšana grupai ${String.fromCharCode(65 + i)}` }, { publish: true, managerPersonId: many.manager.person.id });
    }
    const first = await get(`/pakalpojumi?iestade=${many.institution.code}`);
    expect(first.body).toContain('Atrasts 21 pakalpojums');
    expect(first.body.match(/class="service-card"/g)).toHaveLength(20);
    expect(first.body).toContain(`rel="next" href="/pakalpojumi?iestade=${many.institution.code}&amp;lapa=2"`);
    const second = await get(`/pakalpojumi?iestade=${many.institution.code}&lapa=2`);
    expect(second.body.match(/class="service-card"/g)).toHaveLength(1);
    expect(second.body).toContain('rel="prev"');
    expect(second.body).not.toContain('rel="next"');
  }, 120_000);
});

describe('inter-institutional catalogue', () => {
  it('tells anonymous visitors to sign in, with a link back', async () => {
    const r = await get(`/starpiestazu/pakalpojumi/${inter.code}`);
    expect(r.statusCode).toBe(401);
    expect(r.body).toContain('Starpiestāžu katalogs ir pieejams iestāžu darbiniekiem');
    expect(r.body).toContain(`href="/darbvieta/pieteikties?next=%2Fstarpiestazu%2Fpakalpojumi%2F${inter.code}"`);
    expect(r.body).not.toContain('Datu apmaiņas saskarnes');
  });

  it('shows inter-institutional services to a signed-in institution user, and only those', async () => {
    const other = await buildInstitution(t.database.db);
    const user = await buildUser(t.database.db, other.id);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: user.login, password: user.password } });
    expect(login.statusCode).toBe(200);
    const sid = String(login.headers['set-cookie']).match(/sid=([^;]+)/)![1];
    const cookie = `sid=${sid}`;
    const page = await get(`/starpiestazu/pakalpojumi/${inter.code}`, { cookie });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Datu apmaiņas saskarnes nodrošināšana iestādēm');
    expect(page.body).toContain('Starpiestāžu pakalpojumu katalogs');
    expect(page.body).not.toContain('name="rating"');
    expect((await get(`/starpiestazu/pakalpojumi/${published.code}`, { cookie })).statusCode).toBe(404);
    const home = await get('/starpiestazu', { cookie });
    expect(home.statusCode).toBe(200);
    expect(home.headers['cache-control']).toContain('no-store');
  });
});

describe('feedback form', () => {
  const ratingsOf = async (serviceId: string) => t.database.db.select().from(serviceFeedback).where(eq(serviceFeedback.serviceId, serviceId));

  it('stores a valid rating and redirects to the thank-you page (POST-redirect-GET)', async () => {
    const before = (await ratingsOf(published.id)).length;
    const r = await postForm(published.code, { formToken: formTokenFor(published.id, Date.now() - 10_000), rating: '9', channel: 'institutionPortal', comment: 'Ātri un ērti.', website: '' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/pakalpojumi/${published.code}/vertejums/paldies`);
    const thanks = await get(r.headers.location as string);
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('Paldies par vērtējumu!');
    const rows = await ratingsOf(published.id);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ rating: 9, channel: 'institutionPortal', comment: 'Ātri un ērti.', locale: 'lv' });
  });

  it('shows the form again with the problem and the answers kept when the rating is missing or the comment too long', async () => {
    const token = formTokenFor(published.id, Date.now() - 10_000);
    const r = await postForm(published.code, { formToken: token, comment: 'Labi <b>', channel: 'other' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Izvēlieties vērtējumu no 1 līdz 10.');
    expect(r.body).toContain('Labi &lt;b&gt;</textarea>');
    const long = await postForm(published.code, { formToken: token, rating: '5', comment: 'x'.repeat(1001) });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Komentārs ir pārāk garš');
    const badChannel = await postForm(published.code, { formToken: token, rating: '5', channel: 'vpvkac' });
    expect(badChannel.statusCode).toBe(400);
    expect(badChannel.body).toContain('Izvēlieties, kā izmantojāt pakalpojumu.');
  });

  it('refuses a form sent too fast, a forged token and a filled honeypot, storing nothing', async () => {
    const before = (await ratingsOf(published.id)).length;
    const page = await get(`/pakalpojumi/${published.code}`);
    const fresh = page.body.match(/name="formToken" value="([^"]+)"/)![1];
    const fast = await postForm(published.code, { formToken: fresh, rating: '1' });
    expect(fast.statusCode).toBe(400);
    expect(fast.body).toContain('Forma tika nosūtīta pārāk ātri');
    const [issued] = fresh.split('.');
    const forged = await postForm(published.code, { formToken: `${Number(issued) - 60_000}.${'A'.repeat(43)}`, rating: '1' });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('Forma ir novecojusi vai bojāta');
    const otherService = await postForm(published.code, { formToken: formTokenFor(hostile.id, Date.now() - 10_000), rating: '1' });
    expect(otherService.statusCode).toBe(400);
    const bot = await postForm(published.code, { formToken: formTokenFor(published.id, Date.now() - 10_000), rating: '1', website: 'http://spam.example' });
    expect(bot.statusCode).toBe(400);
    expect((await ratingsOf(published.id)).length).toBe(before);
  });

  it('limits how many ratings one address may send', async () => {
    const ip = '10.99.99.99';
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await postForm(published.code, { rating: '5' }, ip)).statusCode);
    expect(codes.slice(0, 20).every((c) => c === 400)).toBe(true);
    expect(codes[20]).toBe(429);
    const limited = await postForm(published.code, { rating: '5' }, ip);
    expect(limited.headers['content-type']).toMatch(/text\/html/);
    expect(limited.body).toContain('pārāk daudz vērtējumu');
  });

  it('accepts ratings through the JSON API and names the field in errors', async () => {
    const formR = await t.app.inject({ method: 'GET', url: `/api/v1/catalogue/services/${published.code}/feedback/form` });
    expect(formR.statusCode).toBe(200);
    expect(formR.json().channels).toEqual(expect.arrayContaining(['institutionPortal', 'institutionCentre', 'other']));
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/services/${published.code}/feedback`,
      remoteAddress: '10.1.1.1',
      payload: { rating: 7, channel: 'institutionCentre', formToken: formTokenFor(published.id, Date.now() - 5_000) },
    });
    expect(ok.statusCode).toBe(201);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/services/${published.code}/feedback`,
      remoteAddress: '10.1.1.1', headers: { 'accept-language': 'en' },
      payload: { rating: 7, channel: 'mobileApp', formToken: formTokenFor(published.id, Date.now() - 5_000) },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'channel', code: 'unknownChannel' });
    const notPublic = await t.app.inject({ method: 'GET', url: `/api/v1/catalogue/services/${inter.code}/feedback/form` });
    expect(notPublic.statusCode).toBe(404);
  });

  it('gives the rating summary to the owner institution’s people only', async () => {
    const url = `/api/v1/services/${published.id}/feedback/summary`;
    expect((await t.api({ method: 'GET', url })).statusCode).toBe(401);
    const stranger = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    expect((await t.api({ method: 'GET', url, token: stranger.token })).statusCode).toBe(403);
    const r = await t.api({ method: 'GET', url, token: owner.manager.token });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.count).toBeGreaterThanOrEqual(2);
    expect(body.distribution['9']).toBeGreaterThanOrEqual(1);
    expect(body.distribution['7']).toBeGreaterThanOrEqual(1);
    expect(body.average).toBeGreaterThan(6);
  });
});
