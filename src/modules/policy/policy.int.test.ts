import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { auditTrail } from '../audit/audit.service.js';
import { channelTypeMap, getActivePolicy, getPolicyVersion, POLICY_DATA_DIR, syncPolicyVersions } from './policy.data.js';
import type { PolicyDocument } from './policy.schemas.js';

let t: TestApp;
let stateLead: { token: string; personId: string };
let admin: { token: string };
let sectorLead: { token: string };
let portfolioManager: { token: string };

const v1Json = (): PolicyDocument => JSON.parse(fs.readFileSync(path.join(POLICY_DATA_DIR, 'v1.json'), 'utf8'));

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const varam = await buildInstitution(db, { kind: 'ministry' });
  const lead = await buildUser(db, varam.id);
  await assignRole(db, 'stateLead', varam.id, lead.person.id, null);
  stateLead = { token: lead.token, personId: lead.person.id };
  admin = await buildUser(db, varam.id, { isSystemAdmin: true });
  const ministry = await buildInstitution(db, { kind: 'ministry' });
  const sl = await buildUser(db, ministry.id);
  await assignRole(db, 'sectorLead', ministry.id, sl.person.id, ministry.id);
  sectorLead = sl;
  const agency = await buildInstitution(db, { parentId: ministry.id });
  const pm = await buildUser(db, agency.id);
  await assignRole(db, 'portfolioOwner', agency.id, pm.person.id, agency.id);
  portfolioManager = pm;
});
afterAll(async () => t?.close());

