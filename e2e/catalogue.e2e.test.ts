/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 240_000);
afterAll(async () => {
  await e2e?.close();
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Opens a page, checks it has no axe violations and fits a 360 px wide screen when asked. */
async function visit(page: Page, url: string, status = 200): Promise<void> {
  const r = await page.goto(url);
  expect(r?.status(), url).toBe(status);
  expect(await e2e.axe(page), url).toEqual([]);
}

async function fitsWidth(page: Page): Promise<boolean> {
  return (await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')) as boolean;
}

describe('public catalogue in Chromium', () => {
  it('goes from the home page through a life situation to a service page, all without axe violations', async () => {
    const { page } = await e2e.newPage();
    await visit(page, '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    await h1(page).filter({ hasText: 'Atrodiet vajadzīgo valsts vai pašvaldības pakalpojumu' }).waitFor();
    await e2e.screenshot(page, 'catalogue-home');

    await page.getByRole('link', { name: /Bērna piedzimšana/ }).first().click();
    await h1(page).filter({ hasText: 'Bērna piedzimšana' }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);
    const first = page.locator('.service-card a').first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await h1(page).filter({ hasText: name }).waitFor();
    expect(page.url()).toMatch(/\/pakalpojumi\/[^/]+\/[a-z0-9-]+$/);
    expect(await e2e.axe(page)).toEqual([]);
    await page.getByRole('heading', { name: 'Mūsu apņemšanās' }).waitFor();
    await page.getByRole('heading', { name: 'Kā pieteikt un saņemt' }).waitFor();
    await page.getByRole('group', { name: /Cik apmierināts esat ar pakalpojumu/ }).waitFor();
    await e2e.screenshot(page, 'catalogue-service');
  }, 240_000);

  it('searches and narrows with filter links; shows institutions and service points', async () => {
    const { page } = await e2e.newPage();
    await visit(page, '/');
    await page.getByLabel('Meklēt pakalpojumu').fill('pabalsts');
    await page.getByRole('button', { name: 'Meklēt' }).click();
    await h1(page).filter({ hasText: 'pabalsts' }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Atlasīt pakalpojumus' }).getByRole('link', { name: /Tiešsaistē/ }).click();
    await page.waitForURL(/kanals=tiessaiste/);
    expect(page.url()).toContain('q=pabalsts');
    expect(await e2e.axe(page)).toEqual([]);
    await e2e.screenshot(page, 'catalogue-search');

    await visit(page, '/iestades');
    await page.getByRole('link', { name: 'Valsts ieņēmumu dienests' }).click();
    await h1(page).filter({ hasText: 'Valsts ieņēmumu dienests' }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);

    await visit(page, '/klientu-centri');
    await page.getByRole('link', { name: 'Valmieras novada VPVKAC (Valmiera)' }).click();
    await h1(page).filter({ hasText: 'Valmieras novada VPVKAC (Valmiera)' }).waitFor();
    await page.getByRole('heading', { name: 'Darba laiks' }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);
    await visit(page, '/dzives-situacijas');
  }, 240_000);

  it('switches to English and shows a 404 page in catalogue style', async () => {
    const { page } = await e2e.newPage();
    await visit(page, '/dzives-situacijas');
    await page.getByRole('link', { name: 'English' }).click();
    await h1(page).filter({ hasText: 'Life situations' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await e2e.axe(page)).toEqual([]);
    await visit(page, '/pakalpojumi/NAV-TADA', 404);
    await h1(page).filter({ hasText: 'Page not found' }).waitFor();
  }, 180_000);

  it('fits a 360 px wide phone screen', async () => {
    const { page } = await e2e.newPage({ width: 360, height: 740 });
    for (const url of ['/', '/klientu-centri', '/pakalpojumi?q=pase']) {
      await visit(page, url);
      expect(await fitsWidth(page), url).toBe(true);
    }
    // From the search results (the last page visited) into a service page.
    await page.locator('.service-card a').first().click();
    await page.locator('.service-header').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await e2e.screenshot(page, 'catalogue-phone');
  }, 180_000);

  it('sends a rating with JavaScript switched off and lands on the thank-you page', async () => {
    const context = await e2e.browser.newContext({ baseURL: e2e.baseUrl, javaScriptEnabled: false, locale: 'lv-LV' });
    const page = await context.newPage();
    await page.goto('/pakalpojumi?q=pase');
    await page.locator('.service-card a').first().click();
    await page.locator('#vertejums').waitFor();
    await page.getByRole('radio', { name: '8', exact: true }).check();
    await page.getByRole('textbox', { name: 'Komentārs (nav obligāts)' }).fill('Viss izdevās.');
    // A person needs a moment to fill the form; faster submissions are refused as automated.
    await page.waitForTimeout(3_200);
    await page.getByRole('button', { name: 'Nosūtīt vērtējumu' }).click();
    await h1(page).filter({ hasText: 'Paldies par vērtējumu!' }).waitFor();
    const thanks = new URL(page.url()).pathname;
    expect(thanks).toMatch(/\/vertejums\/paldies$/);
    await context.close();
    // axe runs as a script, so the thank-you page is checked again in a normal browser.
    const { page: withJs } = await e2e.newPage();
    await withJs.goto(thanks);
    await h1(withJs).filter({ hasText: 'Paldies par vērtējumu!' }).waitFor();
    expect(await e2e.axe(withJs)).toEqual([]);
  }, 180_000);
});

describe('inter-institutional catalogue in Chromium', () => {
  it('asks anonymous visitors to sign in and shows the catalogue to an institution user', async () => {
    const { page, context } = await e2e.newPage();
    await visit(page, '/starpiestazu/pakalpojumi', 401);
    await page.getByRole('link', { name: 'Pieslēgties darbvietā' }).waitFor();
    const login = await context.request.post('/api/v1/auth/login', { data: { login: 'kopuma.vaditajs@vdaa.demo.lv', password: 'Demo-parole-2026' } });
    expect(login.status()).toBe(200);
    await visit(page, '/starpiestazu');
    await h1(page).filter({ hasText: 'Atrodiet citu iestāžu pakalpojumus savai iestādei' }).waitFor();
    await visit(page, '/starpiestazu/pakalpojumi');
    const first = page.locator('.service-card a').first();
    await first.click();
    await page.locator('.service-header').waitFor();
    expect(await e2e.axe(page)).toEqual([]);
    expect(await page.locator('#vertejums').count()).toBe(0);
  }, 180_000);
});

describe('Content-Security-Policy in Chromium', () => {
  it('blocks an inline script a page did not ship, and the harness reports it', async () => {
    const { page } = await e2e.newPage();
    await visit(page, '/pakalpojumi?q=pase');
    const reported = page.waitForEvent('console', (msg) => /Content Security Policy/i.test(msg.text()));
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.documentElement.dataset.injected = "ran"';
      document.body.append(s);
      const b = document.createElement('button');
      b.setAttribute('onclick', 'document.documentElement.dataset.injected = "ran"');
      document.body.append(b);
      b.click();
    });
    await reported;
    expect(await page.locator('html').getAttribute('data-injected')).toBeNull();
    expect((await e2e.axe(page)).some((v) => v.startsWith('CSP'))).toBe(true);
  });
});
