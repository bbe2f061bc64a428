import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { jobs } from './jobs.table.js';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(ex: Executor, kind: string, payload: unknown, opts: { runAfter?: Date; requestedBy?: string | null } = {}): Promise<JobRow> {
  const [r] = await ex
    .insert(jobs)
    .values({ kind, payload: payload as object, runAfter: opts.runAfter ?? new Date(), requestedBy: opts.requestedBy ?? null })
    .returning();
  return r;
}

/**
 * Queues the job of `kind` for the period starting `periodKey`, unless one is
 * already there: the unique index makes this exactly once per period across
 * every process on the database. Returns whether this call queued it.
 */
export async function insertScheduledJob(ex: Executor, kind: string, periodKey: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`insert into jobs (kind, payload, period_key) values (${kind}, '{}'::jsonb, ${periodKey})
        on conflict (kind, period_key) where period_key is not null do nothing
        returning id`,
  );
  return rows.length > 0;
}

/** Jobs newest first, optionally of some kinds, in a status, or requested by one person. */
export async function listJobs(
  ex: Executor,
  q: { kinds?: string[]; status?: string; requestedBy?: string; limit: number; offset: number },
): Promise<{ rows: JobRow[]; total: number }> {
  const where = and(
    q.kinds ? inArray(jobs.kind, q.kinds) : undefined,
    q.status ? eq(jobs.status, q.status) : undefined,
    q.requestedBy ? eq(jobs.requestedBy, q.requestedBy) : undefined,
  );
  const rows = await ex.select().from(jobs).where(where).orderBy(desc(jobs.createdAt), desc(jobs.id)).limit(q.limit).offset(q.offset);
  const [{ n }] = await ex.select({ n: count() }).from(jobs).where(where);
  return { rows, total: Number(n) };
}

/** Queues a job of `kind` unless one is already queued or running; returns whether it queued one. */
export async function insertJobUnlessPending(ex: Executor, kind: string, payload: unknown): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`insert into jobs (kind, payload)
        select ${kind}, ${JSON.stringify(payload)}::jsonb
         where not exists (select 1 from jobs where kind = ${kind} and status in ('queued', 'running'))
        returning id`,
  );
  return rows.length > 0;
}

/**
 * Claims the oldest due job of the given kinds for `workerId` with a lease.
 * SKIP LOCKED lets several instances poll the same table without blocking
 * each other; an expired lease makes a job claimable again after a crash.
 */
export async function claimJob(ex: Executor, kinds: string[], workerId: string, leaseSeconds: number): Promise<JobRow | null> {
  if (kinds.length === 0) return null;
  const kindList = sql.join(kinds.map((k) => sql`${k}`), sql`, `);
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`update jobs set status = 'running', locked_by = ${workerId}, locked_until = now() + make_interval(secs => ${leaseSeconds}),
               attempts = attempts + 1, updated_at = now()
         where id = (
           select id from jobs
            where kind in (${kindList}) and run_after <= now()
              and (status = 'queued' or (status = 'running' and locked_until < now()))
            order by run_after, created_at
            limit 1
            for update skip locked)
        returning id`,
  );
  if (!rows[0]) return null;
  const [job] = await ex.select().from(jobs).where(eq(jobs.id, rows[0].id));
  return job ?? null;
}

export async function updateProgress(ex: Executor, id: string, workerId: string, done: number, total: number): Promise<void> {
  await ex.update(jobs).set({ progress: { done, total }, updatedAt: sql`now()` }).where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId)));
}

export async function finishJob(ex: Executor, id: string, workerId: string, outcome: { result?: unknown; error?: string }): Promise<void> {
  await ex
    .update(jobs)
    .set({ status: outcome.error ? 'failed' : 'done', result: (outcome.result ?? null) as object | null, error: outcome.error ?? null, lockedUntil: null, updatedAt: sql`now()` })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId)));
}

export async function findJob(ex: Executor, id: string): Promise<JobRow | null> {
  const [r] = await ex.select().from(jobs).where(eq(jobs.id, id));
  return r ?? null;
}

/** Ends a job whatever worker holds it (start-up recovery of a job whose worker is gone). */
export async function failJobOfGoneWorker(ex: Executor, id: string, error: string): Promise<void> {
  await ex.update(jobs).set({ status: 'failed', error, lockedUntil: null, updatedAt: sql`now()` }).where(eq(jobs.id, id));
}

/** Puts a job whose worker is gone back in the queue (nothing of it was written). */
export async function requeueJobOfGoneWorker(ex: Executor, id: string): Promise<void> {
  await ex.update(jobs).set({ status: 'queued', lockedBy: null, lockedUntil: null, updatedAt: sql`now()` }).where(eq(jobs.id, id));
}
