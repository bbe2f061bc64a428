import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildInstitution } from '../../../test/helpers/factories.js';
import { buildNeed } from '../../../test/helpers/service-factories.js';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { listServices, refreshServiceListings } from './services.repository.js';
import { ServiceListQuery } from './services.schemas.js';

/**
 * The list at volume: a few thousand generated services (straight SQL, as an
 * import would write them). Checks totals under filters and that a page costs
 * exactly two queries whatever the page size (no query per row).
 */
let t: TestApp;
const N = 3000;
let owner: { id: string };
let parent: { id: string };
let needId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  parent = await buildInstitution(db, { kind: 'municipality', groupCode: 'derivedPublicPerson' });
  owner = await buildInstitution(db, { parentId: parent.id, kind: 'municipalInstitution', groupCode: 'derivedPublicPerson' });
  const other = await buildInstitution(db);
  needId = (await buildNeed(db)).id;
  // Every 10th service is a draft, every 3rd belongs to the other institution, every 4th is publicGeneral.
  await db.execute(sql`
    insert into services (id, code, owner_institution_id, status, latest_version_no)
      select gen_random_uuid(), 'GEN-' || lpad(g::text, 5, '0'),
             case when g % 3 = 0 then ${other.id}::uuid else ${owner.id}::uuid end,
             case when g % 10 = 0 then 'draft' else 'published' end, 1
        from generate_series(1, ${N}) g`);
  await db.execute(sql`
    insert into service_versions (service_id, version_no, state, name_lv, recipient_type, complexity, lifecycle_stage, digital_status)
      select s.id, 1, case when s.status = 'draft' then 'draft' else 'published' end,
             'Pakalpojuma sniegšana nr ' || substring(s.code from 5),
             case when substring(s.code from 5)::int % 4 = 0 then 'publicGeneral' else 'publicIndividual' end,
             'simple', 'provide', 'none'
        from services s where s.code like 'GEN-%'`);
  await db.execute(sql`update services s set published_version_id = v.id from service_versions v where v.service_id = s.id and s.status = 'published' and s.code like 'GEN-%'`);
  await db.execute(sql`update services s set draft_version_id = v.id from service_versions v where v.service_id = s.id and s.status = 'draft' and s.code like 'GEN-%'`);
  await db.execute(sql`
    insert into service_version_needs (version_id, need_id)
      select v.id, ${needId}::uuid from service_versions v join services s on s.id = v.service_id
       where s.code like 'GEN-%' and substring(s.code from 5)::int % 100 = 1`);
  // Bulk writers (seed, import) rebuild the list read model afterwards, as here.
  await refreshServiceListings(db, 'all');
  await db.execute(sql`analyze`);
});
afterAll(async () => t?.close());

/** An executor that counts the statements sent through it. */
function counting(ex: Executor) {
  let n = 0;
  const proxy = new Proxy(ex, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      if (prop === 'execute' || prop === 'select') {
        return (...args: unknown[]) => {
          n++;
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return v.bind(target);
    },
  });
  return { ex: proxy as Executor, count: () => n };
}

describe('services list at volume', () => {
  it('pages through thousands of services with two queries per page, whatever the filters', async () => {
    const q = ServiceListQuery.parse({ ownerInstitutionId: owner.id, pageSize: '200', sort: 'code', q: 'sniegšana', recipientType: 'publicIndividual', needId });
    const c = counting(t.database.db);
    const { rows, total } = await listServices(c.ex, q, { kind: 'public' });
    expect(c.count()).toBe(2);
    // Owner's (not %3), published (not %10), %100 = 1 (needs), not %4: g = 1, 101, 201, … excluding multiples of 3.
    const expected = Array.from({ length: N }, (_, i) => i + 1).filter((g) => g % 3 !== 0 && g % 10 !== 0 && g % 100 === 1 && g % 4 !== 0);
    expect(total).toBe(expected.length);
    expect(rows.map((r) => r.code)).toEqual(expected.map((g) => `GEN-${String(g).padStart(5, '0')}`));
  });

  it('counts and sorts correctly for anonymous and internal readers', async () => {
    const ownerCount = Array.from({ length: N }, (_, i) => i + 1).filter((g) => g % 3 !== 0);
    const anon = await t.api({ method: 'GET', url: `/api/v1/services?under=${parent.id}&pageSize=200&page=2&sort=nameLv&order=desc` });
    expect(anon.statusCode, anon.body).toBe(200);
    expect(anon.json().total).toBe(ownerCount.filter((g) => g % 10 !== 0).length);
    expect(anon.json().items).toHaveLength(200);
    const names = anon.json().items.map((i: { nameLv: string }) => i.nameLv);
    expect([...names].sort((a: string, b: string) => b.localeCompare(a))).toEqual(names);
    const all = await listServices(t.database.db, ServiceListQuery.parse({ under: parent.id, pageSize: '1' }), { kind: 'all' });
    expect(all.total).toBe(ownerCount.length);
    const general = await listServices(t.database.db, ServiceListQuery.parse({ ownerInstitutionId: owner.id, recipientType: 'publicGeneral', status: 'draft' }), { kind: 'all' });
    expect(general.total).toBe(ownerCount.filter((g) => g % 10 === 0 && g % 4 === 0).length);
  });

  it('reuses a remembered total only while the list read model is unchanged', async () => {
    const q = ServiceListQuery.parse({ ownerInstitutionId: owner.id, pageSize: '5' });
    const first = await listServices(t.database.db, q, { kind: 'public' });
    const c = counting(t.database.db);
    const again = await listServices(c.ex, q, { kind: 'public' });
    expect(again.total).toBe(first.total);
    expect(c.count()).toBe(1); // the page only: the total is remembered at this generation

    // A service published by any instance bumps the generation; the next total is counted afresh.
    const db = t.database.db;
    await db.execute(sql`insert into services (code, owner_institution_id, status, latest_version_no) values ('GEN-NEW', ${owner.id}::uuid, 'published', 1)`);
    const [{ id }] = await queryRows<{ id: string }>(db, sql`select id from services where code = 'GEN-NEW'`);
    await db.execute(sql`insert into service_versions (service_id, version_no, state, name_lv, recipient_type, digital_status) values (${id}::uuid, 1, 'published', 'Jauna pakalpojuma sniegšana', 'publicIndividual', 'none')`);
    await db.execute(sql`update services s set published_version_id = v.id from service_versions v where v.service_id = s.id and s.id = ${id}::uuid`);
    await refreshServiceListings(t.database.db, [id]);
    const after = await listServices(t.database.db, q, { kind: 'public' });
    expect(after.total).toBe(first.total + 1);
  });
});
