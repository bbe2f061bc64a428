import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import type { TestDatabase } from '../../../test/helpers/db.js';
import { jobDefinitions } from '../../app/jobs.js';
import { indexDefinitions, periodStart, type JobDefinition } from './jobs.registry.js';
import { jobRunnersIdle, JobRunner } from './jobs.runner.js';
import { enqueueJob, getJob } from './jobs.service.js';
import { jobs } from './jobs.table.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());
const db = () => t.database.db;

const scheduledRows = (kind: string) => db().select().from(jobs).where(and(eq(jobs.kind, kind)));

describe('one job registry', () => {
  it('lists every module’s jobs once, each <module>.<what>, imports and the sign-in clean-up included', () => {
    const kinds = [...indexDefinitions(jobDefinitions).keys()];
    expect(kinds).toEqual(expect.arrayContaining(['imports.run', 'auth.cleanup']));
    expect(() => indexDefinitions([...jobDefinitions, jobDefinitions[0]])).toThrow(/defined twice/);
  });

  it('runs every registered kind as soon as it is woken, records progress, result and failure', async () => {
    const defs: JobDefinition[] = [
      {
        kind: 'probe.count',
        handler: () => async (payload, progress) => {
          const { to } = payload as { to: number };
          for (let i = 1; i <= to; i++) await progress(i, to);
          return { counted: to };
        },
      },
      { kind: 'probe.fail', handler: () => async () => { throw new Error('Neizdevās: avots nav pieejams'); } },
    ];
    const runner = new JobRunner(db(), defs, { pollMs: 0, exclusive: false });
    await runner.start();
    const a = await enqueueJob(db(), 'probe.count', { to: 4 });
    const b = await enqueueJob(db(), 'probe.fail', {});
    await runner.wake();
    await runner.stop();
    expect(await getJob(db(), a.id)).toMatchObject({ status: 'done', progress: { done: 4, total: 4 }, result: { counted: 4 } });
    expect(await getJob(db(), b.id)).toMatchObject({ status: 'failed', error: 'Neizdevās: avots nav pieejams' });
  });

  it('queues a scheduled job once per period however many runners race for it', async () => {
    const every = 3_600_000;
    const defs: JobDefinition[] = [{ kind: 'probe.inprocess', everyMs: every, handler: () => async () => null }];
    const runners = [new JobRunner(db(), defs, { pollMs: 0, exclusive: false }), new JobRunner(db(), defs, { pollMs: 0, exclusive: false })];
    await Promise.all(runners.flatMap((r) => Array.from({ length: 10 }, () => r.queueScheduled())));
    const rows = await scheduledRows('probe.inprocess');
    expect(rows).toHaveLength(1);
    expect(rows[0].periodKey).toBe(periodStart(new Date(), every).toISOString());
    // The next period gets its own job.
    await runners[0].queueScheduled(new Date(Date.now() + every));
    expect(await scheduledRows('probe.inprocess')).toHaveLength(2);
  });

  it.skipIf(!process.env.DATABASE_URL)('runs a scheduled job once per period across two server processes on one PostgreSQL', async () => {
    const url = (t.database as TestDatabase).url!;
    const runProcess = () =>
      new Promise<{ ran: number }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test/fixtures/job-schedule-process.ts'), '25'], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: url },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`exit ${code}: ${err}`))));
      });
    const [p1, p2] = await Promise.all([runProcess(), runProcess()]);
    expect(p1.ran + p2.ran).toBe(1);
    const rows = await scheduledRows('probe.hourly');
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('done');
  }, 60_000);
});

describe('GET /api/v1/jobs: progress and failures of every job through one API', () => {
  it('shows the system administrator every job with its failure, and anyone else only the jobs they asked for', async () => {
    const inst = await buildInstitution(db());
    const admin = await buildUser(db(), inst.id, { isSystemAdmin: true });
    const someone = await buildUser(db(), inst.id);
    const other = await buildUser(db(), inst.id);
    const failed = await enqueueJob(db(), 'probe.visible', {});
    await db().update(jobs).set({ status: 'failed', error: 'Pārtraukts' }).where(eq(jobs.id, failed.id));
    const mine = await enqueueJob(db(), 'probe.visible', {}, { requestedBy: someone.person.id });

    const all = await t.api({ method: 'GET', url: '/api/v1/jobs?kind=probe.visible&pageSize=50', token: admin.token });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().items.map((j: { id: string }) => j.id).sort()).toEqual([failed.id, mine.id].sort());
    expect(all.json().items.find((j: { id: string }) => j.id === failed.id)).toMatchObject({ status: 'failed', error: 'Pārtraukts' });
    const failures = await t.api({ method: 'GET', url: '/api/v1/jobs?status=failed&kind=probe.visible', token: admin.token });
    expect(failures.json().items.map((j: { id: string }) => j.id)).toEqual([failed.id]);

    const own = await t.api({ method: 'GET', url: '/api/v1/jobs?kind=probe.visible', token: someone.token });
    expect(own.json().items.map((j: { id: string }) => j.id)).toEqual([mine.id]);
    expect((await t.api({ method: 'GET', url: `/api/v1/jobs/${mine.id}`, token: someone.token })).statusCode).toBe(200);
    expect((await t.api({ method: 'GET', url: `/api/v1/jobs/${mine.id}`, token: other.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: `/api/v1/jobs/${failed.id}`, token: someone.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: '/api/v1/jobs' })).statusCode).toBe(401);
  });

  it('queued the sign-in clean-up for this period when the server started, and ran it', async () => {
    await jobRunnersIdle(db());
    const scheduled = (await scheduledRows('auth.cleanup')).filter((r) => r.periodKey !== null);
    expect(scheduled.length).toBeGreaterThanOrEqual(1);
    expect(scheduled.every((r) => r.status === 'done')).toBe(true);
  });
});
