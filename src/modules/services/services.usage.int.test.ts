import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { buildServiceUsing } from '../../../test/helpers/service-usage-fixtures.js';

/**
 * "Which services use this?" lists (channel points, needs, life situations)
 * follow the one visibility rule of services.visibility.ts: a caller sees
 * published services they may see, and drafts only of the institutions they
 * read internally; never another institution's draft.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

let seq = 0;
const code = (prefix: string) => `${prefix}-${Date.now().toString(36).toUpperCase()}-${++seq}`;
const codes = (items: { code: string }[]) => items.map((s) => s.code).sort();

/**
 * Institution A keeps a channel point and a need; institution B's services use
 * them (published, draft-only, published with a draft that dropped the link,
 * inter-institutional); A has a draft of its own; C only reads.
 */
async function world() {
  const a = await buildInstitution(t.database.db);
  const b = await buildInstitution(t.database.db);
  const c = await buildInstitution(t.database.db);
  const aPm = await buildUser(t.database.db, a.id);
  await assignRole(t.database.db, 'portfolioOwner', a.id, aPm.person.id, a.id);
  const bStaff = await buildUser(t.database.db, b.id);
  const cStaff = await buildUser(t.database.db, c.id);
  const admin = await buildUser(t.database.db, c.id, { isSystemAdmin: true });

  const cpRes = await t.api({
    method: 'POST',
    url: '/api/v1/channel-points',
    token: aPm.token,
    payload: { code: code('CP'), institutionId: a.id, channelType: 'vpvkac', nameLv: 'Klientu apkalpošanas centrs', address: 'Rīgas iela 1, Cēsis' },
  });
  expect(cpRes.statusCode, cpRes.body).toBe(201);
  const cp = cpRes.json();
  const needRes = await t.api({ method: 'POST', url: '/api/v1/needs', token: aPm.token, payload: { code: code('N'), nameLv: 'Saņemt pabalstu' } });
  expect(needRes.statusCode, needRes.body).toBe(201);
  const need = needRes.json();
  const lsRes = await t.api({ method: 'POST', url: '/api/v1/life-situations', token: aPm.token, payload: { code: code('LS'), nameLv: 'Bērna piedzimšana', audience: 'residents', needIds: [need.id] } });
  expect(lsRes.statusCode, lsRes.body).toBe(201);
  const ls = lsRes.json();

  const links = { channelPoints: [{ id: cp.id, phase: 'request' as const }], needIds: [need.id] };
  const s = {
    bPublished: await buildServiceUsing(t.database.db, b.id, { code: code('B-PUB'), published: { nameLv: 'B publicēts', ...links } }),
    bDraft: await buildServiceUsing(t.database.db, b.id, { code: code('B-DRAFT'), draft: { nameLv: 'B melnraksts', ...links } }),
    bDropped: await buildServiceUsing(t.database.db, b.id, { code: code('B-DROP'), published: { nameLv: 'B vecā versija', ...links }, draft: { nameLv: 'B jaunā versija' } }),
    bInter: await buildServiceUsing(t.database.db, b.id, { code: code('B-INTER'), published: { nameLv: 'B starpiestāžu', recipientType: 'interInstitutionalIndividual', ...links } }),
    aDraft: await buildServiceUsing(t.database.db, a.id, { code: code('A-DRAFT'), draft: { nameLv: 'A melnraksts', ...links } }),
  };
  return { a, b, c, aPm, bStaff, cStaff, admin, cp, need, ls, s };
}

type World = Awaited<ReturnType<typeof world>>;

/** Every usage list of the world as `token` sees it: codes of each, and the channel point's count. */
async function seen(w: World, token?: string) {
  const get = async (url: string) => {
    const r = await t.api({ method: 'GET', url, ...(token ? { token } : {}) });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const cpList = await get(`/api/v1/channel-points/${w.cp.id}/services?pageSize=50`);
  const cpOne = await get(`/api/v1/channel-points/${w.cp.id}`);
  const needOne = await get(`/api/v1/needs/${w.need.id}`);
  const needList = await get(`/api/v1/needs/${w.need.id}/services?pageSize=50`);
  const lsList = await get(`/api/v1/life-situations/${w.ls.id}/services?pageSize=50`);
  return {
    channelPoint: codes(cpList.items),
    channelPointTotal: cpList.total,
    channelPointCount: cpOne.serviceCount,
    need: codes(needOne.services),
    needCount: needOne.serviceCount,
    needList: codes(needList.items),
    lifeSituation: codes(lsList.items),
    items: cpList.items as { code: string; nameLv: string; inCurrentVersion: boolean; inPublishedVersion: boolean; status: string }[],
  };
}

/** The same list expected from every usage endpoint. */
const everywhere = (expected: string[]) => ({
  channelPoint: [...expected].sort(),
  channelPointTotal: expected.length,
  channelPointCount: expected.length,
  need: [...expected].sort(),
  needCount: expected.length,
  needList: [...expected].sort(),
  lifeSituation: [...expected].sort(),
});

describe('usage lists of channel points and needs follow the visibility rule', () => {
  it('shows a signed-in user of another institution no draft, only published services (inter-institutional ones too)', async () => {
    const w = await world();
    const got = await seen(w, w.cStaff.token);
    expect(got).toMatchObject(everywhere([w.s.bPublished.code, w.s.bDropped.code, w.s.bInter.code]));
    // The version shown is the published one: its name, and it is "current" for this reader.
    expect(got.items.find((i) => i.code === w.s.bDropped.code)).toMatchObject({ nameLv: 'B vecā versija', inCurrentVersion: true, inPublishedVersion: true, status: 'published' });
  });

  it('shows the owner’s staff their own drafts but not another institution’s', async () => {
    const w = await world();
    expect(await seen(w, w.aPm.token)).toMatchObject(everywhere([w.s.bPublished.code, w.s.bDropped.code, w.s.bInter.code, w.s.aDraft.code]));
    const b = await seen(w, w.bStaff.token);
    expect(b).toMatchObject(everywhere([w.s.bPublished.code, w.s.bDraft.code, w.s.bDropped.code, w.s.bInter.code]));
    expect(b.items.find((i) => i.code === w.s.bDropped.code)).toMatchObject({ nameLv: 'B jaunā versija', inCurrentVersion: false, inPublishedVersion: true });
  });

  it('shows administrators every service and the public only published public ones', async () => {
    const w = await world();
    expect(await seen(w, w.admin.token)).toMatchObject(everywhere(Object.values(w.s).map((s) => s.code)));
    expect(await seen(w)).toMatchObject(everywhere([w.s.bPublished.code, w.s.bDropped.code]));
  });
});
