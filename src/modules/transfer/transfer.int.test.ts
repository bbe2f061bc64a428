import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/db.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { SYSTEM_ACTOR } from '../../platform/actor.js';
import { openDatabase, queryRows, type Database, type Db } from '../../platform/db/database.js';
import { syncPolicyVersions } from '../policy/policy.data.js';
import { audit } from '../audit/audit.service.js';
import { sessions, loginAttempts } from '../auth/auth.table.js';
import { channelPoints } from '../channel-points/channel-points.table.js';
import { jobs } from '../jobs/jobs.table.js';
import { lifeSituationNeeds, lifeSituations, needs } from '../life-situations/life-situations.table.js';
import { portfolioApprovals } from '../portfolio/portfolio.table.js';
import { capabilities, resources } from '../resources/resources.table.js';
import {
  serviceVersionChannelPoints,
  serviceVersionLinks,
  serviceVersionNeeds,
  serviceVersionProviders,
  serviceVersionResources,
  serviceVersions,
  services,
} from '../services/services.table.js';
import { exportRegister, importRegister, TransferError } from './transfer.service.js';

const ctx = { actor: SYSTEM_ACTOR, requestId: 'test-import' };
const EXPORTED_AT = '2025-01-02T03:04:05.678Z';
// Ids chosen so that children sort BEFORE their parents: the import must not depend on key order.
const PARENT_ID = 'ffffffff-0000-4000-8000-000000000001';
const CHILD_ID = '00000000-0000-4000-8000-000000000001';
const TEMPLATE_ID = 'ffffffff-0000-4000-8000-000000000002';
const INSTANCE_ID = '00000000-0000-4000-8000-000000000002';
const MICROS = sql`'2024-05-01T10:00:00.123456Z'::timestamptz`;

