import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp, type TestApp } from './helpers/app.js';
import { assignRole, buildInstitution, buildUser } from './helpers/factories.js';
import { buildChannelPoint, buildLifeSituation, buildNeed, buildResource, buildService, buildServiceOwner, publishableFields } from './helpers/service-factories.js';

/**
 * `allowedActions` tell the truth: for every main resource and several
 * callers, the actions a resource (or a list) says the caller may perform are
 * exactly the writes the API does not refuse. Each action is tried: allowed →
 * neither 401 nor 403 (a stale If-Match, an invalid body or the state may
 * still refuse with 400/409/422); not allowed → 401 or 403. The writes send a
 * stale If-Match where they take one, so an allowed write changes nothing.
 */

const CALLERS = ['anonymous', 'outsider', 'serviceManager', 'portfolioManager', 'resourcePortfolioManager', 'stateLead', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

let t: TestApp;
const tokens: Partial<Record<Caller, string>> = {};
const ids = {} as {
  own: string;
  other: string;
  service: string;
  draftService: string;
  resource: string;
  channelPoint: string;
  lifeSituation: string;
  need: string;
  assignment: string;
  person: string;
  policyVersion: string;
  import: string;
};

const STALE = { 'if-match': '"999999"' };
const uniq = () => crypto.randomBytes(4).toString('hex').toUpperCase();

const call = (who: Caller, opts: InjectOptions) => t.api({ ...opts, token: tokens[who] });

/** What a read answers for `allowedActions`; a read the caller may not make (401/403/404) allows nothing. */
async function actionsOf(who: Caller, url: string, pick: (body: Record<string, unknown>) => unknown = (b) => b.allowedActions): Promise<string[]> {
  const res = await call(who, { method: 'GET', url });
  if ([401, 403, 404].includes(res.statusCode)) return [];
  expect(res.statusCode, `${who} GET ${url}: ${res.body.slice(0, 200)}`).toBe(200);
  const actions = pick(res.json());
  expect(Array.isArray(actions), `${who} GET ${url} carries allowedActions`).toBe(true);
  return actions as string[];
}

/** Whether the API refused the caller (401 anonymous, 403 no right, 404 for a hidden read); several tries: allowed when any passes. */
async function refused(who: Caller, tries: InjectOptions[]): Promise<{ refused: boolean; statuses: string }> {
  const statuses: string[] = [];
  for (const opts of tries) {
    const res = await call(who, opts);
    statuses.push(`${opts.method} ${opts.url} → ${res.statusCode} ${res.statusCode >= 400 ? res.body.slice(0, 160) : ''}`);
    // A read refused to someone who may not know the record exists answers 404.
    const refusals = opts.method === 'GET' ? [401, 403, 404] : [401, 403];
    if (!refusals.includes(res.statusCode)) return { refused: false, statuses: statuses.join('\n') };
  }
  return { refused: true, statuses: statuses.join('\n') };
}

interface Case {
  /** How the resource (or list) is read, and where its allowedActions are. */
  read: { url: () => string; pick?: (body: Record<string, unknown>) => unknown };
  /** Each action the resource can list, with the write(s) it stands for. */
  writes: Record<string, () => InjectOptions[]>;
}

const appointServiceManager = (): InjectOptions => ({ method: 'POST', url: '/api/v1/role-assignments', payload: { role: 'serviceOwner', institutionId: ids.own, personId: ids.person, scopeId: ids.service } });
const appointResourceManager = (): InjectOptions => ({ method: 'POST', url: '/api/v1/role-assignments', payload: { role: 'resourceOwner', institutionId: ids.own, personId: ids.person, scopeId: ids.resource } });

const CASES: Record<string, Case> = {
  service: {
    read: { url: () => `/api/v1/services/${ids.service}` },
    writes: {
      edit: () => [{ method: 'PATCH', url: `/api/v1/services/${ids.service}`, headers: STALE, payload: {} }],
      submit: () => [{ method: 'POST', url: `/api/v1/services/${ids.service}/submit`, headers: STALE }],
      publish: () => [{ method: 'POST', url: `/api/v1/services/${ids.service}/publish`, headers: STALE }],
      archive: () => [{ method: 'POST', url: `/api/v1/services/${ids.service}/archive`, headers: STALE }],
      appointManager: () => [appointServiceManager()],
    },
  },
  'service list (owner filter)': {
    read: { url: () => `/api/v1/services?ownerInstitutionId=${ids.own}&pageSize=1` },
    writes: { createService: () => [{ method: 'POST', url: '/api/v1/services', payload: { ownerInstitutionId: ids.own, nameLv: 'Pārbaudes pakalpojums' } }] },
  },
  'service version (the draft)': {
    read: { url: () => `/api/v1/services/${ids.draftService}/versions`, pick: (b) => (b.items as { state: string; allowedActions: string[] }[]).find((v) => v.state === 'draft')?.allowedActions },
    writes: {
      edit: () => [{ method: 'PATCH', url: `/api/v1/services/${ids.draftService}`, headers: STALE, payload: {} }],
      submit: () => [{ method: 'POST', url: `/api/v1/services/${ids.draftService}/submit`, headers: STALE }],
      publish: () => [{ method: 'POST', url: `/api/v1/services/${ids.draftService}/publish`, headers: STALE }],
    },
  },
  institution: {
    read: { url: () => `/api/v1/institutions/${ids.own}` },
    writes: {
      edit: () => [{ method: 'PATCH', url: `/api/v1/institutions/${ids.own}`, headers: STALE, payload: {} }],
      editStructure: () => [{ method: 'PATCH', url: `/api/v1/institutions/${ids.own}`, headers: STALE, payload: { code: `I-${uniq()}` } }],
      appoint: () => [appointServiceManager(), appointResourceManager()],
      createService: () => [{ method: 'POST', url: '/api/v1/services', payload: { ownerInstitutionId: ids.own, nameLv: 'Pārbaudes pakalpojums' } }],
      importServices: () => [{ method: 'POST', url: `/api/v1/imports?institutionId=${ids.own}&dryRun=true`, headers: { 'content-type': 'text/csv' }, payload: 'kods,nosaukums\n,Pārbaudes pakalpojums\n' }],
      createResource: () => [{ method: 'POST', url: '/api/v1/resources', payload: { institutionId: ids.own, kind: 'digitalTechnology', code: `R-${uniq()}`, nameLv: 'Sistēma' } }],
      createChannelPoint: () => [{ method: 'POST', url: '/api/v1/channel-points', payload: { institutionId: ids.own, code: `CP-${uniq()}`, channelType: 'institutionCentre', nameLv: 'Klientu centrs', address: 'Rīga' } }],
      approvePortfolio: () => [{ method: 'POST', url: `/api/v1/institutions/${ids.own}/portfolio/approve`, payload: {} }],
      managePeople: () => [{ method: 'POST', url: '/api/v1/people', payload: { givenName: 'Jānis', familyName: 'Kalniņš', email: `p-${uniq().toLowerCase()}@example.lv`, institutionId: ids.own } }],
    },
  },
  'institution list': {
    read: { url: () => '/api/v1/institutions?pageSize=1' },
    writes: { createInstitution: () => [{ method: 'POST', url: '/api/v1/institutions', payload: {} }] },
  },
  'role assignment': {
    read: { url: () => `/api/v1/role-assignments/${ids.assignment}` },
    writes: {
      end: () => [{ method: 'POST', url: `/api/v1/role-assignments/${ids.assignment}/end`, headers: STALE }],
      replace: () => [{ method: 'POST', url: `/api/v1/role-assignments/${ids.assignment}/replace`, headers: STALE, payload: { personId: ids.person } }],
    },
  },
  'role assignment list': {
    read: { url: () => '/api/v1/role-assignments?pageSize=1' },
    // Which role where is decided with the body: the list says whether the caller appoints at all.
    writes: { appoint: () => [{ method: 'POST', url: '/api/v1/role-assignments', payload: {} }] },
  },
  resource: {
    read: { url: () => `/api/v1/resources/${ids.resource}` },
    writes: {
      edit: () => [{ method: 'PATCH', url: `/api/v1/resources/${ids.resource}`, headers: STALE, payload: {} }],
      archive: () => [{ method: 'PATCH', url: `/api/v1/resources/${ids.resource}`, headers: STALE, payload: { lifecycleStage: 'endUse' } }],
      appointManager: () => [appointResourceManager()],
    },
  },
  'resource list (institution filter)': {
    read: { url: () => `/api/v1/resources?institutionId=${ids.own}&pageSize=1` },
    writes: {
      createResource: () => [{ method: 'POST', url: '/api/v1/resources', payload: { institutionId: ids.own, kind: 'digitalTechnology', code: `R-${uniq()}`, nameLv: 'Sistēma' } }],
      createCapability: () => [{ method: 'POST', url: '/api/v1/capabilities', payload: { institutionId: ids.own, kind: 'organisationalStructure', code: `C-${uniq()}`, nameLv: 'Spēja' } }],
    },
  },
  'channel point': {
    read: { url: () => `/api/v1/channel-points/${ids.channelPoint}` },
    writes: {
      edit: () => [{ method: 'PATCH', url: `/api/v1/channel-points/${ids.channelPoint}`, headers: STALE, payload: {} }],
      archive: () => [{ method: 'POST', url: `/api/v1/channel-points/${ids.channelPoint}/deactivate`, headers: STALE }],
    },
  },
  'channel point list (institution filter)': {
    read: { url: () => `/api/v1/channel-points?institutionId=${ids.own}&pageSize=1` },
    writes: {
      createChannelPoint: () => [{ method: 'POST', url: '/api/v1/channel-points', payload: { institutionId: ids.own, code: `CP-${uniq()}`, channelType: 'institutionCentre', nameLv: 'Klientu centrs', address: 'Rīga' } }],
    },
  },
  'life situation': {
    read: { url: () => `/api/v1/life-situations/${ids.lifeSituation}` },
    writes: { edit: () => [{ method: 'PATCH', url: `/api/v1/life-situations/${ids.lifeSituation}`, headers: STALE, payload: {} }] },
  },
  'life situation list': {
    read: { url: () => '/api/v1/life-situations?pageSize=1' },
    writes: { createLifeSituation: () => [{ method: 'POST', url: '/api/v1/life-situations', payload: {} }] },
  },
  need: {
    read: { url: () => `/api/v1/needs/${ids.need}` },
    writes: { edit: () => [{ method: 'PATCH', url: `/api/v1/needs/${ids.need}`, headers: STALE, payload: {} }] },
  },
  'need list': {
    read: { url: () => '/api/v1/needs?pageSize=1' },
    writes: { createNeed: () => [{ method: 'POST', url: '/api/v1/needs', payload: {} }] },
  },
  'policy version': {
    read: { url: () => `/api/v1/policy/versions/${ids.policyVersion}` },
    writes: {
      edit: () => [{ method: 'PUT', url: `/api/v1/policy/versions/${ids.policyVersion}`, headers: STALE, payload: {} }],
      activate: () => [{ method: 'POST', url: `/api/v1/policy/versions/${ids.policyVersion}/activate`, headers: STALE }],
    },
  },
  'policy version list': {
    read: { url: () => '/api/v1/policy/versions?pageSize=1' },
    writes: { createPolicyVersion: () => [{ method: 'POST', url: '/api/v1/policy/versions', payload: {} }] },
  },
  import: {
    read: { url: () => `/api/v1/imports/${ids.import}` },
    // Reading is the one thing done to an import.
    writes: { read: () => [{ method: 'GET', url: `/api/v1/imports/${ids.import}` }] },
  },
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const { institution: own, pm, manager } = await buildServiceOwner(db);
  const other = await buildInstitution(db);
  const varam = await buildInstitution(db, { kind: 'ministry' });
  ids.own = own.id;
  ids.other = other.id;
  tokens.portfolioManager = pm.token;
  tokens.serviceManager = manager.token;
  tokens.outsider = (await buildUser(db, other.id)).token;
  tokens.admin = (await buildUser(db, other.id, { isSystemAdmin: true })).token;
  const lead = await buildUser(db, varam.id);
  await assignRole(db, 'stateLead', varam.id, lead.person.id, null);
  tokens.stateLead = lead.token;
  const rpm = await buildUser(db, own.id);
  await assignRole(db, 'resourcePortfolioOwner', own.id, rpm.person.id, own.id);
  tokens.resourcePortfolioManager = rpm.token;
  ids.person = (await buildUser(db, own.id)).person.id;

  const fields = await publishableFields(db, own);
  const { extras, ...description } = fields;
  const published = await buildService(db, { ownerInstitutionId: own.id, ...description }, { publish: true, managerPersonId: manager.person.id });
  ids.service = published.id;
  const draft = await buildService(db, { ownerInstitutionId: own.id, nameLv: 'Melnraksts' }, { managerPersonId: manager.person.id });
  ids.draftService = draft.id;
  const assignments = await t.api({ method: 'GET', url: `/api/v1/role-assignments?scopeId=${published.id}&role=serviceOwner`, token: pm.token });
  ids.assignment = (assignments.json() as { items: { id: string }[] }).items[0].id;
  ids.resource = (await buildResource(db, own.id)).id;
  ids.channelPoint = (await buildChannelPoint(db, own.id, 'institutionCentre')).id;
  ids.lifeSituation = (await buildLifeSituation(db, { ownerInstitutionId: own.id })).id;
  const need = await buildNeed(db, { lifeSituationIds: [extras.lifeSituation.id] });
  ids.need = need.id;
  const versions = await t.api({ method: 'GET', url: '/api/v1/policy/versions' });
  ids.policyVersion = (versions.json() as { items: { id: string }[] }).items[0].id;
  const imp = await t.api({ method: 'POST', url: `/api/v1/imports?institutionId=${own.id}&dryRun=true`, token: pm.token, headers: { 'content-type': 'text/csv' }, payload: 'kods,nosaukums\n,Pārbaudes pakalpojums\n' });
  expect(imp.statusCode, imp.body).toBe(202);
  ids.import = (imp.json() as { id: string }).id;
}, 120_000);
afterAll(async () => t?.close());

