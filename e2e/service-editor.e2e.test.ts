import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startE2E, type E2E } from './harness.js';

/**
 * The service editor: a service built from scratch through the form with the
 * rule check changing as it is filled, submitted and published; publication
 * blocked with its reasons; a stale edit shown as a conflict with both values.
 */
vi.setConfig({ testTimeout: 180_000 });

let e2e: E2E;
let pm: Page; // VID portfolio manager
let sm: Page; // VID service manager
let serviceId = '';
beforeAll(async () => {
  e2e = await startE2E();
  pm = (await e2e.newPage()).page;
  await e2e.signIn(pm, 'kopuma.vaditajs@vid.demo.lv');
  sm = (await e2e.newPage()).page;
  await e2e.signIn(sm, 'pakalpojuma.vaditajs@vid.demo.lv');
}, 180_000);
afterAll(async () => {
  await e2e?.close();
});

const picker = (page: Page, label: string): Locator => page.locator('.picker', { has: page.locator('.picker-label', { hasText: label }) });

/** Types into a picker's search box and adds the match with that name. */
async function pick(page: Page, label: string, query: string, name: string) {
  const p = picker(page, label);
  await p.getByRole('searchbox').fill(query);
  await p.getByRole('button', { name: `Pievienot: ${name}` }).click();
  await p.locator('ul.picked', { hasText: name }).waitFor();
}

const counts = (page: Page) => page.getByTestId('validation-counts');
async function errorCount(page: Page): Promise<number> {
  await expect.poll(async () => (await counts(page).textContent()) ?? 'Pārbauda', { timeout: 15_000 }).not.toMatch(/Pārbauda/);
  const text = (await counts(page).textContent()) ?? '';
  const m = /kļūdas: (\d+)/.exec(text);
  return m ? Number(m[1]) : 0;
}
/** Waits until the live check shows a different number of errors than before. */
async function errorsChangeFrom(page: Page, before: number): Promise<number> {
  await expect.poll(() => errorCount(page), { timeout: 15_000 }).not.toBe(before);
  return errorCount(page);
}

