import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/database.js';
import { createTestDatabase } from '../../../test/helpers/db.js';
import { enqueueJob, getJob, runNextJob } from './jobs.service.js';
import { claimJob } from './jobs.repository.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe('background jobs in the database', () => {
  it('runs a queued job once, records its progress and result', async () => {
    const job = await enqueueJob(database.db, 'count', { to: 3 });
    const ran = await runNextJob(
      database.db,
      {
        count: async (payload, progress) => {
          const { to } = payload as { to: number };
          for (let i = 1; i <= to; i++) await progress(i, to);
          return { counted: to };
        },
      },
      'worker-a',
    );
    expect(ran).toBe(true);
    const done = await getJob(database.db, job.id);
    expect(done?.status).toBe('done');
    expect(done?.progress).toEqual({ done: 3, total: 3 });
    expect(done?.result).toEqual({ counted: 3 });
    expect(await runNextJob(database.db, { count: async () => null }, 'worker-a')).toBe(false);
  });

  it('never gives the same job to two workers while the lease holds, and records a failure', async () => {
    const job = await enqueueJob(database.db, 'solo', {});
    const first = await claimJob(database.db, ['solo'], 'worker-a', 60);
    const second = await claimJob(database.db, ['solo'], 'worker-b', 60);
    expect(first?.id).toBe(job.id);
    expect(second).toBeNull();

    await enqueueJob(database.db, 'boom', {});
    await runNextJob(database.db, { boom: async () => { throw new Error('nav izdevās'); } }, 'worker-c');
    const failed = (await database.db.query.jobs.findMany()).find((j) => j.kind === 'boom');
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toBe('nav izdevās');
  });
});