describe('policy versions API', () => {
  it('serves v1, loaded from its data file, as the active version to anonymous callers', async () => {
    const active = await t.api({ method: 'GET', url: '/api/v1/policy/active' });
    expect(active.statusCode, active.body).toBe(200);
    expect(active.headers.etag).toBe('"1"');
    const body = active.json();
    expect(body).toMatchObject({ id: 'v1', status: 'active', effectiveFrom: '2024-06-04', titleLv: 'Pakalpojumu pārvaldības politika, 1. versija (PVPP 2024–2027)' });
    expect(body.document.tasks).toHaveLength(32);
    expect(body.document).toEqual(v1Json());

    const list = await t.api({ method: 'GET', url: '/api/v1/policy/versions' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((v: { id: string; status: string }) => [v.id, v.status])).toEqual([['v1', 'active']]);
    expect(list.json().items[0].document).toBeUndefined();

    const one = await t.api({ method: 'GET', url: '/api/v1/policy/versions/v1' });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe('"1"');

    const record = await getActivePolicy(t.database.db);
    expect(record.id).toBe('v1');
    expect(channelTypeMap(record.document).get('phone')).toEqual({ code: 'phone', environment: 'remoteElectronic', digital: false });
    expect(await getPolicyVersion(t.database.db, 'v77')).toBeNull();
  });

  it('answers 404 for unknown versions and 400 for malformed ids', async () => {
    for (const url of ['/api/v1/policy/versions/v99', '/api/v1/policy/versions/v1/diff/v99', '/api/v1/policy/versions/v99/diff/v1']) {
      const r = await t.api({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
    }
    const put = await t.api({ method: 'PUT', url: '/api/v1/policy/versions/v99', token: stateLead.token, headers: { 'if-match': '"1"' }, payload: { ...v1Json(), id: 'v99' } });
    expect(put.statusCode).toBe(404);
    const act = await t.api({ method: 'POST', url: '/api/v1/policy/versions/v99/activate', token: stateLead.token, headers: { 'if-match': '"1"' } });
    expect(act.statusCode).toBe(404);
    const bad = await t.api({ method: 'GET', url: '/api/v1/policy/versions/DROP%20TABLE' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.id');
  });

  it('refuses writes by anonymous callers with 401, sector leads and portfolio managers with 403', async () => {
    const doc = { ...v1Json(), id: 'v5' };
    expect((await t.api({ method: 'POST', url: '/api/v1/policy/versions', payload: doc })).statusCode).toBe(401);
    for (const token of [sectorLead.token, portfolioManager.token]) {
      const r = await t.api({ method: 'POST', url: '/api/v1/policy/versions', token, payload: doc });
      expect(r.statusCode).toBe(403);
    }
    const act = await t.api({ method: 'POST', url: '/api/v1/policy/versions/v1/activate', token: sectorLead.token, headers: { 'if-match': '"1"' } });
    expect(act.statusCode).toBe(403);
    const put = await t.api({ method: 'PUT', url: '/api/v1/policy/versions/v1', token: portfolioManager.token, headers: { 'if-match': '"1"' }, payload: v1Json() });
    expect(put.statusCode).toBe(403);
  });

  it('refuses an invalid document with 400 naming the fields, structural and cross-reference alike', async () => {
    const doc = v1Json() as unknown as Record<string, any>;
    doc.id = 'v6';
    delete doc.tasks[0].titleLv;
    doc.channelTypes[0].environment = 'telepathy';
    doc.surprise = true;
    const structural = await t.api({ method: 'POST', url: '/api/v1/policy/versions', token: stateLead.token, payload: doc });
    expect(structural.statusCode).toBe(400);
    expect(structural.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['', 'channelTypes[0].environment', 'tasks[0].titleLv']);

    const refs = { ...v1Json(), id: 'v6' };
    refs.responsibilityMatrix.rows['PU1-1'] = { ...refs.responsibilityMatrix.rows['PU1-1'], serviceProvider: 'A' };
    refs.channelTypes[1].code = 'centralPortal';
    const cross = await t.api({ method: 'POST', url: '/api/v1/policy/versions', token: stateLead.token, payload: refs, headers: { 'accept-language': 'en' } });
    expect(cross.statusCode).toBe(400);
    const errors = cross.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path).sort()).toEqual(['channelTypes[1].code', 'responsibilityMatrix.rows.PU1-1.serviceProvider']);
    expect(errors.find((e) => e.path === 'channelTypes[1].code')!.message).toBe('Duplicate code in section “channelTypes”: centralPortal.');
    expect((await t.api({ method: 'GET', url: '/api/v1/policy/versions/v6' })).statusCode).toBe(404);

    const dup = await t.api({ method: 'POST', url: '/api/v1/policy/versions', token: stateLead.token, payload: v1Json() });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe('id');
  });

  it('lets the state lead draft v2, edit it with If-Match, activate it, and supersedes v1; every write audited', async () => {
    const v2 = { ...v1Json(), id: 'v2', titleLv: 'Pakalpojumu pārvaldības politika, 2. versija (PVPP 2028–2031)', titleEn: 'Service management policy, version 2', effectiveFrom: '2028-01-01' };
    const created = await t.api({ method: 'POST', url: '/api/v1/policy/versions', token: stateLead.token, payload: v2 });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({ id: 'v2', status: 'draft', effectiveFrom: '2028-01-01', createdBy: stateLead.personId });

    // The active policy does not change while v2 is a draft.
    expect((await getActivePolicy(t.database.db)).id).toBe('v1');

    const edited = structuredClone(v2);
    edited.channelTypes.push({ code: 'chatBot', environment: 'remoteElectronic', order: 20, nameLv: 'tērzēšanas roboti', nameEn: 'Chat bots', digital: true });
    edited.tasks.find((x) => x.code === 'PU2-7')!.noteEn = 'Carried out in the unified register.';
    edited.responsibilityMatrix.rows['PU2-1'] = { portfolioOwner: 'A', serviceOwner: 'L' };
    const missing = await t.api({ method: 'PUT', url: '/api/v1/policy/versions/v2', token: stateLead.token, payload: edited });
    expect(missing.statusCode).toBe(428);
    const put = await t.api({ method: 'PUT', url: '/api/v1/policy/versions/v2', token: stateLead.token, headers: { 'if-match': '"1"' }, payload: edited });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.headers.etag).toBe('"2"');
    expect(put.json().document.channelTypes).toHaveLength(20);

    const stale = await t.api({ method: 'PUT', url: '/api/v1/policy/versions/v2', token: stateLead.token, headers: { 'if-match': '"1"' }, payload: v2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('staleVersion');
    expect(stale.json().current.document.channelTypes).toHaveLength(20);

    const mismatch = await t.api({ method: 'PUT', url: '/api/v1/policy/versions/v2', token: stateLead.token, headers: { 'if-match': '"2"' }, payload: { ...edited, id: 'v3' } });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors[0].path).toBe('id');

    const adminActivates = await t.api({ method: 'POST', url: '/api/v1/policy/versions/v2/activate', token: admin.token, headers: { 'if-match': '"2"' } });
    expect(adminActivates.statusCode).toBe(403);
    const staleActivate = await t.api({ method: 'POST', url: '/api/v1/policy/versions/v2/activate', token: stateLead.token, headers: { 'if-match': '"1"' } });
    expect(staleActivate.statusCode).toBe(409);
    const activated = await t.api({ method: 'POST', url: '/api/v1/policy/versions/v2/activate', token: stateLead.token, headers: { 'if-match': '"2"' } });
    expect(activated.statusCode, activated.body).toBe(200);
    expect(activated.json().status).toBe('active');
    expect(activated.headers.etag).toBe('"3"');

    const list = await t.api({ method: 'GET', url: '/api/v1/policy/versions?sort=id' });
    expect(list.json().items.map((v: { id: string; status: string }) => [v.id, v.status])).toEqual([
      ['v1', 'superseded'],
      ['v2', 'active'],
    ]);
    const onlyActive = await t.api({ method: 'GET', url: '/api/v1/policy/versions?status=active' });
    expect(onlyActive.json()).toMatchObject({ total: 1, items: [{ id: 'v2' }] });
    expect((await t.api({ method: 'GET', url: '/api/v1/policy/active' })).json().id).toBe('v2');
    expect((await getActivePolicy(t.database.db)).document.channelTypes.map((c) => c.code)).toContain('chatBot');

    // Active and superseded versions are immutable.
    for (const [id, etag] of [['v2', '"3"'], ['v1', '"2"']]) {
      const r = await t.api({ method: 'PUT', url: `/api/v1/policy/versions/${id}`, token: stateLead.token, headers: { 'if-match': etag }, payload: { ...v1Json(), id } });
      expect(r.statusCode, id).toBe(409);
      expect(r.json().code).toBe('state');
    }
    const again = await t.api({ method: 'POST', url: '/api/v1/policy/versions/v1/activate', token: stateLead.token, headers: { 'if-match': '"2"' } });
    expect(again.statusCode).toBe(409);

    const trail = await auditTrail(t.database.db, 'policyVersion', 'v2');
    expect(trail.map((e) => e.action).reverse()).toEqual(['policyVersion.create', 'policyVersion.update', 'policyVersion.activate']);
    const v1Trail = await auditTrail(t.database.db, 'policyVersion', 'v1');
    expect(v1Trail.map((e) => e.action)).toEqual(['policyVersion.supersede', 'policyVersion.load']);

    // What changed between the versions, per section and field.
    const diff = await t.api({ method: 'GET', url: '/api/v1/policy/versions/v1/diff/v2' });
    expect(diff.statusCode, diff.body).toBe(200);
    const d = diff.json();
    expect(d).toMatchObject({ from: 'v1', to: 'v2', identical: false });
    expect(d.document.map((c: { path: string }) => c.path).sort()).toEqual(['effectiveFrom', 'titleEn', 'titleLv']);
    const section = (name: string) => d.sections.find((s: { section: string }) => s.section === name);
    expect(section('channelTypes').added.map((a: { code: string }) => a.code)).toEqual(['chatBot']);
    expect(section('tasks').changed).toEqual([{ code: 'PU2-7', changes: [{ path: 'noteEn', before: v1Json().tasks[11].noteEn, after: 'Carried out in the unified register.' }] }]);
    expect(section('responsibilityMatrix').changed).toEqual([
      {
        code: 'PU2-1',
        changes: [
          { path: 'portfolioOwner', before: null, after: 'A' },
          { path: 'serviceOwner', before: null, after: 'L' },
        ],
      },
    ]);
    const back = (await t.api({ method: 'GET', url: '/api/v1/policy/versions/v2/diff/v1' })).json();
    expect(back.sections.find((s: { section: string }) => s.section === 'channelTypes').removed.map((a: { code: string }) => a.code)).toEqual(['chatBot']);
  });

  it('lets a system administrator draft a version', async () => {
    const r = await t.api({ method: 'POST', url: '/api/v1/policy/versions', token: admin.token, payload: { ...v1Json(), id: 'v4', effectiveFrom: null } });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ status: 'draft', effectiveFrom: null });
  });
});

describe('policy data files', () => {
  it('loads a new version dropped into the data folder as a draft, and never overwrites a stored one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-data-'));
    try {
      const v1 = v1Json();
      fs.writeFileSync(path.join(dir, 'v1.json'), JSON.stringify({ ...v1, titleEn: 'Changed on disk' }));
      fs.writeFileSync(path.join(dir, 'v9.json'), JSON.stringify({ ...v1, id: 'v9', effectiveFrom: '2032-01-01' }));
      const first = await syncPolicyVersions(t.database.db, { dataDir: dir });
      expect(first.inserted).toEqual([{ id: 'v9', status: 'draft' }]);
      const second = await syncPolicyVersions(t.database.db, { dataDir: dir });
      expect(second.inserted).toEqual([]);
      const stored = await getPolicyVersion(t.database.db, 'v1');
      expect(stored!.document.titleEn).toBe(v1.titleEn);
      expect((await getPolicyVersion(t.database.db, 'v9'))!.status).toBe('draft');

      fs.writeFileSync(path.join(dir, 'v8.json'), JSON.stringify({ ...v1, id: 'v7' }));
      await expect(syncPolicyVersions(t.database.db, { dataDir: dir })).rejects.toThrow(/v8\.json/);
      fs.writeFileSync(path.join(dir, 'v8.json'), JSON.stringify({ ...v1, id: 'v8', tasks: [] }));
      await expect(syncPolicyVersions(t.database.db, { dataDir: dir })).rejects.toThrow(/v8\.json.*tasks/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
