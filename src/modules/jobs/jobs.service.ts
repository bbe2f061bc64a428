import crypto from 'node:crypto';
import type { Db } from '../../platform/db/database.js';
import * as repo from './jobs.repository.js';

/** A job handler: does the work, reporting progress; its return value is stored as the result. */
export type JobHandler = (payload: unknown, progress: (done: number, total: number) => Promise<void>) => Promise<unknown>;

export const enqueueJob = (db: Db, kind: string, payload: unknown, runAfter?: Date) => repo.insertJob(db, kind, payload, runAfter);
export const getJob = (db: Db, id: string) => repo.findJob(db, id);
/** Queues a recurring job unless one of its kind is pending (several instances may call it). */
export const enqueueUnlessPending = (db: Db, kind: string, payload: unknown = {}) => repo.insertJobUnlessPending(db, kind, payload);

/**
 * Claims and runs one due job; returns whether there was one. Any instance may
 * call this: jobs live in the database, so work survives restarts.
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

/** Polls for jobs until stopped; `stop()` waits for the job in hand to finish. */
export function startJobWorker(db: Db, handlers: Record<string, JobHandler>, intervalMs = 1000) {
  const workerId = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const loop = async () => {
    while (!stopped) {
      current = runNextJob(db, handlers, workerId).catch(() => false);
      const ran = await current;
      if (!ran && !stopped) await new Promise((r) => setTimeout(r, intervalMs));
    }
  };
  void loop();
  return {
    workerId,
    async stop() {
      stopped = true;
      await current;
    },
  };
}