describe('allowedActions equal what the write endpoints allow', () => {
  for (const [resource, c] of Object.entries(CASES)) {
    it(`${resource}: for ${CALLERS.join(', ')}`, async () => {
      const mismatches: string[] = [];
      for (const who of CALLERS) {
        const listed = await actionsOf(who, c.read.url(), c.read.pick);
        for (const name of listed) expect(Object.keys(c.writes), `${resource} lists an action the test does not know: ${name}`).toContain(name);
        for (const [action, tries] of Object.entries(c.writes)) {
          const r = await refused(who, tries());
          const allowed = listed.includes(action);
          if (allowed === r.refused) mismatches.push(`${who} ${action}: allowedActions ${allowed ? 'lists' : 'omits'} it, the API ${r.refused ? 'refused' : 'did not refuse'}:\n${r.statuses}`);
        }
      }
      expect(mismatches, mismatches.join('\n\n')).toEqual([]);
    }, 120_000);
  }

  it('names the resource-portfolio manager, not the service portfolio manager, when registering a resource is refused', async () => {
    const res = await call('portfolioManager', { method: 'POST', url: '/api/v1/resources', headers: { 'accept-language': 'en' }, payload: { institutionId: ids.own, kind: 'digitalTechnology', code: `R-${uniq()}`, nameLv: 'Sistēma' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().title).toContain('resource-portfolio manager');
    expect(res.json().title).toContain('resource.create');
  });

  it('names who appoints that role when an appointment is refused', async () => {
    const res = await call('resourcePortfolioManager', { ...appointServiceManager(), headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().title).toContain('portfolio manager of the institution that owns the service');
  });

  it('lists only the institutions where the caller may do an action (?allowedAction=)', async () => {
    const res = await call('resourcePortfolioManager', { method: 'GET', url: '/api/v1/institutions?allowedAction=createResource&pageSize=200' });
    expect((res.json() as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([ids.own]);
    const none = await call('serviceManager', { method: 'GET', url: '/api/v1/institutions?allowedAction=createService' });
    expect(none.json().total).toBe(0);
  });

  it('keeps caller-specific allowedActions out of the audit trail', async () => {
    const res = await call('portfolioManager', { method: 'GET', url: `/api/v1/audit/service/${ids.service}` });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.body).not.toContain('allowedActions');
  });
});
