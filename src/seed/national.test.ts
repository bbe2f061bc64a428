import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/db.js';
import { SYSTEM_ACTOR } from '../platform/actor.js';
import type { Database } from '../platform/db/database.js';
import { institutions } from '../modules/institutions/institutions.table.js';
import { people } from '../modules/people/people.table.js';
import { accounts } from '../modules/auth/auth.table.js';
import { channelPoints } from '../modules/channel-points/channel-points.table.js';
import { resources } from '../modules/resources/resources.table.js';
import {
  serviceListings,
  services,
  serviceVersionChannelPoints,
  serviceVersionLinks,
  serviceVersionNeeds,
  serviceVersionProviders,
  serviceVersions,
} from '../modules/services/services.table.js';
import { roleAssignments } from '../modules/roles/roles.table.js';
import { auditLog } from '../modules/audit/audit.table.js';
import { loadDescriptions } from '../modules/services/services.repository.js';
import { checkServiceRules, deriveDigitalStatus, resolveEffectiveDescription } from '../modules/services/services.rules.js';
import { loadRuleContext } from '../modules/services/services.service.js';
import { INSTITUTION_GROUPS } from '../shared/enums.js';
import { buildNationalRegister, seedNational } from './national.js';
import { FALLBACK_CHANNEL_TYPES, loadChannelTypes } from './support.js';

const ctx = { actor: SYSTEM_ACTOR, requestId: 'test' };
const SCALE = 0.01;
let database: Database;
let summary: Awaited<ReturnType<typeof seedNational>>;

