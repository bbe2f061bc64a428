import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness.js';

/**
 * The service register in the workspace: the list (filters in the address,
 * paging), the service page with its rule check and publication actions, the
 * version diff and the audit trail, for the owner's and another institution's staff.
 */
// axe over long pages is slow on a shared machine.
vi.setConfig({ testTimeout: 120_000 });

let e2e: E2E;
let vid: Page;
beforeAll(async () => {
  e2e = await startE2E();
  vid = (await e2e.newPage()).page;
  await e2e.signIn(vid, 'kopuma.vaditajs@vid.demo.lv');
}, 120_000);
afterAll(async () => {
  await e2e?.close();
});

interface Summary { id: string; code: string; nameLv: string | null }

/** Calls the API as the page's signed-in user (session cookie + CSRF token), as the workspace does. */
async function call(page: Page, method: string, url: string, opts: { body?: unknown; ifMatch?: string } = {}) {
  const session = await (await page.request.get('/api/v1/auth/session')).json();
  const headers: Record<string, string> = { 'x-csrf-token': session.csrfToken ?? '', 'content-type': 'application/json' };
  if (opts.ifMatch) headers['if-match'] = opts.ifMatch;
  return page.request.fetch(url, { method, headers, data: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
}

/** A demo service by its Latvian name (codes are numbered by the seed). */
async function serviceByName(page: Page, name: string): Promise<Summary> {
  const r = await page.request.get(`/api/v1/services?q=${encodeURIComponent(name)}&pageSize=50`);
  const found = ((await r.json()).items as Summary[]).find((s) => s.nameLv === name);
  if (!found) throw new Error(`demo service ${name} not found`);
  return found;
}

const GID = 'Gada ienākumu deklarācijas pieņemšana';
const PVN = 'PVN maksātāja reģistrācija';
const PARREKINS = 'Pensijas pārrēķināšana pēc stāža papildināšanas';

/** The number in the list's "found N services" status line. */
async function foundCount(page: Page): Promise<number> {
  const text = await page.getByRole('status').filter({ hasText: /Atrast/ }).textContent();
  return Number(/\d+/.exec(text ?? '')?.[0]);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

describe('service register list', () => {
  it('keeps the digital-status filter in the address and shows only matching services', async () => {
    await vid.goto('/darbvieta/pakalpojumi');
    await expect(h1(vid).textContent()).resolves.toBe('Pakalpojumu reģistrs');
    await vid.getByRole('status').filter({ hasText: /Atrast/ }).waitFor();
    const totalAll = await foundCount(vid);
    expect(await e2e.axe(vid)).toEqual([]);
    await e2e.screenshot(vid, 'services-list');

    await vid.getByLabel('Digitālais statuss').selectOption('dService');
    await vid.waitForURL(/digitalStatus=dService/);
    await expect.poll(() => foundCount(vid), { timeout: 20_000 }).not.toBe(totalAll);
    const badges = await vid.locator('table.svc-list tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(badges.length).toBeGreaterThan(0);
    for (const row of badges) expect(row).toContain('D-pakalpojums');

    // A link reproduces the view; Back returns to the unfiltered list.
    await vid.reload();
    await expect(vid.getByLabel('Digitālais statuss').inputValue()).resolves.toBe('dService');
    await vid.goBack();
    await vid.waitForURL((u) => !u.search.includes('digitalStatus'));
  });

  it('searches by typing (debounced into the address) and pages on the server', async () => {
    await vid.goto('/darbvieta/pakalpojumi?pageSize=25');
    await vid.getByRole('button', { name: 'Nākamā' }).click();
    await vid.waitForURL(/page=2/);
    await vid.getByText(/^2\. lapa no \d+/).waitFor();
    await vid.getByRole('button', { name: 'Iepriekšējā' }).click();
    await vid.waitForURL((u) => !u.search.includes('page='));

    await vid.getByLabel('Meklēt pēc nosaukuma vai koda').fill('Gada ienākumu');
    await vid.waitForURL(/q=Gada/);
    await vid.getByRole('link', { name: 'Gada ienākumu deklarācijas pieņemšana' }).waitFor();
    expect(await vid.locator('table.svc-list tbody tr').count()).toBe(1);
    await vid.getByRole('link', { name: 'Jauns pakalpojums' }).waitFor();
  });

  it('fits a phone-width screen: the table becomes one card per service, nothing scrolls sideways', async () => {
    await vid.setViewportSize({ width: 360, height: 800 });
    try {
      await vid.goto('/darbvieta/pakalpojumi?pageSize=25');
      await vid.locator('table.svc-list tbody tr').first().waitFor();
      const widths = (await vid.evaluate('[document.querySelector("main").scrollWidth, window.innerWidth]')) as number[];
      expect(widths[0]).toBeLessThanOrEqual(widths[1]);
      await e2e.screenshot(vid, 'services-list-phone');
    } finally {
      await vid.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe('service page', () => {
  it('shows every part of a demo service with its rule check, and passes axe', async () => {
    const gid = await serviceByName(vid, GID);
    await vid.goto(`/darbvieta/pakalpojumi/${gid.id}`);
    await expect(h1(vid).textContent()).resolves.toBe('Gada ienākumu deklarācijas pieņemšana');
    const main = vid.locator('main');
    await main.getByRole('heading', { name: 'Publicēšanas pārbaude' }).waitFor();
    await main.getByText(/Kļūdu nav|Kļūdas, kas aizkavē/).first().waitFor();
    const text = await main.textContent();
    for (const expected of [gid.code, 'Valsts ieņēmumu dienests', 'Likums „Par iedzīvotāju ienākuma nodokli”', 'Pieteikšana', 'Saņemšana', 'Pakalpojuma sniedzēji', 'Publicēts']) {
      expect(text).toContain(expected);
    }
    await main.getByRole('link', { name: 'Labot' }).waitFor();
    await main.getByRole('button', { name: 'Arhivēt' }).waitFor();
    expect(await e2e.axe(vid)).toEqual([]);
    await e2e.screenshot(vid, 'service-view');
  });

  it('refuses to publish an incomplete draft and lists the broken rules with their ids', async () => {
    const session = await (await vid.request.get('/api/v1/auth/session')).json();
    const created = await call(vid, 'POST', '/api/v1/services', { body: { ownerInstitutionId: session.institutionId, nameLv: 'Izziņas izsniegšana' } });
    expect(created.status()).toBe(201);
    const draft = await created.json();
    await vid.goto(`/darbvieta/pakalpojumi/${draft.id}`);
    await vid.getByRole('heading', { name: /Kļūdas, kas aizkavē publicēšanu/ }).waitFor();
    await vid.locator('main').getByRole('button', { name: 'Publicēt' }).click();
    const dialog = vid.getByRole('dialog');
    await dialog.getByText(/Publicēt 1\. versiju/).waitFor();
    await dialog.getByRole('button', { name: 'Apstiprināt' }).click();
    const alert = vid.getByRole('alert').filter({ hasText: 'Publicēt nevar' });
    await alert.waitFor();
    const reasons = await alert.locator('li').allTextContents();
    expect(reasons.length).toBeGreaterThan(1);
    expect(reasons.some((r) => /^R\d{2}/.test(r))).toBe(true);
    expect(await alert.textContent()).toContain('vajadzīb');
    expect(await e2e.axe(vid)).toEqual([]);
  });
});

describe('another institution', () => {
  let vsaa: Page;
  beforeAll(async () => {
    vsaa = (await e2e.newPage()).page;
    await e2e.signIn(vsaa, 'kopuma.vaditajs@vsaa.demo.lv');
  });

  it('sees no edit, submit or publish on a VID service, and the API refuses its edit with 403', async () => {
    const gid = await serviceByName(vsaa, GID);
    await vsaa.goto(`/darbvieta/pakalpojumi/${gid.id}`);
    await expect(h1(vsaa).textContent()).resolves.toBe('Gada ienākumu deklarācijas pieņemšana');
    await vsaa.locator('main').getByText(gid.code).first().waitFor();
    for (const name of ['Labot', 'Iesniegt publicēšanai', 'Publicēt', 'Arhivēt']) {
      expect(await vsaa.locator('main').getByRole('button', { name, exact: true }).count()).toBe(0);
      expect(await vsaa.locator('main').getByRole('link', { name, exact: true }).count()).toBe(0);
    }
    const current = await vsaa.request.get(`/api/v1/services/${gid.id}`);
    const patch = await call(vsaa, 'PATCH', `/api/v1/services/${gid.id}`, { body: { nameEn: 'Taken over' }, ifMatch: current.headers()['etag'] });
    expect(patch.status()).toBe(403);
  });

  it('lets the portfolio manager publish a submitted service of its own institution', async () => {
    const svc = await serviceByName(vsaa, PARREKINS);
    await vsaa.goto(`/darbvieta/pakalpojumi/${svc.id}`);
    await vsaa.locator('main').getByText('Iesniegts publicēšanai').first().waitFor();
    await vsaa.locator('main').getByRole('button', { name: 'Publicēt' }).click();
    await vsaa.getByRole('dialog').getByRole('button', { name: 'Apstiprināt' }).click();
    await vsaa.getByText('Pakalpojums publicēts.').waitFor();
    await vsaa.locator('main .svc-head').getByText('Publicēts').waitFor();
    expect(await vsaa.locator('main').getByRole('button', { name: 'Publicēt' }).count()).toBe(0);
  });
});

describe('history and audit trail', () => {
  it('shows a side-by-side diff of two versions with added items marked in words', async () => {
    const pvn = await serviceByName(vid, PVN);
    const current = await vid.request.get(`/api/v1/services/${pvn.id}`);
    const before = await current.json();
    const patch = await call(vid, 'PATCH', `/api/v1/services/${pvn.id}`, {
      body: { keywords: [...(before.description.keywords ?? []), 'PVN reģistrs'], descriptionLv: 'Reģistrācija PVN maksātāju reģistrā, lai uzņēmums varētu piemērot PVN.' },
      ifMatch: current.headers()['etag'],
    });
    expect(patch.status()).toBe(200);
    await vid.goto(`/darbvieta/pakalpojumi/${pvn.id}/versijas`);
    await vid.getByRole('heading', { name: 'Izmaiņas no 1. līdz 2. versijai' }).waitFor();
    const table = vid.locator('table.diff');
    await table.waitFor();
    expect(await table.locator('thead').textContent()).toContain('Pirms (1. versija)');
    const keywordsRow = table.locator('tr', { has: vid.getByRole('rowheader', { name: 'Atslēgvārdi' }) });
    expect(await keywordsRow.locator('td.after ins').textContent()).toContain('pievienots: PVN reģistrs');
    const descRow = table.locator('tr', { has: vid.getByRole('rowheader', { name: 'Apraksts latviski' }) });
    expect(await descRow.locator('td.after').textContent()).toContain('Reģistrācija PVN maksātāju reģistrā');
    expect(await e2e.axe(vid)).toEqual([]);
    await e2e.screenshot(vid, 'service-diff');

    // Choosing the same version twice says there is no difference.
    await vid.getByLabel('No versijas').selectOption('2');
    await vid.getByRole('button', { name: 'Rādīt atšķirības' }).click();
    await vid.waitForURL(/no=2&lidz=2/);
    await vid.getByText('Šīs versijas neatšķiras.').waitFor();
  });

  it('lists who changed the service and what', async () => {
    const pvn = await serviceByName(vid, PVN);
    await vid.goto(`/darbvieta/pakalpojumi/${pvn.id}/audits`);
    await vid.getByRole('heading', { level: 1, name: 'Izmaiņu žurnāls: PVN maksātāja reģistrācija' }).waitFor();
    const first = vid.locator('main table tbody tr').first();
    await first.waitFor();
    const row = await first.textContent();
    expect(row).toContain('Gints Kalējs');
    expect(row).toContain('Labots');
    expect(row).toContain('Atslēgvārdi');
    expect(await e2e.axe(vid)).toEqual([]);
  });

  it('works in English too (history page), with no axe violations', async () => {
    const pvn = await serviceByName(vid, PVN);
    await vid.goto(`/darbvieta/pakalpojumi/${pvn.id}/versijas`);
    await vid.getByRole('button', { name: 'English' }).click();
    await vid.getByRole('heading', { name: 'Changes from version 1 to 2' }).waitFor();
    expect(await vid.locator('html').getAttribute('lang')).toBe('en');
    expect(await vid.locator('table.diff').textContent()).toContain('added: PVN reģistrs');
    expect(await e2e.axe(vid)).toEqual([]);
    await vid.getByRole('button', { name: 'Latviski' }).click();
    await vid.getByRole('heading', { name: 'Izmaiņas no 1. līdz 2. versijai' }).waitFor();
  });
});
