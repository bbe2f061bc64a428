import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/seed/demo-accounts.js';
import { startE2E, type E2E } from './harness.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('workspace sign-in and frame', () => {
  it('sends an anonymous visitor to the sign-in page, which passes axe', async () => {
    const { page } = await e2e.newPage();
    await page.goto('/darbvieta/');
    await page.waitForURL(/\/darbvieta\/pieteikties/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Pieteikšanās darbvietā');
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    expect(await e2e.axe(page)).toEqual([]);
    await e2e.screenshot(page, 'sign-in');
  });

  it('shows a wrong password as an error next to the form, in Latvian', async () => {
    const { page } = await e2e.newPage();
    await page.goto('/darbvieta/pieteikties');
    await page.locator('main input[name="login"]').fill('admin@demo.lv');
    await page.locator('main input[name="password"]').fill('nepareiza-parole');
    await page.locator('main form button[type="submit"]').click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/parole|pieteik/i);
    expect(page.url()).toContain('/pieteikties');
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.login, a] as const))('signs in %s and greets the person by name', async (_slot, account) => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, account.login);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const header = await page.locator('header').textContent();
    expect(header).toContain(`${account.givenName} ${account.familyName}`);
    await page.getByRole('button', { name: 'Iziet' }).click();
    await page.waitForURL(/\/pieteikties/);
  });

  it('switches to English and back, including the lang attribute, and remembers the choice', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'pakalpojuma.vaditajs@vid.demo.lv');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await e2e.axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Latviski' }).click();
    await page.getByRole('button', { name: 'Iziet' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
  });

  it('answers an unknown workspace address with a not-found page, not a blank screen', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'admin@demo.lv');
    await page.goto('/darbvieta/nav-tadas-lapas');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lapa nav atrasta');
    expect(await e2e.axe(page)).toEqual([]);
  });
});
