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

/** A page of a fresh context that reports script errors in the test output. */
async function newPage() {
  const { page } = await e2e.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  page.on('dialog', (d) => void d.accept());
  // The machine running the suite is shared and slow; a first visit loads the page's code.
  page.setDefaultTimeout(40_000);
  return page;
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Opens the institution page of VID through the list's search, checking the list on the way. */
async function openVid(page: Page): Promise<string> {
  await page.goto('/darbvieta/iestades');
  await h1(page).filter({ hasText: 'Iestādes' }).waitFor();
  await page.getByRole('searchbox', { name: 'Nosaukums vai kods' }).fill('Valsts ieņēmumu');
  await page.getByRole('button', { name: 'Meklēt' }).click();
  await page.getByRole('link', { name: 'Valsts ieņēmumu dienests' }).waitFor();
  expect(await e2e.axe(page)).toEqual([]);
  await page.getByRole('link', { name: 'Valsts ieņēmumu dienests' }).click();
  await h1(page).filter({ hasText: 'Valsts ieņēmumu dienests' }).waitFor();
  await page.getByRole('heading', { name: 'Lomu skaita noteikumi' }).waitFor();
  return page.url().split('/').pop()!;
}

/** The row of the roles table (or checks table) for a scope code and, optionally, a rule. */
const rowOf = (page: Page, text: string, rule?: string) => {
  let rows = page.locator('tr').filter({ hasText: text });
  if (rule) rows = rows.filter({ has: page.locator('th', { hasText: rule }) });
  return rows.first();
};

describe('reference data in the workspace', () => {
  it('shows an institution with its roles and cardinality rules; its portfolio manager ends and makes an appointment', async () => {
    const page = await newPage();
    await e2e.signIn(page, 'kopuma.vaditajs@vid.demo.lv');
    await openVid(page);
    const roles = page.locator('section[aria-labelledby="roles-heading"]');
    expect(await roles.textContent()).toContain('Pakalpojumu kopuma vadītājs (Iestādes pakalpojumu kopuma saimnieks)');
    expect(await rowOf(page, 'VID-0011', 'R13').textContent()).toContain('Izpildīts');
    expect(await rowOf(page, 'VID-0011', 'R19').textContent()).toContain('Neizpildīts');
    expect(await page.getByText('Ir neizpildīti noteikumi').count()).toBe(1);
    expect(await e2e.axe(page)).toEqual([]);
    await e2e.screenshot(page, 'institution');

    // End the service manager's appointment for VID-0011: R13 becomes broken.
    const managerRow = page.locator('tbody tr').filter({ hasText: 'Pakalpojums: VID-0011' }).filter({ hasText: 'Pakalpojuma vadītājs' }).first();
    await managerRow.getByRole('button', { name: 'Beigt iecelšanu: Zane Ābola' }).click();
    await page.getByRole('status').filter({ hasText: 'Iecelšana beigta: Zane Ābola.' }).waitFor();
    await expect.poll(async () => rowOf(page, 'VID-0011', 'R13').textContent()).toContain('Neizpildīts');

    // Appoint another person of VID as the service manager: listed, R13 met again.
    const form = page.locator('form[aria-labelledby="appoint-heading"]');
    await form.getByRole('button', { name: 'Iecelt' }).click();
    await form.getByText('Izvēlieties personu.').waitFor();
    const person = await form.locator('select[name="personId"] option', { hasText: 'Kārlis Balodis' }).getAttribute('value');
    await form.locator('select[name="personId"]').selectOption(person!);
    const scope = await form.locator('select[name="scopeId"] option', { hasText: 'VID-0011' }).getAttribute('value');
    await form.locator('select[name="scopeId"]').selectOption(scope!);
    await form.getByRole('button', { name: 'Iecelt' }).click();
    await page.getByRole('status').filter({ hasText: 'Kārlis Balodis iecelts' }).waitFor();
    await expect.poll(async () => page.locator('tbody tr').filter({ hasText: 'Pakalpojums: VID-0011' }).filter({ hasText: 'Kārlis Balodis' }).count()).toBe(1);
    await expect.poll(async () => rowOf(page, 'VID-0011', 'R13').textContent()).toContain('Izpildīts');
    expect(await e2e.axe(page)).toEqual([]);

    // A second service manager for the same service is refused with the reason shown.
    const other = await form.locator('select[name="personId"] option', { hasText: 'Zane Ābola' }).getAttribute('value');
    await form.locator('select[name="personId"]').selectOption(other!);
    await form.locator('select[name="scopeId"]').selectOption(scope!);
    await form.getByRole('button', { name: 'Iecelt' }).click();
    await form.getByRole('alert').waitFor();
  }, 300_000);

  it('gives a service manager of another institution no appointment controls, and the API refuses with 403', async () => {
    const page = await newPage();
    await e2e.signIn(page, 'pakalpojuma.vaditajs@vsaa.demo.lv');
    const vidId = await openVid(page);
    await page.getByRole('heading', { name: 'Lomu skaita noteikumi' }).waitFor();
    expect(await page.locator('form[aria-labelledby="appoint-heading"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Beigt iecelšanu/ }).count()).toBe(0);
    const session = await (await page.request.get('/api/v1/auth/session')).json();
    const people = await (await page.request.get(`/api/v1/people?institutionId=${vidId}`)).json();
    const services = await (await page.request.get(`/api/v1/services?ownerInstitutionId=${vidId}`)).json();
    const res = await page.request.post('/api/v1/role-assignments', {
      headers: { 'x-csrf-token': session.csrfToken },
      data: { role: 'serviceOwner', institutionId: vidId, personId: people.items[0].id, scopeId: services.items[0].id },
    });
    expect(res.status()).toBe(403);

    // Life situation -> need -> the services that meet it.
    await page.goto('/darbvieta/dzives-situacijas');
    await h1(page).filter({ hasText: 'Dzīves situācijas' }).waitFor();
    await page.getByLabel('Kam paredzēta').selectOption('residents');
    await page.getByRole('searchbox', { name: 'Nosaukums vai kods' }).fill('Bērna piedzimšana');
    await page.getByRole('button', { name: 'Meklēt' }).click();
    await page.getByText('Atrasta 1 dzīves situācija').waitFor();
    expect(await e2e.axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Bērna piedzimšana' }).click();
    await h1(page).filter({ hasText: 'Bērna piedzimšana' }).waitFor();
    await page.getByRole('heading', { name: /Vajadzības \(7\)/ }).waitFor();
    const list = page.getByRole('list', { name: /^Pakalpojumi vajadzībai/ }).first();
    await list.waitFor();
    expect(await e2e.axe(page)).toEqual([]);
    await e2e.screenshot(page, 'life-situation');
    const link = list.getByRole('link').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/darbvieta\/pakalpojumi\/[0-9a-f-]{36}$/);
    await link.click();
    await page.waitForURL((u) => u.pathname === href);

    // Channel points of another institution through the picker; one point and the services using it.
    await page.goto('/darbvieta/kanali');
    await h1(page).filter({ hasText: 'Kanālu punkti' }).waitFor();
    await page.locator('select[name="institutionId"]').selectOption({ label: 'Valmieras novada pašvaldība' });
    await page.getByRole('link', { name: 'Valmieras novada VPVKAC (Valmiera)' }).waitFor();
    expect(await page.getByRole('link', { name: 'Pievienot kanālu punktu' }).count()).toBe(0);
    expect(await e2e.axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Valmieras novada VPVKAC (Valmiera)' }).click();
    await h1(page).filter({ hasText: 'Valmieras novada VPVKAC (Valmiera)' }).waitFor();
    expect(await page.locator('tr').filter({ hasText: 'Pirmdiena' }).textContent()).toContain('08:00–12:00, 12:30–18:00');
    expect(await page.locator('tr').filter({ hasText: 'Sestdiena' }).textContent()).toContain('Slēgts');
    await page.getByRole('heading', { name: /Pakalpojumi, kas izmanto šo punktu \([1-9][0-9]*\)/ }).waitFor();
    await page.locator('tbody tr').filter({ hasText: 'VALMIERA-' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Labot kanālu punktu' }).count()).toBe(0);
    expect(await e2e.axe(page)).toEqual([]);
    await e2e.screenshot(page, 'channel-point');
  }, 300_000);

  it('lets a portfolio manager add a channel point with opening hours, showing a wrong interval next to its day', async () => {
    const page = await newPage();
    await e2e.signIn(page, 'kopuma.vaditajs@valmiera.demo.lv');
    await page.goto('/darbvieta/kanali');
    await page.getByRole('link', { name: 'Pievienot kanālu punktu' }).click();
    await h1(page).filter({ hasText: 'Jauns kanālu punkts' }).waitFor();
    await page.getByLabel('Kods').fill('VALMIERA-KOCENI-VPVKAC');
    await page.getByLabel('Kanāla veids').selectOption('vpvkac');
    await page.getByLabel('Nosaukums latviski').fill('Valmieras novada VPVKAC (Kocēni)');
    await page.getByLabel('Adrese', { exact: true }).fill('Alejas iela 3, Kocēni, LV-4220');
    await page.getByLabel('Pirmdiena').fill('09:00-13:00, 12:00-17:00');
    await page.getByLabel('Otrdiena').fill('09:00-17:00');
    expect(await e2e.axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    const mondayError = page.locator('.field').filter({ has: page.getByLabel('Pirmdiena') }).locator('.field-error');
    await mondayError.waitFor();
    expect(await page.getByLabel('Pirmdiena').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Nosaukums latviski').inputValue()).toBe('Valmieras novada VPVKAC (Kocēni)');
    await page.getByLabel('Pirmdiena').fill('09:00-12:00, 12:30-17:00');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await h1(page).filter({ hasText: 'Valmieras novada VPVKAC (Kocēni)' }).waitFor();
    expect(await page.locator('tr').filter({ hasText: 'Pirmdiena' }).textContent()).toContain('09:00–12:00, 12:30–17:00');
    await page.getByText('Neviens pakalpojums šo kanālu punktu neizmanto.').waitFor();
  }, 300_000);

  it('shows the policy (32 tasks, 10 conditions) to everyone; the state lead drafts a version and sees what changed', async () => {
    const page = await newPage();
    await e2e.signIn(page, 'valsts.vaditajs@varam.demo.lv');
    await page.goto('/darbvieta/politika');
    await page.getByRole('heading', { name: 'Pārvaldības uzdevumi (32)' }).waitFor();
    await page.getByRole('heading', { name: 'Nosacījumi (10) un to kritēriji' }).waitFor();
    expect(await page.locator('tr[data-task]').count()).toBe(32);
    expect(await page.locator('li[data-condition]').count()).toBe(10);
    expect(await page.locator('li[data-condition="5"]').textContent()).toContain('5.1.2 d-pakalpojumi');
    expect(await e2e.axe(page)).toEqual([]);
    await e2e.screenshot(page, 'policy');

    await page.getByRole('link', { name: 'Versijas un izmaiņas' }).click();
    await page.waitForURL(/\/politika\/versijas$/);
    await h1(page).filter({ hasText: 'Politikas versijas' }).waitFor();
    await page.getByText('Ir tikai viena versija; nav ar ko salīdzināt.').waitFor();
    await page.getByLabel('Versijas apzīmējums').fill('v2');
    await page.getByLabel('Nosaukums latviski').fill('Pakalpojumu pārvaldības politika, 2. redakcija');
    await page.getByLabel('Nosaukums angliski').fill('Service management policy, 2nd edition');
    await page.getByRole('button', { name: 'Izveidot melnrakstu' }).click();
    await page.getByRole('status').filter({ hasText: 'Izveidots melnraksts v2.' }).waitFor();

    // Rename a task in the draft's JSON and save it.
    const editor = page.getByLabel('Versijas saturs (JSON)');
    await expect.poll(async () => (await editor.inputValue()).includes('"id": "v2"')).toBe(true);
    const doc = JSON.parse(await editor.inputValue());
    doc.tasks.find((x: { code: string }) => x.code === 'PU1-1').titleLv = 'Politikas plānošana, aktualizēšana un izvērtēšana';
    await page.getByLabel('Ielādēt JSON failu').setInputFiles({ name: 'v2.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await expect.poll(async () => (await editor.inputValue()).includes('izvērtēšana')).toBe(true);
    await page.getByRole('button', { name: 'Saglabāt melnrakstu' }).click();
    await page.getByRole('status').filter({ hasText: 'Melnraksts v2 saglabāts.' }).waitFor();

    const diff = page.getByRole('region', { name: 'Izmaiņas no v1 uz v2' });
    await diff.getByRole('heading', { name: 'Pārvaldības uzdevumi' }).waitFor();
    const row = diff.locator('tr').filter({ hasText: 'PU1-1' });
    await expect.poll(async () => row.textContent()).toContain('Politikas plānošana, aktualizēšana un izvērtēšana');
    expect(await row.textContent()).toContain('Pakalpojumu pārvaldības politikas plānošana un aktualizēšana');
    expect(await diff.locator('tr').filter({ hasText: 'titleEn' }).textContent()).toContain('Service management policy, 2nd edition');
    expect(await e2e.axe(page)).toEqual([]);
    await e2e.screenshot(page, 'policy-versions');

    // The same pages in English pass axe too.
    await page.getByRole('button', { name: 'English' }).click();
    await h1(page).filter({ hasText: 'Policy versions' }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);
    await page.goto('/darbvieta/politika');
    await page.getByRole('heading', { name: 'Management tasks (32)' }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);
  }, 300_000);
});
