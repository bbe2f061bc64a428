import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestApp, type TestApp } from './helpers/app.js';
import { assignRole, buildInstitution, buildUser } from './helpers/factories.js';

/**
 * Every write operation of the OpenAPI document gets arbitrary bodies, ids and
 * headers from a signed-in user with broad rights (state lead, portfolio
 * manager, administrator). Whatever arrives, the answer is a 4xx problem (or a
 * success), never a 500.
 */
let t: TestApp;
let token: string;
let institutionId: string;
const writes: { method: string; path: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await buildInstitution(db, { kind: 'ministry' });
  institutionId = ministry.id;
  const user = await buildUser(db, ministry.id, { isSystemAdmin: true });
  await assignRole(db, 'stateLead', ministry.id, user.person.id, null);
  await assignRole(db, 'portfolioOwner', ministry.id, user.person.id, ministry.id);
  await assignRole(db, 'resourcePortfolioOwner', ministry.id, user.person.id, ministry.id);
  token = user.token;
  const doc = (await t.api({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) if (['post', 'put', 'patch', 'delete'].includes(method)) writes.push({ method: method.toUpperCase(), path });
  }
});
afterAll(async () => t?.close());

const FIELDS = [
  'nameLv', 'nameEn', 'code', 'registrationNumber', 'groupCode', 'kind', 'parentId', 'ownerInstitutionId', 'needIds', 'newNeeds',
  'channelPoints', 'serviceLevelTerms', 'recipientType', 'complexity', 'targetGroups', 'role', 'personId', 'institutionId', 'scopeId',
  'channelType', 'address', 'url', 'phone', 'openingHours', 'audience', 'login', 'password', 'email', 'givenName', 'familyName',
  'document', 'note', 'activityDirections', 'formerNames', 'providers', 'componentIds', 'dependsOnIds', 'supplierServiceId',
  'templateServiceId', 'processingMode', 'lifecycleStage', 'fee', 'legalBasis', 'virtual', 'digitalStatus', 'active', 'expiresInDays',
] as const;

/** Values that look almost right (real enum codes, a real id) mixed with hostile ones. */
const plausible = fc.constantFrom(
  'publicIndividual', 'simple', 'complex', 'portfolioOwner', 'serviceOwner', 'vpvkac', 'centralPortal', 'residents', 'ministry',
  'directAdministration', 'provide', 'electronic', 'Pakalpojuma sniegšana iedzīvotājiem', 'https://example.lv', 'a@b.lv',
  '00000000-0000-4000-8000-000000000000', '', 'ā'.repeat(5000), '2026-13-45', '=cmd|calc', '<script>', -1, 0, 1e308, true,
);

const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    plausible,
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...FIELDS), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Mostly objects with real field names, sometimes anything at all. */
const body = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), jsonish, { minKeys: 1, maxKeys: 8 }) },
  { weight: 1, arbitrary: jsonish },
);

const idSegment = fc.constantFrom('00000000-0000-4000-8000-000000000000', 'nav-uuid', '1', 'ā', '%C4%81');

describe('bad input to every write endpoint', () => {
  it('finds the write operations in the OpenAPI document', () => {
    expect(writes.length).toBeGreaterThan(25);
  });

  it('answers arbitrary bodies, ids and If-Match values with 4xx (or success), never 500', async () => {
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 10_000 }), body, idSegment, fc.constantFrom(undefined, '"1"', 'W/"x"', 'garbage'), async (pick, body, id, ifMatch) => {
        const op = writes[pick % writes.length];
        const url = op.path.replace(/\{[^}]+\}/g, (m) => (m === '{id}' && pick % 3 === 0 ? institutionId : id));
        const headers: Record<string, string> = {};
        if (ifMatch) headers['if-match'] = ifMatch;
        const res = await t.api({ method: op.method as 'POST', url, token, headers, payload: op.method === 'DELETE' ? undefined : ((typeof body === 'object' && body !== null ? body : { value: body }) as object) });
        codes.set(res.statusCode, (codes.get(res.statusCode) ?? 0) + 1);
        if (res.statusCode >= 500) throw new Error(`${op.method} ${url} → ${res.statusCode}: ${res.body.slice(0, 400)}\nbody: ${JSON.stringify(body).slice(0, 300)}`);
        if (res.statusCode >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
      }),
      { numRuns: 600, seed: 20261123 },
    );
    // Some calls must get past validation into the handlers (404, 409, 422, 428, success), or the run proves little.
    const beyondValidation = [...codes].filter(([code]) => code !== 400 && code !== 415).reduce((n, [, c]) => n + c, 0);
    expect(beyondValidation).toBeGreaterThan(20);
  });
});