describe('service editor', () => {
  it('builds a service from scratch: naming help, pickers, live rule check and digital status, then saves', async () => {
    await pm.goto('/darbvieta/pakalpojumi/jauns');
    await expect(pm.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Jauns pakalpojums');
    const initialErrors = await errorCount(pm);
    expect(initialErrors).toBeGreaterThan(3);
    expect(await e2e.axe(pm)).toEqual([]);

    // Naming help: object / action / information make the name, with its word count.
    await pm.getByLabel('Objekts', { exact: true }).fill('Pārmaksātā nodokļa');
    await pm.getByLabel('Darbība', { exact: true }).fill('atmaksāšana');
    await pm.getByLabel('Papildu informācija').fill('iedzīvotājiem');
    await expect(pm.locator('.name-preview strong').textContent()).resolves.toBe('Pārmaksātā nodokļa atmaksāšana iedzīvotājiem');
    await pm.getByRole('button', { name: 'Lietot šo nosaukumu' }).click();
    await pm.getByText('Nosaukumā ir 4 vārdi — garums atbilst.').waitFor();
    const afterName = await errorsChangeFrom(pm, initialErrors);
    expect(afterName).toBeLessThan(initialErrors);
    await pm.locator('.validation-summary summary').click();
    expect((await pm.locator('.validation-summary').textContent()) ?? '').toMatch(/Kļūda R\d\d/);

    await pm.getByLabel('Apraksts latviski').fill('VID atmaksā iedzīvotājiem pārmaksāto iedzīvotāju ienākuma nodokli pēc gada ienākumu deklarācijas izskatīšanas.');
    await pm.getByLabel('Saņēmēja veids').selectOption({ label: 'Publisks, individuāla labuma' });
    await pm.getByRole('checkbox', { name: 'Iedzīvotāji' }).check();
    await pm.getByLabel('Kompleksums').selectOption({ label: 'Vienkāršs' });
    await pm.getByLabel('Dzīves cikla posms').selectOption({ label: 'Sniegšana' });
    await pm.getByLabel('Pamatdarbības virziens').selectOption({ label: 'Nodokļu administrēšana' });
    await pm.getByLabel('Pakalpojuma vadītājs').selectOption({ label: 'Zane Ābola' });
    await pick(pm, 'Vajadzības', 'Pārmaksātā', 'Pārmaksātā nodokļa atgūšana');

    // The digital status is recomputed as channels are picked.
    const digital = pm.getByTestId('digital-status');
    await expect(digital.textContent()).resolves.toBe('Nav elektronisks');
    await pick(pm, 'Pieteikšanās kanāli', 'EDS', 'VID Elektroniskā deklarēšanas sistēma (EDS)');
    await expect(digital.textContent()).resolves.toBe('Nav elektronisks');
    await pick(pm, 'Saņemšanas kanāli', 'EDS', 'VID Elektroniskā deklarēšanas sistēma (EDS)');
    await expect(digital.textContent()).resolves.toBe('E-pakalpojums');
    await pm.getByLabel('Izpildes veids').selectOption({ label: 'Elektroniski' });
    await expect(digital.textContent()).resolves.toBe('D-pakalpojums');
    await pick(pm, 'Saņemšanas kanāli', 'Klientu apkalpošanas centrs Rīgā', 'VID Klientu apkalpošanas centrs Rīgā');
    await expect(digital.textContent()).resolves.toBe('E-pakalpojums');

    await pick(pm, 'Sniedzējiestādes', 'Valsts ieņēmumu', 'Valsts ieņēmumu dienests');
    // PLVN: a named set with an indicator.
    await pm.getByRole('button', { name: 'Pievienot komplektu' }).click();
    await pm.getByLabel('Komplekta nosaukums').fill('Visiem saņēmējiem');
    await pm.getByLabel('Rādītāja 1 nosaukums').fill('Atmaksas termiņš');
    await pm.getByLabel('Rādītāja 1 mērķis').fill('30');
    await pm.getByLabel('Rādītāja 1 mērvienība').fill('dienas');
    await pm.getByRole('button', { name: 'Pievienot rādītāju' }).click();
    await pm.getByLabel('Rādītāja 2 veids').selectOption({ label: 'Atbalsta laiks' });
    await pm.getByLabel('Rādītāja 2 nosaukums').fill('Konsultāciju laiks');
    await pm.getByLabel('Rādītāja 2 mērķis').fill('40');
    await pm.getByLabel('Rādītāja 2 mērvienība').fill('h nedēļā');

    // Complete: the manager picked above is appointed on save, so nothing blocks publication any more.
    await pm.getByText(/Var publicēt/).waitFor();
    expect(await e2e.axe(pm)).toEqual([]);
    await e2e.screenshot(pm, 'service-editor');

    await pm.getByRole('button', { name: 'Izveidot pakalpojumu' }).click();
    await pm.waitForURL(/\/pakalpojumi\/[0-9a-f-]+\/labot/);
    serviceId = /pakalpojumi\/([0-9a-f-]+)\/labot/.exec(pm.url())![1];
    await pm.getByText('Pakalpojums izveidots un saglabāts.').waitFor();
    const stored = await (await pm.request.get(`/api/v1/services/${serviceId}`)).json();
    expect(stored.description.nameLv).toBe('Pārmaksātā nodokļa atmaksāšana iedzīvotājiem');
    expect(stored.manager.familyName).toBe('Ābola');
    expect(stored.digitalStatus).toBe('eService');
    expect(stored.description.serviceLevelTerms[0].indicators).toHaveLength(2);
  });

  it('the service manager submits it from the editor and the portfolio manager publishes it', async () => {
    expect(serviceId).not.toBe('');
    await sm.goto(`/darbvieta/pakalpojumi/${serviceId}/labot`);
    // The heading (and any alert) in the failure message says what the page showed instead.
    await expect.poll(async () => `${await sm.locator('h1').textContent()} ${await sm.locator('[role=alert]').allTextContents()}`, { timeout: 20_000 }).toMatch(/Pārmaksātā nodokļa atmaksāšana/);
    // With its manager appointed the description passes every publication rule.
    await sm.getByText(/Var publicēt/).waitFor();
    await sm.getByRole('button', { name: 'Iesniegt publicēšanai' }).click();
    await sm.getByText('Iesniegts publicēšanai; to apstiprina pakalpojumu kopuma vadītājs.').waitFor();

    await pm.goto(`/darbvieta/pakalpojumi/${serviceId}`);
    await pm.getByRole('button', { name: 'Publicēt', exact: true }).click();
    await pm.getByRole('dialog').getByRole('button', { name: 'Apstiprināt' }).click();
    await pm.getByText('Pakalpojums publicēts.').waitFor();
    const s = await (await pm.request.get(`/api/v1/services/${serviceId}`)).json();
    expect(s.status).toBe('published');
  });

  it('blocks publishing an incomplete service and shows the reasons', async () => {
    await pm.goto('/darbvieta/pakalpojumi/jauns');
    await pm.getByLabel('Nosaukums latviski').fill('Izziņa');
    await expect.poll(() => pm.locator('.field', { hasText: 'Nosaukums latviski' }).textContent()).toMatch(/Neatbilst noteikumiem/);
    await pm.getByText('Nosaukumā ir 1 vārds — par maz (vismaz 3).').waitFor();
    expect(await e2e.axe(pm)).toEqual([]);
    await pm.getByRole('button', { name: 'Izveidot pakalpojumu' }).click();
    await pm.waitForURL(/\/labot/);
    const id = /pakalpojumi\/([0-9a-f-]+)\/labot/.exec(pm.url())![1];
    await pm.goto(`/darbvieta/pakalpojumi/${id}`);
    await pm.getByRole('button', { name: 'Publicēt', exact: true }).click();
    await pm.getByRole('dialog').getByRole('button', { name: 'Apstiprināt' }).click();
    const alert = pm.getByRole('alert').filter({ hasText: 'Publicēt nevar' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/R0[78]/);
    expect(text).toMatch(/R13/);
    const s = await (await pm.request.get(`/api/v1/services/${id}`)).json();
    expect(s.status).toBe('draft');
  });

  it('shows a stale edit as a conflict with both values, and saves the chosen ones on top of the newer version', async () => {
    await pm.goto(`/darbvieta/pakalpojumi/${serviceId}/labot`);
    await sm.goto(`/darbvieta/pakalpojumi/${serviceId}/labot`);
    const pmDesc = pm.getByLabel('Apraksts latviski');
    const smDesc = sm.getByLabel('Apraksts latviski');
    await pmDesc.waitFor();
    await smDesc.waitFor();
    await pmDesc.fill('Kopuma vadītāja precizētais apraksts par nodokļa atmaksu.');
    await pm.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await pm.getByText(/Saglabāts \(versija 2\)/).waitFor();

    await smDesc.fill('Pakalpojuma vadītājas apraksts: pārmaksāto nodokli atmaksā 30 dienās.');
    await sm.getByLabel('Nosaukums angliski').fill('Refund of overpaid tax to residents');
    await sm.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    const conflict = sm.getByRole('region', { name: 'Kāds cits saglabāja šo pakalpojumu pirms jums' });
    await conflict.waitFor();
    const row = conflict.getByRole('row', { name: /Apraksts latviski/ });
    await expect(row.locator('.mine-value').textContent()).resolves.toContain('atmaksā 30 dienās');
    await expect(row.locator('.theirs-value').textContent()).resolves.toContain('Kopuma vadītāja precizētais apraksts');
    expect(await e2e.axe(sm)).toEqual([]);
    await conflict.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await e2e.screenshot(sm, 'service-conflict');
    // Nothing was overwritten: the stored description is the other person's.
    expect((await (await sm.request.get(`/api/v1/services/${serviceId}`)).json()).description.descriptionLv).toContain('Kopuma vadītāja');

    await row.getByRole('radio', { name: 'manu' }).check();
    await conflict.getByRole('button', { name: 'Saglabāt ar izvēlētajām vērtībām' }).click();
    await sm.getByText(/Saglabāts \(versija 2\)/).waitFor();
    await expect(conflict.count()).resolves.toBe(0);
    const s = await (await sm.request.get(`/api/v1/services/${serviceId}`)).json();
    expect(s.description.descriptionLv).toContain('atmaksā 30 dienās');
    expect(s.description.nameEn).toBe('Refund of overpaid tax to residents');
  });
  it('at 390 px a support-channels indicator shows its stored channel types, takes more by keyboard, names the field in problems, and nothing scrolls sideways', async () => {
    const { page } = await e2e.newPage({ width: 390, height: 844 });
    await e2e.signIn(page, 'kopuma.vaditajs@vid.demo.lv');
    const session = await (await page.request.get('/api/v1/auth/session')).json();
    const list = await (await page.request.get(`/api/v1/services?ownerInstitutionId=${session.institutionId}&status=published&isTemplate=false&pageSize=50`)).json();
    type Ind = { kind: string; values?: string[] | null };
    let target: { id: string; set: number; indicator: number; values: string[] } | null = null;
    for (const item of list.items as { id: string }[]) {
      const svc = await (await page.request.get(`/api/v1/services/${item.id}`)).json();
      const sets = (svc.description.serviceLevelTerms ?? []) as { indicators: Ind[] }[];
      const j = sets[0]?.indicators.findIndex((x) => x.kind === 'supportChannels') ?? -1;
      if (svc.template) continue;
      if (j >= 0 && (sets[0].indicators[j].values ?? []).length > 0) {
        target = { id: item.id, set: 0, indicator: j, values: sets[0].indicators[j].values! };
        break;
      }
    }
    expect(target, 'a published VID service with a support-channels indicator').not.toBeNull();
    const policy = await (await page.request.get('/api/v1/policy/active')).json();
    const names: Record<string, string> = Object.fromEntries((policy.document.channelTypes as { code: string; nameLv: string }[]).map((c) => [c.code, c.nameLv]));
    target!.values = target!.values.filter((v) => v !== 'videoCall');

    await page.goto(`/darbvieta/pakalpojumi/${target!.id}/labot`);
    const group = page.getByRole('group', { name: `Rādītāja ${target!.indicator + 1} atbalsta kanāli` }).first();
    await group.waitFor();
    // The stored channel types are shown, ticked.
    for (const code of target!.values) await expect(group.getByRole('checkbox', { name: names[code] ?? code, exact: true }).isChecked()).resolves.toBe(true);
    const video = group.getByRole('checkbox', { name: 'video saziņa', exact: true });
    await expect(video.isChecked()).resolves.toBe(false);
    // Keyboard: focus and Space ticks it.
    await video.focus();
    await page.keyboard.press('Space');
    await expect(video.isChecked()).resolves.toBe(true);

    // Nothing is wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await e2e.axe(page)).toEqual([]);
    await group.scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'service-editor-plvn-390');

    // With no channel left the problem names the field as the form does.
    const ticked = group.getByRole('checkbox', { checked: true });
    while ((await ticked.count()) > 0) await ticked.first().uncheck();
    const where = `PLVN 1 › rādītājs ${target!.indicator + 1} › vērtības`;
    await page.locator('section[aria-labelledby="sec-providers"] ul.issues', { hasText: where }).first().waitFor({ timeout: 20_000 });
    await page.locator('.validation-summary summary').click();
    await expect(page.locator('.validation-summary').textContent()).resolves.toContain(where);
    expect(await page.locator('.validation-summary').textContent()).not.toContain('serviceLevelTerms[');

    for (const code of [...target!.values, 'videoCall']) await group.getByRole('checkbox', { name: names[code] ?? code, exact: true }).check();
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByText(/Saglabāts \(versija \d+\)/).waitFor();
    const saved = await (await page.request.get(`/api/v1/services/${target!.id}`)).json();
    expect(saved.description.serviceLevelTerms[0].indicators[target!.indicator].values.sort()).toEqual([...target!.values, 'videoCall'].sort());
  });
});
