import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/platform/config.js';
import type { Database } from '../src/platform/db/database.js';
import { buildRegisterApp } from '../src/app/app.js';
import { SYSTEM_ACTOR } from '../src/platform/actor.js';
import { seedDemo } from '../src/seed/demo.js';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { createTestDatabase } from '../test/helpers/db.js';

// A browser test walks several pages on a shared two-core machine: give it room.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve('e2e/artifacts');
const SCREENSHOTS = path.resolve('docs/screenshots');

export interface E2E {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  app: FastifyInstance;
  database: Database;
  browser: Browser;
  /** A fresh browser context (own cookies) and page; `lang` sets Accept-Language. */
  newPage(opts?: { lang?: 'lv' | 'en'; width?: number; height?: number }): Promise<{ context: BrowserContext; page: Page }>;
  /** Signs in through the workspace's sign-in form as a demo account and waits for "my work". */
  signIn(page: Page, login: string, password?: string): Promise<void>;
  /**
   * Runs axe (WCAG 2.1 A/AA rules) on the page; returns violations in a readable form, together with
   * every Content-Security-Policy violation the page has reported so far (so no page may need inline code).
   */
  axe(page: Page): Promise<string[]>;
  /** Saves a screenshot to e2e/artifacts, and to docs/screenshots when UPDATE_SCREENSHOTS=1. */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the whole application on a fresh database with the demo register, listening on
 * a free port, and Debian's Chromium driven by playwright-core.
 */
export async function startE2E(): Promise<E2E> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  const database = await createTestDatabase();
  await seedDemo(database.db, { actor: SYSTEM_ACTOR, requestId: 'e2e-seed' });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'off' });
  const app = await buildRegisterApp({ database, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const contexts: BrowserContext[] = [];
  const cspViolations = new WeakMap<Page, string[]>();

  return {
    baseUrl,
    app,
    database,
    browser,
    async newPage(opts = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: opts.lang === 'en' ? 'en-GB' : 'lv-LV',
        extraHTTPHeaders: { 'accept-language': opts.lang === 'en' ? 'en' : 'lv' },
        viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
      });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      const page = await context.newPage();
      // Chromium reports each blocked inline script, handler or style on the console.
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) cspViolations.set(page, [...(cspViolations.get(page) ?? []), `CSP (${page.url()}): ${msg.text()}`]);
      });
      return { context, page };
    },
    async signIn(page, login, password = DEMO_PASSWORD) {
      await page.goto('/darbvieta/pieteikties');
      await page.locator('main input[name="login"]').fill(login);
      await page.locator('main input[name="password"]').fill(password);
      await page.locator('main form button[type="submit"]').click();
      await page.waitForURL((url) => !url.pathname.endsWith('/pieteikties'));
    },
    async axe(page) {
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      return [...(cspViolations.get(page) ?? []), ...result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)];
    },
    async screenshot(page, name) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      if (process.env.UPDATE_SCREENSHOTS === '1') {
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
        fs.copyFileSync(file, path.join(SCREENSHOTS, `${name}.png`));
      }
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}
