
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { buildResource, buildService, buildServiceOwner } from '../../../test/helpers/service-factories.js';
import { SYSTEM_ACTOR } from '../../platform/actor.js';
import { resources } from '../resources/resources.table.js';
import { updateService } from '../services/services.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const SYSTEM = { actor: SYSTEM_ACTOR, requestId: 'test' };
const HOSTILE = '=HYPERLINK("http://ļauns.example","Klikšķini")';

/**
 * One institution's chain: resource R ← service A (uses R) ← service B (uses A);
 * A supplies the virtual resource V, which service E uses; service C and D use
 * each other (a cycle) and C uses B. All drafts, so only the owner's staff see them.
 */
async function buildChain() {
  const owner = await buildServiceOwner(t.database.db);
  const db = t.database.db;
  const r = await buildResource(db, owner.institution.id);
  const a = await buildService(db, { ownerInstitutionId: owner.institution.id, nameLv: HOSTILE, resourceIds: [r.id] }, { managerPersonId: owner.manager.person.id });
  const b = await buildService(db, { ownerInstitutionId: owner.institution.id, nameLv: 'Pakalpojums B', dependsOnIds: [a.id] });
  const [v] = await db.insert(resources).values({ code: `V-${a.code}`, institutionId: owner.institution.id, kind: 'information', nameLv: 'Virtuālais resurss', supplierServiceId: a.id }).returning();
  const e = await buildService(db, { ownerInstitutionId: owner.institution.id, nameLv: 'Pakalpojums E', resourceIds: [v.id] });
  const c = await buildService(db, { ownerInstitutionId: owner.institution.id, nameLv: 'Pakalpojums C', dependsOnIds: [b.id] });
  const d = await buildService(db, { ownerInstitutionId: owner.institution.id, nameLv: 'Pakalpojums D', dependsOnIds: [c.id] });
  await updateService(db, SYSTEM, c.id, c.version, { dependsOnIds: [b.id, d.id] }, 'lv');
  return { owner, r, a, b, v, e, c, d };
}

const impact = (query: string, token?: string, headers: Record<string, string> = {}) => t.api({ method: 'GET', url: `/api/v1/dependencies/impact?${query}`, token, headers });
const graph = (query: string, token?: string) => t.api({ method: 'GET', url: `/api/v1/dependencies/graph?${query}`, token });