beforeAll(async () => {
  database = await createTestDatabase();
  summary = await seedNational(database.db, ctx, { scale: SCALE });
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe('national-scale register (scale 0.01)', () => {
  it('has 1% of the services and institutions of every group, 13 ministries and several municipalities', async () => {
    const insts = await database.db.select().from(institutions);
    expect(summary.counts.services).toBe(500);
    expect((await database.db.select().from(services)).length).toBe(500);
    expect(new Set(insts.map((i) => i.groupCode))).toEqual(new Set(INSTITUTION_GROUPS));
    expect(insts.filter((i) => i.kind === 'ministry')).toHaveLength(13);
    expect(insts.filter((i) => i.kind === 'municipality').length).toBeGreaterThanOrEqual(5);
    expect(new Set(insts.map((i) => i.registrationNumber)).size).toBe(insts.length);
    const byId = new Map(insts.map((i) => [i.id, i]));
    for (const i of insts) expect(i.ancestorIds).toEqual(i.parentId ? [...byId.get(i.parentId)!.ancestorIds, i.parentId] : []);
    expect(await database.db.select().from(accounts)).toHaveLength(0);
  });

  it('gives every published service needs, channels for request and receipt, one manager and a portfolio manager', async () => {
    const db = database.db;
    const svcs = await db.select().from(services);
    const versions = new Map((await db.select().from(serviceVersions)).map((v) => [v.id, v]));
    const needs = await db.select().from(serviceVersionNeeds);
    const uses = await db.select().from(serviceVersionChannelPoints);
    const roles = await db.select().from(roleAssignments);
    const staff = new Map((await db.select().from(people)).map((p) => [p.id, p.institutionId]));
    const cps = new Map((await db.select().from(channelPoints)).map((c) => [c.id, c.channelType]));
    const types = await loadChannelTypes(db);
    for (const s of svcs) {
      expect(roles.filter((r) => r.role === 'serviceOwner' && r.scopeId === s.id && r.institutionId === s.ownerInstitutionId), s.code).toHaveLength(1);
      expect(roles.filter((r) => r.role === 'portfolioOwner' && r.scopeId === s.ownerInstitutionId), s.code).toHaveLength(1);
      if (s.status !== 'published') continue;
      const v = versions.get(s.publishedVersionId!)!;
      const own = uses.filter((u) => u.versionId === v.id);
      expect(own.some((u) => u.phase === 'request') && own.some((u) => u.phase === 'receipt'), s.code).toBe(true);
      if (!s.templateServiceId) expect(needs.some((n) => n.versionId === v.id), s.code).toBe(true);
      // R27: the stored digital status is the one the channels give (an instance processes as its template).
      const proc = v.processingMode ?? versions.get(svcs.find((t) => t.id === s.templateServiceId)!.publishedVersionId!)!.processingMode;
      const info = new Map(own.map((u) => [u.channelPointId, types.get(cps.get(u.channelPointId)!)!]));
      const derived = deriveDigitalStatus({ channelPoints: own.map((u) => ({ channelPointId: u.channelPointId, phase: u.phase as 'request' | 'receipt' })), processingMode: proc as never }, info);
      expect(v.digitalStatus, s.code).toBe(derived.status);
    }
    for (const r of roles) expect(staff.get(r.personId!), `${r.role} ${r.scopeId}`).toBe(r.institutionId);
  });

  it('instantiates unified services in every municipality and links dependencies to inter-institutional services', async () => {
    const db = database.db;
    const svcs = await db.select().from(services);
    const munis = (await db.select().from(institutions)).filter((i) => i.kind === 'municipality').map((i) => i.id);
    const templates = svcs.filter((s) => s.isTemplate && s.status === 'published');
    expect(templates.length).toBeGreaterThanOrEqual(15);
    for (const t of templates) expect(new Set(svcs.filter((s) => s.templateServiceId === t.id).map((s) => s.ownerInstitutionId))).toEqual(new Set(munis));
    const links = await db.select().from(serviceVersionLinks);
    const versions = new Map((await db.select().from(serviceVersions)).map((v) => [v.id, v]));
    const byId = new Map(svcs.map((s) => [s.id, s]));
    const typeOf = (id: string) => {
      const s = byId.get(id)!;
      const t = s.templateServiceId ? byId.get(s.templateServiceId)! : s;
      return versions.get((t.publishedVersionId ?? t.draftVersionId)!)!.recipientType!;
    };
    expect(links.some((l) => l.kind === 'component')).toBe(true);
    for (const l of links.filter((x) => x.kind === 'dependsOn')) expect(typeOf(l.targetServiceId)).toMatch(/^interInstitutional/);
    for (const l of links.filter((x) => x.kind === 'component')) expect(['complex', 'smart']).toContain(versions.get(l.versionId)!.complexity);
  });

  it('R19 names a responsible person for every other provider, and R15/R16 a manager for every resource', async () => {
    const db = database.db;
    const providers = await db.select().from(serviceVersionProviders);
    const versions = new Map((await db.select().from(serviceVersions)).map((v) => [v.id, v.serviceId]));
    const roles = await db.select().from(roleAssignments);
    expect(providers.length).toBeGreaterThan(0);
    for (const p of providers) expect(roles.some((r) => r.role === 'serviceProvider' && r.scopeId === versions.get(p.versionId) && r.institutionId === p.institutionId)).toBe(true);
    const res = await db.select().from(resources);
    for (const r of res) expect(roles.filter((a) => a.role === 'resourceOwner' && a.scopeId === r.id)).toHaveLength(1);
    for (const id of new Set(res.map((r) => r.institutionId))) expect(roles.filter((a) => a.role === 'resourcePortfolioOwner' && a.scopeId === id)).toHaveLength(1);
  });

  it('every published service passes the publication rules with no errors', async () => {
    const db = database.db;
    const svcs = (await db.select().from(services)).filter((s) => s.status === 'published');
    const byId = new Map(svcs.map((s) => [s.id, s]));
    const own = await loadDescriptions(db, await db.select().from(serviceVersions));
    const failures: string[] = [];
    for (const s of svcs) {
      const template = s.templateServiceId ? own.get(byId.get(s.templateServiceId)!.publishedVersionId!)! : null;
      const d = resolveEffectiveDescription(template, own.get(s.publishedVersionId!)!);
      const errors = checkServiceRules(d, await loadRuleContext(db, s, d), 'publish').filter((v) => v.severity === 'error');
      if (errors.length) failures.push(`${s.code}: ${errors.map((e) => e.code).join(', ')}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('fills the service list read model, audits once and refuses a register that is not empty', async () => {
    const db = database.db;
    const published = (await db.select().from(services)).filter((s) => s.status === 'published').length;
    expect((await db.select().from(serviceListings)).filter((l) => l.visibility === 'published')).toHaveLength(published);
    expect((await db.select().from(auditLog)).filter((e) => e.action === 'seed.national')).toHaveLength(1);
    await expect(seedNational(db, ctx, { scale: SCALE })).rejects.toThrow(/not empty/);
  });

  it('is deterministic: the same seed gives the same register, another seed a different one', () => {
    const types = new Map(FALLBACK_CHANNEL_TYPES.map((c) => [c.code, c]));
    const a = buildNationalRegister(types, { scale: SCALE, seed: 7 }).builder.rows;
    const b = buildNationalRegister(types, { scale: SCALE, seed: 7 }).builder.rows;
    const c = buildNationalRegister(types, { scale: SCALE, seed: 8 }).builder.rows;
    const providers = (r: typeof a) => r.services.flatMap((s) => s.versions.map((v) => v.description.providers));
    expect(b.services.map((s) => [s.service.id, s.service.code])).toEqual(a.services.map((s) => [s.service.id, s.service.code]));
    expect(JSON.stringify(providers(b))).toBe(JSON.stringify(providers(a)));
    expect(c.services[0].service.id).not.toBe(a.services[0].service.id);
  });
});