let source: Database;
let dir: string;
const opened: Database[] = [];
beforeAll(async () => {
  source = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transfer-'));
  await buildRegister(source.db);
});
afterAll(async () => {
  for (const d of opened) await d.close();
  await source?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A restore target: restoring replaces start-up audit entries, which only the owner may (ADR 0007). */
async function freshDatabase(): Promise<Database> {
  const d = await createTestDatabase({ owner: true });
  opened.push(d);
  return d;
}

const count = async (db: Db, table: string) =>
  Number((await queryRows<{ n: string }>(db, sql`select count(*) as n from ${sql.identifier(table)}`))[0].n);

/** A small register touching every exported table, with awkward values: microseconds, quotes, arrays, nested jsonb. */
async function buildRegister(db: Db) {
  const ministry = await buildInstitution(db, { id: PARENT_ID, kind: 'ministry', formerNames: [{ nameLv: 'Vecā ministrija “VM”', until: '2024-06-30' }] });
  const agency = await buildInstitution(db, { id: CHILD_ID, parentId: ministry.id, nameEn: 'Agency "A", Ltd.\nsecond line' });
  const admin = await buildUser(db, ministry.id, { isSystemAdmin: true });
  const clerk = await buildUser(db, agency.id);
  await assignRole(db, 'portfolioOwner', agency.id, clerk.person.id, agency.id);
  await db.insert(sessions).values({ id: 'session-hash', accountId: clerk.account.id, expiresAt: new Date(Date.now() + 3600_000) });
  await db.insert(loginAttempts).values({ login: clerk.login, ip: '127.0.0.1', succeeded: false });

  const [need] = await db.insert(needs).values({ code: 'N-1', nameLv: 'Mājoklis', ownerInstitutionId: ministry.id, createdAt: MICROS }).returning();
  const [situation] = await db.insert(lifeSituations).values({ code: 'LS-1', nameLv: 'Pārcelšanās', audience: 'person' }).returning();
  await db.insert(lifeSituationNeeds).values({ lifeSituationId: situation.id, needId: need.id });
  const [point] = await db
    .insert(channelPoints)
    .values({
      code: 'CP-1',
      institutionId: agency.id,
      channelType: 'customerServiceCentre',
      nameLv: 'Klientu centrs',
      openingHours: { weekly: { '1': ['08:00-17:00'], '5': ['08:00-15:00'] }, notesLv: 'Piektdienās īsāk' },
    })
    .returning();
  const [resource] = await db.insert(resources).values({ code: 'R-1', institutionId: agency.id, kind: 'informationSystem', nameLv: 'Sistēma' }).returning();
  await db.insert(capabilities).values({ institutionId: agency.id, kind: 'knowledge', nameLv: 'Zināšanas', supplierServiceId: TEMPLATE_ID });

  await db.insert(services).values({ id: TEMPLATE_ID, code: 'S-TPL', ownerInstitutionId: ministry.id, isTemplate: true });
  await db.insert(services).values({ id: INSTANCE_ID, code: 'S-1', ownerInstitutionId: agency.id, templateServiceId: TEMPLATE_ID, status: 'published', reviewedAt: MICROS });
  const [v1] = await db
    .insert(serviceVersions)
    .values({
      serviceId: INSTANCE_ID,
      versionNo: 1,
      state: 'published',
      nameLv: 'Deklarēt dzīvesvietu',
      nameParts: { object: 'dzīvesvieta', action: 'deklarēt' },
      targetGroups: ['persons', 'with, comma', 'with "quotes"', 'back\\slash'],
      keywords: ['adrese', 'NULL', ''],
      activityDirectionId: agency.direction.id,
      serviceLevelTerms: [{ nameLv: 'Standarts', indicators: [{ kind: 'processingTime', nameLv: 'Termiņš', target: 10, unit: 'workingDays' }] }],
      fee: { free: false, amountEur: 12.5, descriptionLv: 'Valsts nodeva' },
      legalBasis: [{ act: 'Dzīvesvietas deklarēšanas likums', article: '5' }],
      publishedAt: MICROS,
      publishedBy: admin.person.id,
    })
    .returning();
  const [v2] = await db.insert(serviceVersions).values({ serviceId: INSTANCE_ID, versionNo: 2, state: 'draft', nameLv: 'Deklarēt dzīvesvietu (labojums)' }).returning();
  await db.update(services).set({ publishedVersionId: v1.id, draftVersionId: v2.id, latestVersionNo: 2 }).where(sql`id = ${INSTANCE_ID}`);
  await db.insert(serviceVersionNeeds).values({ versionId: v1.id, needId: need.id });
  await db.insert(serviceVersionChannelPoints).values([
    { versionId: v1.id, channelPointId: point.id, phase: 'request' },
    { versionId: v1.id, channelPointId: point.id, phase: 'receipt' },
  ]);
  await db.insert(serviceVersionProviders).values({ versionId: v1.id, institutionId: agency.id, serviceLevelTerms: null });
  await db.insert(serviceVersionResources).values({ versionId: v1.id, resourceId: resource.id });
  await db.insert(serviceVersionLinks).values([
    { versionId: v1.id, kind: 'dependsOn', targetServiceId: TEMPLATE_ID },
    { versionId: v2.id, kind: 'replaces', targetServiceId: TEMPLATE_ID },
  ]);
  await db.insert(portfolioApprovals).values({ institutionId: agency.id, approvedBy: clerk.person.id, kind: 'publish', serviceIds: [INSTANCE_ID], change: { added: [INSTANCE_ID], removed: [] } });
  await db.insert(jobs).values({ kind: 'export', payload: { b: 1, a: { z: [1, 2.5, { '10': true, '2': null }] } }, progress: { done: 3, total: 7 }, runAfter: MICROS });
  await audit(db, { actor: SYSTEM_ACTOR, requestId: 'r-1' }, { action: 'service.publish', entityType: 'service', entityId: INSTANCE_ID, before: { status: 'draft' }, after: { status: 'published', ąčē: 'ūž' } });
}

describe('register export and import', () => {
  it('round-trips losslessly: export, import into an empty database, export again gives the same bytes plus the import audit entry', async () => {
    const first = path.join(dir, 'first.json');
    const second = path.join(dir, 'second.json');
    const exported = await exportRegister(source.db, first, { exportedAt: EXPORTED_AT });
    expect(exported.rows.institutions).toBe(2);
    expect(exported.rows.service_version_links).toBe(2);

    const target = await freshDatabase();
    const imported = await importRegister(target.db, ctx, first);
    expect(imported.rows).toEqual(exported.rows);
    await exportRegister(target.db, second, { exportedAt: EXPORTED_AT });

    const a = fs.readFileSync(first, 'utf8');
    const b = fs.readFileSync(second, 'utf8');
    // The only difference is the audit entry of the import itself, appended as the last audit_log line.
    const added = b.split('\n').filter((line) => line.includes('"action":"register.import"'));
    expect(added).toHaveLength(1);
    expect(b.replace(`${added[0]}\n`, '')).toBe(a);
    const auditLines = b.slice(b.indexOf('"audit_log":['), b.indexOf('\n]', b.indexOf('"audit_log":['))).split('\n');
    expect(auditLines.at(-1)).toBe(added[0]);
  });

  it('keeps microseconds, tricky text and arrays, and restores self-references that sort before their parents', async () => {
    const file = path.join(dir, 'values.json');
    await exportRegister(source.db, file, { exportedAt: EXPORTED_AT });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('"published_at":"2024-05-01T10:00:00.123456Z"');
    expect(text.startsWith('{"format":"pakalpojumu-registrs-export","version":1,"exportedAt":"2025-01-02T03:04:05.678Z","tables":{\n')).toBe(true);
    const doc = JSON.parse(text);
    expect(Object.keys(doc.tables)).not.toContain('sessions');
    expect(Object.keys(doc.tables)).not.toContain('login_attempts');
    expect(doc.tables.accounts[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(doc.tables.api_tokens).toHaveLength(2);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');

    const target = await freshDatabase();
    await importRegister(target.db, ctx, file);
    const [child] = await queryRows<{ parent_id: string }>(target.db, sql`select parent_id from institutions where id = ${CHILD_ID}`);
    expect(child.parent_id).toBe(PARENT_ID);
    const [instance] = await queryRows<{ template_service_id: string }>(target.db, sql`select template_service_id from services where id = ${INSTANCE_ID}`);
    expect(instance.template_service_id).toBe(TEMPLATE_ID);
    const [version] = await queryRows<{ groups: string[]; micros: string }>(
      target.db,
      sql`select target_groups as groups, to_char(published_at at time zone 'UTC', 'US') as micros from service_versions where version_no = 1`,
    );
    expect(version.groups).toEqual(['persons', 'with, comma', 'with "quotes"', 'back\\slash']);
    expect(version.micros).toBe('123456');
    const [job] = await queryRows<{ payload: unknown }>(target.db, sql`select payload from jobs`);
    expect(job.payload).toEqual({ b: 1, a: { z: [1, 2.5, { '10': true, '2': null }] } });

    // The audit log's sequence continues after the imported ids.
    await audit(target.db, ctx, { action: 'test.after', entityType: 'test', entityId: 'x' });
    const ids = await queryRows<{ id: string; action: string }>(target.db, sql`select id, action from audit_log order by id`);
    expect(ids.map((r) => r.action).slice(-2)).toEqual(['register.import', 'test.after']);
    expect(new Set(ids.map((r) => r.id)).size).toBe(ids.length);
  });

  it('refuses to import into a database that already holds a register, and changes nothing', async () => {
    const file = path.join(dir, 'refuse.json');
    await exportRegister(source.db, file);
    const before = await count(source.db, 'audit_log');
    const err = await importRegister(source.db, ctx, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransferError);
    expect((err as TransferError).key).toBe('transfer.notEmpty');
    expect((err as Error).message).toMatch(/empty database/);
    expect(await count(source.db, 'audit_log')).toBe(before);
    expect(await count(source.db, 'institutions')).toBe(2);
  });

  it('refuses a truncated file before touching the database', async () => {
    const file = path.join(dir, 'full.json');
    await exportRegister(source.db, file);
    const cut = path.join(dir, 'cut.json');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const target = await freshDatabase();
    const auditBefore = await count(target.db, 'audit_log');
    const err = await importRegister(target.db, ctx, cut).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransferError);
    expect((err as Error).message).toMatch(/truncated/);
    expect(await count(target.db, 'institutions')).toBe(0);
    expect(await count(target.db, 'audit_log')).toBe(auditBefore);
  });

  it('rolls everything back when a row late in the file is refused, keeping the policy versions in place', async () => {
    const file = path.join(dir, 'bad-row.json');
    await exportRegister(source.db, file);
    // A link to a service that does not exist: the database refuses it after most tables are in.
    const text = fs.readFileSync(file, 'utf8').replace(`"target_service_id":"${TEMPLATE_ID}"`, '"target_service_id":"11111111-1111-4111-8111-111111111111"');
    fs.writeFileSync(file, text);
    const target = await freshDatabase();
    const policiesBefore = await count(target.db, 'policy_versions');
    const auditBefore = await count(target.db, 'audit_log');
    const err = await importRegister(target.db, ctx, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransferError);
    expect((err as TransferError).key).toBe('transfer.rowRejected');
    expect((err as Error).message).toContain('service_version_links');
    expect((err as Error).message.length).toBeLessThan(1000);
    for (const table of ['institutions', 'people', 'accounts', 'services', 'service_versions']) expect(await count(target.db, table)).toBe(0);
    // The start-up entries removed inside the failed transaction are back, and the trigger is in force again.
    expect(await count(target.db, 'audit_log')).toBe(auditBefore);
    expect(await count(target.db, 'policy_versions')).toBe(policiesBefore);
    await expect(target.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });

  it('refuses a file that is not a register export, of another version, or with unknown columns', async () => {
    const target = await freshDatabase();
    const auditBefore = await count(target.db, 'audit_log');
    const write = (name: string, content: string) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, content);
      return f;
    };
    const notExport = await importRegister(target.db, ctx, write('other.json', '{"hello":"world"}}\n')).catch((e: unknown) => e);
    expect((notExport as TransferError).key).toBe('transfer.notAnExport');
    const v2 = await importRegister(target.db, ctx, write('v2.json', '{"format":"pakalpojumu-registrs-export","version":2,"exportedAt":"x","tables":{\n}}\n')).catch(
      (e: unknown) => e,
    );
    expect((v2 as TransferError).key).toBe('transfer.unsupportedVersion');
    expect((v2 as Error).message).toMatch(/version 2/);

    const good = fs.readFileSync(path.join(dir, 'full.json'), 'utf8');
    const extra = await importRegister(target.db, ctx, write('extra.json', good.replace('"registration_number":', '"surprise":1,"registration_number":'))).catch((e: unknown) => e);
    expect((extra as TransferError).key).toBe('transfer.columns');
    expect((extra as Error).message).toMatch(/unknown: surprise/);
    const missing = await importRegister(target.db, ctx, write('missing.json', good.replace(/\n,"people":\[\n[\s\S]*?\n\]\n/, '\n'))).catch((e: unknown) => e);
    expect((missing as TransferError).key).toBe('transfer.tableOrder');
    expect(await count(target.db, 'institutions')).toBe(0);
    expect(await count(target.db, 'audit_log')).toBe(auditBefore);
  });

  it.runIf(process.env.DATABASE_URL)('moves a register from the embedded database to a PostgreSQL server byte for byte', async () => {
    const embedded = await openDatabase({ dataDir: 'memory://' });
    opened.push(embedded);
    await embedded.migrate();
    await syncPolicyVersions(embedded.db);
    await buildRegister(embedded.db);
    const fromEmbedded = path.join(dir, 'embedded.json');
    const fromServer = path.join(dir, 'server.json');
    await exportRegister(embedded.db, fromEmbedded, { exportedAt: EXPORTED_AT });

    const server = await freshDatabase();
    expect(server.kind).toBe('postgres');
    await importRegister(server.db, ctx, fromEmbedded);
    await exportRegister(server.db, fromServer, { exportedAt: EXPORTED_AT });
    const a = fs.readFileSync(fromEmbedded, 'utf8');
    const b = fs.readFileSync(fromServer, 'utf8');
    const added = b.split('\n').filter((line) => line.includes('"action":"register.import"'));
    expect(added).toHaveLength(1);
    expect(b.replace(`${added[0]}\n`, '')).toBe(a);
  }, 120_000); // migrates a fresh embedded database and moves a whole register: well over the default 30 s on a busy machine
});
