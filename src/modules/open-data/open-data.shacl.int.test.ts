import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import factory from 'rdf-validate-shacl/src/defaultEnv.js';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { SYSTEM_ACTOR } from '../../platform/actor.js';
import { seedDemo } from '../../seed/demo.js';

let t: TestApp;
let turtle: string;
let jsonLd: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, { actor: SYSTEM_ACTOR, requestId: 'test' });
  turtle = (await t.api({ method: 'GET', url: '/api/v1/open/export/services.ttl' })).body;
  jsonLd = (await t.api({ method: 'GET', url: '/api/v1/open/export/services.jsonld' })).body;
}, 180_000);

afterAll(async () => {
  await t?.close();
});

const shapes = new Parser().parse(readFileSync(new URL('./standards/cpsv-ap-SHACL.ttl', import.meta.url), 'utf8'));

/** JSON-LD → quads, offline: any remote context is refused, so the file must carry its context. */
async function jsonLdQuads(text: string): Promise<Quad[]> {
  const documentLoader = async (url: string): Promise<never> => {
    throw new Error(`the export must not need a remote document: ${url}`);
  };
  const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader: documentLoader as never })) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

async function violations(quads: Quad[]): Promise<string[]> {
  const validator = new SHACLValidator(factory.dataset(shapes), { factory });
  const report = await validator.validate(factory.dataset(quads));
  return report.results.map((r) => `${r.focusNode?.value} ${r.path?.value ?? ''}: ${r.sourceConstraintComponent?.value.split('#')[1]} ${r.message.map((m) => m.value).join(' ')}`);
}

describe('CPSV-AP 3.2.0 export of the demo register', () => {
  it('Turtle conforms to the official SHACL shapes with zero violations', async () => {
    const quads = new Parser().parse(turtle);
    expect(quads.filter((q) => q.object.value === 'http://purl.org/vocab/cpsv#PublicService').length).toBeGreaterThan(5);
    const found = await violations(quads);
    expect(found, found.slice(0, 30).join('\n')).toEqual([]);
  }, 120_000);

  it('JSON-LD (official context inlined) conforms to the shapes and holds the same graph as the Turtle', async () => {
    const fromJson = await jsonLdQuads(jsonLd);
    const fromTurtle = new Parser().parse(turtle);
    const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${'language' in q.object ? q.object.language : ''}^${'datatype' in q.object ? q.object.datatype.value : ''}`;
    const jsonSet = new Set(fromJson.map(key));
    const turtleSet = new Set(fromTurtle.map(key));
    // A graph is a set of triples: the same size, nothing in one that the other lacks, and no triple written twice.
    expect(jsonSet.size).toBe(turtleSet.size);
    expect(fromTurtle.length).toBe(turtleSet.size);
    expect([...turtleSet].filter((k) => !jsonSet.has(k))).toEqual([]);
    const found = await violations(fromJson);
    expect(found, found.slice(0, 30).join('\n')).toEqual([]);
  }, 120_000);

  it('a service carries its Latvian extension: recipient type, PLVN and digital status', () => {
    expect(turtle).toContain('lvps:recipientType');
    expect(turtle).toContain('lvps:hasServiceLevelTerms');
    expect(turtle).toContain('lvps:digitalStatus');
    expect(turtle).toContain('cv:hasCompetentAuthority');
  });
});
