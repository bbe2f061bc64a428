import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './helpers/app.js';
import { buildInstitution, buildUser, TEST_PASSWORD } from './helpers/factories.js';
import { queryRows } from '../src/platform/db/database.js';
import { authJobs } from '../src/modules/auth/auth.jobs.js';
import { enqueueUnlessPending, runNextJob } from '../src/modules/jobs/jobs.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('housekeeping and sign-out', () => {
  it('audits sign-out and ends the session', async () => {
    const u = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    const login = await t.api({ method: 'POST', url: '/api/v1/auth/login', payload: { login: u.login, password: TEST_PASSWORD } });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const out = await t.api({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': login.json().csrfToken } });
    expect(out.statusCode, out.body).toBe(204);
    const after = await t.api({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    const entries = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where entity_id = ${u.account.id} order by id`);
    expect(entries.map((e) => e.action)).toEqual(['auth.login', 'auth.logout']);
  });

  it('queues one clean-up at a time, which removes expired sessions and day-old sign-in attempts', async () => {
    const db = t.database.db;
    const u = await buildUser(db, (await buildInstitution(db)).id);
    await db.execute(sql`insert into sessions (id, account_id, expires_at) values ('expired-one', ${u.account.id}::uuid, now() - interval '1 hour'),
                                                                                ('live-one', ${u.account.id}::uuid, now() + interval '1 hour')`);
    await db.execute(sql`insert into login_attempts (login, ip, succeeded, at) values ('vecs@x.lv', '127.0.0.1', false, now() - interval '2 days'),
                                                                                   ('jauns@x.lv', '127.0.0.1', false, now())`);
    expect(await enqueueUnlessPending(db, 'auth.cleanup')).toBe(true);
    expect(await enqueueUnlessPending(db, 'auth.cleanup')).toBe(false);
    const handlers = Object.fromEntries(authJobs.map((d) => [d.kind, d.handler(db)]));
    expect(await runNextJob(db, handlers, 'test-worker')).toBe(true);
    const sessions = await queryRows<{ id: string }>(db, sql`select id from sessions where id in ('expired-one', 'live-one')`);
    expect(sessions.map((s) => s.id)).toEqual(['live-one']);
    const attempts = await queryRows<{ login: string }>(db, sql`select login from login_attempts where login in ('vecs@x.lv', 'jauns@x.lv')`);
    expect(attempts.map((a) => a.login)).toEqual(['jauns@x.lv']);
    expect(await enqueueUnlessPending(db, 'auth.cleanup')).toBe(true);
  });
});
