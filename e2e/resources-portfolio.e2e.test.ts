import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness.js';

/**
 * Screens the walk found missing: the resource-portfolio manager registers an information system
 * (R15), and the portfolio's approved service list is shown and approved by its manager (R10, R11).
 * Each is checked with the keyboard and axe; actions appear only for those who may take them.
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('resource registration', () => {
  it('the resource-portfolio manager registers an information system from the resources list, by keyboard', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'resursu.vaditajs@vdaa.demo.lv');
    await page.goto('/darbvieta/resursi');
    await page.getByRole('link', { name: 'Reģistrēt resursu' }).click();
    await page.waitForURL(/\/resursi\/jauns$/);
    await page.getByRole('heading', { level: 1, name: 'Reģistrēt resursu' }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);
    await expect(page.getByLabel('Iestāde').locator('option:checked').textContent()).resolves.toMatch(/Valsts digitālās attīstības aģentūra|VDAA/);
    await expect(page.getByLabel('Veids').locator('option:checked').textContent()).resolves.toBe('Digitālā tehnoloģija (informācijas sistēma)');

    // A bad code is refused next to its field, named by its label.
    await page.getByLabel('Kods').fill('x');
    await page.getByLabel('Nosaukums latviski').fill('Pārbaudes informācijas sistēma');
    await page.getByLabel('Nosaukums latviski').press('Enter');
    await page.locator('.field.has-error', { hasText: 'Kods' }).waitFor();
    expect(await page.getByRole('alert').textContent()).not.toMatch(/body\.|code:/);
    expect(await e2e.axe(page)).toEqual([]);

    await page.getByLabel('Kods').fill('VDAA-E2E-IS');
    await page.getByLabel('Dzīves cikla posms').selectOption({ label: 'Ieviešana' });
    await page.getByLabel('Kods').press('Enter');
    await page.waitForURL(/\/resursi\/[0-9a-f-]+\?registrets=1/);
    await page.getByText('Resurss reģistrēts.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Pārbaudes informācijas sistēma' }).waitFor();
    const id = /resursi\/([0-9a-f-]+)/.exec(page.url())![1];
    const r = await (await page.request.get(`/api/v1/resources/${id}`)).json();
    expect(r).toMatchObject({ code: 'VDAA-E2E-IS', kind: 'digitalTechnology', lifecycleStage: 'implement', virtual: false });
    expect(r.institution.code).toBe('VDAA');
    expect(await e2e.axe(page)).toEqual([]);
  });

  it('shows a service manager no registration link, and the form says who registers', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'pakalpojuma.vaditajs@vid.demo.lv');
    await page.goto('/darbvieta/resursi');
    await page.getByRole('heading', { level: 1, name: 'Resursu reģistrs' }).waitFor();
    await page.getByRole('table').waitFor();
    await expect(page.getByRole('link', { name: 'Reģistrēt resursu' }).count()).resolves.toBe(0);
    await page.goto('/darbvieta/resursi/jauns');
    await page.getByText('Resursus reģistrē iestādes resursu kopuma vadītājs.').waitFor();
    await expect(page.getByRole('button', { name: 'Reģistrēt' }).count()).resolves.toBe(0);
  });
});

describe('the approved service list', () => {
  it('the portfolio manager opens it from the menu, sees the published services and approves the list with a note', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'kopuma.vaditajs@vid.demo.lv');
    await page.getByRole('navigation').getByRole('link', { name: 'Pakalpojumu saraksts' }).click();
    await page.waitForURL(/\/iestades\/[0-9a-f-]+\/pakalpojumu-saraksts/);
    await page.getByRole('heading', { level: 1, name: /apstiprinātais pakalpojumu saraksts/ }).waitFor();
    const services = page.getByRole('table', { name: /Sarakstā ir \d+ pakalpojum/ });
    await services.waitFor();
    expect(await services.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await e2e.axe(page)).toEqual([]);

    const before = await (await page.request.get(`/api/v1/institutions/${/iestades\/([0-9a-f-]+)/.exec(page.url())![1]}/portfolio`)).json();
    await page.getByLabel('Piezīme').fill('Ikgadējā pārskatīšana (e2e)');
    await page.getByLabel('Piezīme').press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Saraksts apstiprināts.').waitFor();
    const history = page.getByRole('table', { name: 'Apstiprināšanas vēsture' });
    await expect(history.locator('tbody tr').first().textContent()).resolves.toContain('Ikgadējā pārskatīšana (e2e)');
    await expect(history.locator('tbody tr').first().textContent()).resolves.toContain('Saraksts apstiprināts kopumā');
    const after = await (await page.request.get(`/api/v1/institutions/${before.institution.id}/portfolio`)).json();
    expect(after.approvals.total).toBe(before.approvals.total + 1);
    expect(after.approvals.items[0]).toMatchObject({ kind: 'list', note: 'Ikgadējā pārskatīšana (e2e)' });
    expect(await e2e.axe(page)).toEqual([]);
    await e2e.screenshot(page, 'portfolio-list');
  });

  it('a service manager reads the list of their institution without the approval form', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'pakalpojuma.vaditajs@vid.demo.lv');
    await page.goto('/darbvieta/pakalpojumu-saraksts');
    await page.getByRole('table', { name: /Sarakstā ir/ }).waitFor();
    await expect(page.getByRole('button', { name: 'Apstiprināt sarakstu' }).count()).resolves.toBe(0);
    expect(await e2e.axe(page)).toEqual([]);
  });
});