describe('impact analysis', () => {
  it('finds every transitive dependent of a resource with depth, shortest chain, owner and manager, and survives a cycle', async () => {
    const ch = await buildChain();
    const res = await impact(`resourceId=${ch.r.id}`, ch.owner.pm.token);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.target).toMatchObject({ id: ch.r.id, kind: 'resource', code: ch.r.code, ownerInstitution: { id: ch.owner.institution.id } });
    const byCode = new Map(body.items.map((i: { code: string }) => [i.code, i]));
    expect([...byCode.keys()].sort()).toEqual([ch.a.code, ch.b.code, ch.c.code, ch.d.code, ch.e.code].sort());
    expect(byCode.get(ch.a.code)).toMatchObject({ depth: 1, via: 'usesResource', serviceManager: { email: ch.owner.manager.login }, ownerInstitution: { code: ch.owner.institution.code } });
    expect(byCode.get(ch.b.code)).toMatchObject({ depth: 2, via: 'usesService', serviceManager: null });
    expect((byCode.get(ch.b.code) as { path: { code: string }[] }).path.map((p) => p.code)).toEqual([ch.r.code, ch.a.code, ch.b.code]);
    // Through the virtual resource A supplies (R42).
    expect((byCode.get(ch.e.code) as { path: { code: string }[] }).path.map((p) => p.code)).toEqual([ch.r.code, ch.a.code, ch.v.code, ch.e.code]);
    // C uses B and D; D uses C: each listed once, at its shortest depth.
    expect(byCode.get(ch.c.code)).toMatchObject({ depth: 3 });
    expect(byCode.get(ch.d.code)).toMatchObject({ depth: 4 });
    expect(body.total).toBe(5);
    expect(body.truncated).toBe(false);
  });

  it('starts from a service inside a cycle without listing the service itself', async () => {
    const ch = await buildChain();
    const res = await impact(`serviceId=${ch.c.id}`, ch.owner.pm.token);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { code: string; depth: number }) => [i.code, i.depth])).toEqual([[ch.d.code, 1]]);
  });

  it('exports the list as CSV with a header row, one row per service and a hostile name neutralised', async () => {
    const ch = await buildChain();
    for (const res of [await impact(`resourceId=${ch.r.id}&format=csv`, ch.owner.pm.token), await impact(`resourceId=${ch.r.id}`, ch.owner.pm.token, { accept: 'text/csv' })]) {
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('Pakalpojuma kods,Nosaukums latviski,Nosaukums angliski,Statuss,Attālums,Saites veids,Atkarības ķēde,Īpašnieces iestādes kods,Īpašniece iestāde,Pakalpojuma vadītājs,Pakalpojuma vadītāja e-pasts');
      expect(lines).toHaveLength(6);
      const rowA = lines.find((l) => l.startsWith(`${ch.a.code},`))!;
      expect(rowA).toContain(`"'=HYPERLINK(""http://ļauns.example"",""Klikšķini"")"`);
      expect(rowA).toContain(ch.owner.manager.login);
    }
    const en = await impact(`resourceId=${ch.r.id}&format=csv`, ch.owner.pm.token, { 'accept-language': 'en' });
    expect(en.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Service code,Name in Latvian/);
  });

  it('shows a user of another institution only what they may see: drafts of others are hidden, their focus is not found', async () => {
    const ch = await buildChain();
    const other = await buildInstitution(t.database.db);
    const outsider = await buildUser(t.database.db, other.id);
    const res = await impact(`resourceId=${ch.r.id}`, outsider.token);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
    expect((await impact(`serviceId=${ch.a.id}`, outsider.token)).statusCode).toBe(404);
  });

  it('refuses anonymous callers with 401 and bad queries with 400 naming the field', async () => {
    const ch = await buildChain();
    expect((await impact(`resourceId=${ch.r.id}`)).statusCode).toBe(401);
    const none = await impact('', ch.owner.pm.token);
    expect(none.statusCode).toBe(400);
    expect(none.json().errors.map((e: { path: string }) => e.path)).toEqual(['querystring.resourceId']);
    const both = await impact(`resourceId=${ch.r.id}&serviceId=${ch.a.id}`, ch.owner.pm.token);
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].path).toBe('querystring.serviceId');
    const badId = await impact('resourceId=nav-uuid', ch.owner.pm.token);
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0].path).toBe('querystring.resourceId');
    const unknown = await impact('resourceId=00000000-0000-4000-8000-000000000000', ch.owner.pm.token);
    expect(unknown.statusCode).toBe(404);
  });
});

describe('dependency graph', () => {
  it('respects the depth and draws edges of every kind between the nodes it holds', async () => {
    const ch = await buildChain();
    const one = await graph(`focus=resource:${ch.r.id}&depth=1`, ch.owner.pm.token);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json().nodes.map((n: { id: string }) => n.id).sort()).toEqual([ch.r.id, ch.a.id].sort());
    expect(one.json().edges).toEqual([{ from: ch.a.id, to: ch.r.id, kind: 'usesResource' }]);
    expect(one.json().truncated).toBe(false);

    const two = (await graph(`focus=resource:${ch.r.id}&depth=2`, ch.owner.pm.token)).json();
    const ids = new Set(two.nodes.map((n: { id: string }) => n.id));
    expect(ids).toEqual(new Set([ch.r.id, ch.a.id, ch.b.id, ch.v.id]));
    expect(two.nodes.find((n: { id: string }) => n.id === ch.v.id)).toMatchObject({ kind: 'resource', interInstitutional: true, distance: 2 });
    expect(two.edges).toContainEqual({ from: ch.v.id, to: ch.a.id, kind: 'suppliedBy' });
    expect(two.edges).toContainEqual({ from: ch.b.id, to: ch.a.id, kind: 'usesService' });

    const deps = (await graph(`focus=service:${ch.b.id}&depth=4&direction=dependencies`, ch.owner.pm.token)).json();
    expect(new Set(deps.nodes.map((n: { id: string }) => n.id))).toEqual(new Set([ch.b.id, ch.a.id, ch.r.id]));
  });

  it('refuses anonymous callers with 401 and a bad focus or depth with 400 naming the field', async () => {
    const ch = await buildChain();
    expect((await graph(`focus=resource:${ch.r.id}`)).statusCode).toBe(401);
    const badFocus = await graph(`focus=pakalpojums:${ch.r.id}`, ch.owner.pm.token);
    expect(badFocus.statusCode).toBe(400);
    expect(badFocus.json().errors[0].path).toBe('querystring.focus');
    const badDepth = await graph(`focus=resource:${ch.r.id}&depth=5`, ch.owner.pm.token);
    expect(badDepth.statusCode).toBe(400);
    expect(badDepth.json().errors[0].path).toBe('querystring.depth');
  });
});


