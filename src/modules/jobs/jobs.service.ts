import type { Db } from '../../platform/db/database.js';
import { requireUser, type Actor } from '../../platform/actor.js';
import { NotFoundError } from '../../platform/errors.js';
import * as repo from './jobs.repository.js';
import type { JobHandler } from './jobs.registry.js';
import { canListAllJobs, canReadJob } from './jobs.policy.js';

export type { JobHandler } from './jobs.registry.js';

export const enqueueJob = (db: Db, kind: string, payload: unknown, opts: { runAfter?: Date; requestedBy?: string | null } = {}) =>
  repo.insertJob(db, kind, payload, opts);
export const getJob = (db: Db, id: string) => repo.findJob(db, id);
/** Ends a job whatever worker holds it (start-up recovery of a job whose worker is gone). */
export const failJobOfGoneWorker = (db: Db, id: string, error: string) => repo.failJobOfGoneWorker(db, id, error);
/** Puts a job whose worker is gone back in the queue (nothing of it was written). */
export const requeueJobOfGoneWorker = (db: Db, id: string) => repo.requeueJobOfGoneWorker(db, id);
/** Queues a job unless one of its kind is pending (several instances may call it). */
export const enqueueUnlessPending = (db: Db, kind: string, payload: unknown = {}) => repo.insertJobUnlessPending(db, kind, payload);

/**
 * Claims and runs one due job of the given kinds; returns whether there was
 * one. Any instance may call this: jobs live in the database, so work
 * survives restarts, and a failure is stored on the job with its message.
 */
export async function runNextJob(db: Db, handlers: Record<string, JobHandler>, workerId: string, leaseSeconds = 300): Promise<boolean> {
  const job = await repo.claimJob(db, Object.keys(handlers), workerId, leaseSeconds);
  if (!job) return false;
  try {
    const result = await handlers[job.kind](job.payload, (done, total) => repo.updateProgress(db, job.id, workerId, done, total));
    await repo.finishJob(db, job.id, workerId, { result });
  } catch (err) {
    await repo.finishJob(db, job.id, workerId, { error: err instanceof Error ? err.message : String(err) });
  }
  return true;
}

/** Jobs the actor may see, newest first: a system administrator sees all, anyone else the jobs they asked for. */
export async function listJobsFor(db: Db, actor: Actor, q: { kind?: string; status?: string; page: number; pageSize: number }) {
  requireUser(actor);
  return repo.listJobs(db, {
    kinds: q.kind ? [q.kind] : undefined,
    status: q.status,
    requestedBy: canListAllJobs(actor) ? undefined : actor.personId,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
}

/** One job with its progress, result or failure (404 when the actor may not see it). */
export async function getJobFor(db: Db, actor: Actor, id: string) {
  requireUser(actor);
  const job = await repo.findJob(db, id);
  if (!job || !canReadJob(actor, job)) throw new NotFoundError('job', id);
  return job;
}

