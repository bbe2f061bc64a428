import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('my work, resources and the dependency impact view', () => {
  it('shows a service manager their services with check results, and passes axe', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'pakalpojuma.vaditajs@vid.demo.lv');
    await page.getByRole('heading', { name: /Mani pakalpojumi/ }).waitFor();
    const mine = page.locator('section.card', { has: page.getByRole('heading', { name: /Mani pakalpojumi/ }) });
    expect(await mine.getByRole('link').count()).toBeGreaterThan(0);
    expect(await mine.textContent()).toMatch(/kļūd|brīdinājum|bez iebildēm/);
    expect(await e2e.axe(page)).toEqual([]);
    await e2e.screenshot(page, 'my-work');
  });

  it('lists resources, filters them and opens one with the services using it', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'resursa.vaditajs@vdaa.demo.lv');
    await page.goto('/darbvieta/resursi');
    await page.getByRole('heading', { level: 1, name: 'Resursu reģistrs' }).waitFor();
    await page.getByLabel('Meklēt pēc nosaukuma vai koda').fill('savietotājs');
    await page.waitForURL(/q=savietot/);
    await page.getByRole('link', { name: 'Valsts informācijas sistēmu savietotājs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Valsts informācijas sistēmu savietotājs' }).waitFor();
    await page.getByRole('heading', { name: /Pakalpojumi, kas izmanto šo resursu/ }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);
  });

  it('finds every service depending on a resource, draws the graph and exports the impact as CSV', async () => {
    const { page, context } = await e2e.newPage();
    await e2e.signIn(page, 'admin@demo.lv');
    await page.goto('/darbvieta/atkaribas');
    await page.getByRole('heading', { level: 1, name: 'Atkarības un ietekmes analīze' }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);
    await page.getByLabel('Nosaukums vai kods').fill('Fizisko personu');
    await page.getByRole('button', { name: /FPR — Fizisko personu reģistrs/ }).click();
    await page.waitForURL(/fokuss=resource%3A|fokuss=resource:/);
    await page.getByRole('heading', { name: /Resurss: FPR/ }).waitFor();
    const graph = page.getByRole('img', { name: /Atkarību grafs/ });
    await graph.waitFor();
    expect(await graph.getAttribute('aria-label')).toMatch(/[1-9]\d* mezgli/);
    const impact = page.getByRole('table', { name: 'Ietekmētie pakalpojumi' });
    await impact.waitFor();
    const rows = await impact.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await impact.textContent()).toMatch(/Tieša/);
    await page.getByRole('button', { name: 'Pietuvināt' }).click();
    expect(await e2e.axe(page)).toEqual([]);
    await e2e.screenshot(page, 'dependencies');

    const href = await page.getByRole('link', { name: 'Lejupielādēt CSV' }).getAttribute('href');
    const csv = await context.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines.length).toBe(rows + 1);
  });

  it('English: the impact view speaks English', async () => {
    const { page } = await e2e.newPage({ lang: 'en' });
    await e2e.signIn(page, 'admin@demo.lv');
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto('/darbvieta/atkaribas');
    await page.getByRole('heading', { level: 1, name: 'Dependencies and impact analysis' }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);
  });
});
