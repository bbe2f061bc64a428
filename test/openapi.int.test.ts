import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let doc: { openapi: string; paths: Record<string, Record<string, unknown>> };
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.api({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
});
afterAll(async () => t?.close());

/** The resources of the register's API, each of which must be documented. */
const RESOURCE_PATHS = [
  '/api/v1/institutions',
  '/api/v1/people',
  '/api/v1/role-assignments',
  '/api/v1/services',
  '/api/v1/services/{id}/versions',
  '/api/v1/services/{id}/publish',
  '/api/v1/services/{id}/archive',
  '/api/v1/services/{id}/validation',
  '/api/v1/channel-points',
  '/api/v1/life-situations',
  '/api/v1/needs',
  '/api/v1/resources',
  '/api/v1/policy/versions',
];

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it.each(RESOURCE_PATHS)('documents %s', (path) => {
    expect(Object.keys(doc.paths)).toContain(path);
  });

  it('gives every operation a summary, and every write a 4xx problem response', () => {
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops as Record<string, { summary?: string; responses?: Record<string, unknown> }>)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        if (!op.summary) missing.push(`${method.toUpperCase()} ${path}: summary`);
        if (method !== 'get' && !Object.keys(op.responses ?? {}).some((code) => code.startsWith('4'))) missing.push(`${method.toUpperCase()} ${path}: 4xx response`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('serves interactive documentation as HTML at /api/v1/docs', async () => {
    let res = await t.api({ method: 'GET', url: '/api/v1/docs' });
    // The page loads its script by a relative path, so the reference redirects to the folder form once.
    if (res.statusCode === 301 || res.statusCode === 302) {
      expect(res.headers.location).toBe('/api/v1/docs/');
      res = await t.api({ method: 'GET', url: res.headers.location });
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const script = /<script[^>]*\ssrc="([^"]+\.js)"/.exec(res.body)?.[1];
    expect(script).toBeDefined();
    const js = await t.api({ method: 'GET', url: new URL(script!, 'http://x/api/v1/docs/').pathname });
    expect(js.statusCode).toBe(200);
    expect(res.body + js.body).toContain('/api/v1/openapi.json');
  });
});
