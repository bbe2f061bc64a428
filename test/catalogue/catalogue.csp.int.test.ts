/**
 * Issue 9: the Content-Security-Policy allows scripts (and styles) from our own
 * origin only, and no page the server renders needs anything else: no inline
 * <script> body, no on*= event handler attribute, no style attribute or <style> block.
 * Also: the sitemap and robots.txt build absolute URLs from PUBLIC_BASE_URL, never
 * from the Host header a caller sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { buildInstitution, buildUser } from '../helpers/factories.js';
import { buildChannelPoint, buildService, buildServiceOwner, publishableFields } from '../helpers/service-factories.js';
import { serviceUrl } from '../../src/web/catalogue/catalogue.components.js';

let t: TestApp;
let pages: string[];
let interPages: string[];
let cookie: string;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_BASE_URL: 'https://pakalpojumi.example.lv' });
  const db = t.database.db;
  const owner = await buildServiceOwner(db);
  const fields = await publishableFields(db, owner.institution);
  const { extras, ...input } = fields;
  const mgr = owner.manager.person.id;
  const published = await buildService(db, { ...input, ownerInstitutionId: owner.institution.id, nameParts: null, nameLv: 'Drošības politikas pārbaudes pakalpojums' }, { publish: true, managerPersonId: mgr });
  const inter = await buildService(
    db,
    { ...input, ownerInstitutionId: owner.institution.id, nameParts: null, nameLv: 'Starpiestāžu datu apmaiņas nodrošināšana', recipientType: 'interInstitutionalShared', targetGroups: ['institutions'] },
    { publish: true, managerPersonId: mgr },
  );
  const municipality = await buildInstitution(db, { kind: 'municipality', groupCode: 'derivedPublicPerson' });
  const centre = await buildChannelPoint(db, municipality.id, 'vpvkac');
  const service = serviceUrl({ base: '' }, published.code, 'Drošības politikas pārbaudes pakalpojums');
  pages = [
    '/',
    '/?lang=en',
    '/pakalpojumi',
    '/pakalpojumi?q=pakalpojums',
    service,
    `${service}?lang=en`,
    `/pakalpojumi/${published.code}/vertejums/paldies`,
    '/dzives-situacijas',
    `/dzives-situacijas/${extras.lifeSituation.code}`,
    '/klientu-centri',
    `/klientu-centri/${centre.code}`,
    '/iestades',
    `/iestades/${owner.institution.code}`,
    '/nav-tadas-lapas',
    '/darbvieta/',
    '/darbvieta/pakalpojumi',
  ];
  interPages = ['/starpiestazu', '/starpiestazu/pakalpojumi', `/starpiestazu/pakalpojumi/${inter.code}`];
  const user = await buildUser(db, (await buildInstitution(db)).id);
  const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: user.login, password: user.password } });
  expect(login.statusCode).toBe(200);
  cookie = `sid=${String(login.headers['set-cookie']).match(/sid=([^;]+)/)![1]}`;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

/** The directives of a CSP header, by name. */
function directives(header: string | string[] | number | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of String(header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** What in an HTML document a strict CSP would block: inline scripts, event handler attributes, inline styles. */
function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\ssrc\s*=/i.test(m[1]) || m[2].trim() !== '') found.push(`inline script: ${m[0].slice(0, 80)}`);
  }
  for (const m of html.matchAll(/<style\b[^>]*>/gi)) found.push(`style element: ${m[0]}`);
  for (const m of html.matchAll(/<[a-zA-Z][^\s/>]*(\s[^>]*)?>/g)) {
    const attrs = m[1] ?? '';
    if (/\son[a-z]+\s*=/i.test(attrs)) found.push(`event handler: ${m[0].slice(0, 80)}`);
    if (/\sstyle\s*=/i.test(attrs)) found.push(`style attribute: ${m[0].slice(0, 80)}`);
    if (/=\s*["']?\s*javascript:/i.test(attrs)) found.push(`javascript: URL: ${m[0].slice(0, 80)}`);
  }
  return found;
}

describe('Content-Security-Policy of the catalogue and the workspace', () => {
  it('allows scripts and styles from our own origin only on every page, and no page needs more', async () => {
    const checked: string[] = [];
    for (const [url, headers] of [...pages.map((u) => [u, {}] as const), ...interPages.map((u) => [u, { cookie }] as const)]) {
      const r = await t.app.inject({ method: 'GET', url, headers });
      expect([200, 404], url).toContain(r.statusCode);
      expect(r.headers['content-type'], url).toMatch(/text\/html/);
      const csp = directives(r.headers['content-security-policy']);
      expect(csp.get('script-src'), url).toEqual(["'self'"]);
      // Inline styles stay allowed for the workspace's graph; the pages themselves ship none (checked below).
      expect(csp.get('style-src'), url).toEqual(["'self'", "'unsafe-inline'"]);
      expect(csp.get('script-src-attr'), url).toEqual(["'none'"]);
      expect(csp.get('object-src'), url).toEqual(["'none'"]);
      expect(csp.get('base-uri'), url).toEqual(["'self'"]);
      expect(csp.get('form-action'), url).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
      expect(inlineCode(r.body), url).toEqual([]);
      // The page does load its script, from our origin.
      expect(r.body, url).toMatch(/<script\b[^>]*\ssrc="\/(static|darbvieta\/assets)\//);
      checked.push(url);
    }
    expect(checked).toHaveLength(pages.length + interPages.length);
  });

  it('recognises the inline code it forbids (the checker itself)', () => {
    expect(inlineCode('<script>alert(1)</script>')).toHaveLength(1);
    expect(inlineCode('<script src="/a.js">alert(1)</script>')).toHaveLength(1);
    expect(inlineCode('<button type="button" onclick="x()">x</button>')).toHaveLength(1);
    expect(inlineCode('<p style="color:red">x</p><style>p{}</style>')).toHaveLength(2);
    expect(inlineCode('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(inlineCode('<p>onclick=x() style="a" is only text here</p><script src="/a.js" defer></script>')).toEqual([]);
  });
});

describe('absolute URLs come from PUBLIC_BASE_URL, not from the Host header', () => {
  it('builds the sitemap from the configured base, whatever Host and X-Forwarded-* say', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/sitemap.xml', headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' } });
    expect(r.statusCode).toBe(200);
    const locs = [...r.body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(5);
    for (const loc of locs) expect(loc.startsWith('https://pakalpojumi.example.lv/'), loc).toBe(true);
    expect(r.body).not.toContain('evil.example');
  });

  it('names the sitemap in robots.txt under the configured base', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/robots.txt', headers: { host: 'evil.example' } });
    expect(r.body).toContain('Sitemap: https://pakalpojumi.example.lv/sitemap.xml\n');
    expect(r.body).not.toContain('evil.example');
  });
});

describe('Content-Security-Policy of the API reference page', () => {
  it('runs its inline start-up script by a per-response nonce, not by allowing inline scripts', async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const r = await t.app.inject({ method: 'GET', url: '/api/v1/docs/' });
      expect(r.statusCode).toBe(200);
      const script = directives(r.headers['content-security-policy']).get('script-src') ?? [];
      expect(script).not.toContain("'unsafe-inline'");
      const nonce = script.find((v) => v.startsWith("'nonce-"))!.slice(7, -1);
      expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
      nonces.add(nonce);
      for (const m of r.body.matchAll(/<script\b[^>]*>/gi)) expect(m[0]).toContain(`nonce="${nonce}"`);
      expect(r.body).toContain(`<meta property="csp-nonce" content="${nonce}">`);
    }
    expect(nonces.size).toBe(2);
  });
});
