import type { Db } from '../../platform/db/database.js';

/** Reports how far a job has got; stored on the job, shown by `GET /jobs/{id}`. */
export type Progress = (done: number, total: number) => Promise<void>;

/** A job handler: does the work, reporting progress; its return value is stored as the result. */
export type JobHandler = (payload: unknown, progress: Progress) => Promise<unknown>;

/**
 * One kind of background work a module offers. Modules export their
 * definitions; the composition root (src/app/jobs.ts) lists them all, and one
 * runner per process (jobs.runner.ts) runs every kind.
 */
export interface JobDefinition {
  /** `<module>.<what>`, e.g. `imports.run`, `auth.cleanup`. */
  kind: string;
  /** Makes the handler for a database. */
  handler: (db: Db) => JobHandler;
  /** How long a claim holds before another process may take the job over (a crash). */
  leaseSeconds?: number;
  /**
   * Queues the job once per period of this length, across every process on the
   * database: the period's start is the job's `period_key`, unique per kind.
   */
  everyMs?: number;
  /** Runs once when a runner starts, before it takes any job (e.g. recovery of work a crash interrupted). */
  onStart?: (db: Db, ctx: { exclusive: boolean }) => Promise<void>;
}

/** Checks that kinds are unique and well formed; returns the definitions by kind. */
export function indexDefinitions(definitions: readonly JobDefinition[]): Map<string, JobDefinition> {
  const byKind = new Map<string, JobDefinition>();
  for (const d of definitions) {
    if (!/^[a-z][a-zA-Z0-9-]*\.[a-z][a-zA-Z0-9.-]*$/.test(d.kind)) throw new Error(`Job kind "${d.kind}" must be <module>.<what>`);
    if (byKind.has(d.kind)) throw new Error(`Job kind "${d.kind}" is defined twice`);
    if (d.everyMs !== undefined && d.everyMs < 1000) throw new Error(`Job kind "${d.kind}": everyMs must be at least 1000`);
    byKind.set(d.kind, d);
  }
  return byKind;
}

/** The start of the period `at` falls in, for a job queued every `everyMs` (periods counted from the Unix epoch). */
export const periodStart = (at: Date, everyMs: number): Date => new Date(Math.floor(at.getTime() / everyMs) * everyMs);
