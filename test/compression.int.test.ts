import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { WORKSPACE_DIST } from '../src/web/workspace-build.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('compressed responses (first screen under a second)', () => {
  it('compresses API answers and catalogue pages for clients that accept brotli or gzip, and not for others', async () => {
    for (const url of ['/api/v1/openapi.json', '/pakalpojumi']) {
      const br = await t.api({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(br.statusCode, url).toBe(200);
      expect(br.headers['content-encoding'], url).toBe('br');
      const plain = await t.api({ method: 'GET', url });
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      expect(zlib.brotliDecompressSync(br.rawPayload).toString(), url).toBe(plain.body);
      expect(br.rawPayload.length, url).toBeLessThan(plain.rawPayload.length / 2);
      const gz = await t.api({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding'], url).toBe('gzip');
    }
  });

  it('serves the workspace scripts compressed at build time, cached for a year, in production React', async () => {
    const index = fs.readFileSync(path.join(WORKSPACE_DIST, 'index.html'), 'utf8');
    const scripts = [...index.matchAll(/(?:src|href)="\/darbvieta\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const file of scripts) {
      const r = await t.api({ method: 'GET', url: `/darbvieta/assets/${file}`, headers: { 'accept-encoding': 'br' } });
      expect(r.statusCode, file).toBe(200);
      const original = fs.readFileSync(path.join(WORKSPACE_DIST, 'assets', file));
      if (original.length >= 1024) expect(r.headers['content-encoding'], file).toBe('br');
      expect(r.headers['cache-control'], file).toContain('immutable');
      const body = r.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(r.rawPayload) : r.rawPayload;
      expect(body.equals(original), file).toBe(true);
      expect(body.toString(), file).not.toMatch(/jsx-dev-runtime|jsxDEV/);
      total += r.rawPayload.length;
    }
    // The first screen's scripts, as sent: well under 200 kB.
    expect(total).toBeLessThan(200 * 1024);
  });

  it('keeps the API reference page’s script nonce when the page is compressed', async () => {
    const r = await t.api({ method: 'GET', url: '/api/v1/docs/', headers: { 'accept-encoding': 'br' } });
    expect(r.statusCode).toBe(200);
    const html = r.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(r.rawPayload).toString() : r.body;
    const nonce = /'nonce-([^']+)'/.exec(String(r.headers['content-security-policy']))?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`nonce="${nonce}"`);
  });
});
