import crypto from 'node:crypto';
import os from 'node:os';
import type { Db } from '../../platform/db/database.js';
import * as repo from './jobs.repository.js';
import { indexDefinitions, periodStart, type JobDefinition, type JobHandler } from './jobs.registry.js';
import { runNextJob } from './jobs.service.js';

export interface JobRunnerOptions {
  /**
   * How often to look for due jobs (and queue scheduled ones) besides being
   * woken; 0: only at start and when woken (the tests, which then decide when work runs).
   */
  pollMs: number;
  /** No other process can run jobs on this database (the embedded one): start-up recovery may take over every unfinished job. */
  exclusive: boolean;
}

/** The runners of this process, by database: `wakeJobRunners` starts queued work at once instead of at the next poll. */
const runnersByDb = new WeakMap<Db, Set<JobRunner>>();

/**
 * The one runner of a process: takes due jobs of every registered kind from
 * the database queue, one at a time, and queues scheduled kinds once per
 * period. Several processes on one PostgreSQL each run one; SKIP LOCKED
 * claims and leases share the work, the period key makes schedules run once.
 */
export class JobRunner {
  /** `jobs:<host>:<pid>:<random>`: start-up recovery tells from it whether the process holding a job is gone. */
  readonly workerId = `jobs:${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  private readonly handlers: Record<string, JobHandler>;
  private readonly definitions: Map<string, JobDefinition>;
  private readonly leaseSeconds: number;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    definitions: readonly JobDefinition[],
    private readonly opts: JobRunnerOptions,
  ) {
    this.definitions = indexDefinitions(definitions);
    this.handlers = Object.fromEntries([...this.definitions.values()].map((d) => [d.kind, d.handler(db)]));
    // One claim query for every kind, so one lease: the longest any kind asks for.
    this.leaseSeconds = Math.max(300, ...[...this.definitions.values()].map((d) => d.leaseSeconds ?? 0));
  }

  /** Runs the kinds' start-up hooks, then takes work. */
  async start(): Promise<void> {
    for (const d of this.definitions.values()) await d.onStart?.(this.db, { exclusive: this.opts.exclusive });
    let set = runnersByDb.get(this.db);
    if (!set) runnersByDb.set(this.db, (set = new Set()));
    set.add(this);
    if (this.opts.pollMs > 0) {
      this.timer = setInterval(() => void this.wake(), this.opts.pollMs);
      this.timer.unref();
    }
    void this.wake();
  }

  /** Looks for work now; resolves when there is none left. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          await this.queueScheduled();
          while (!this.stopped && (await runNextJob(this.db, this.handlers, this.workerId, this.leaseSeconds))) {
            /* next */
          }
        } while (this.again && !this.stopped);
      } catch {
        // The database went away (shutdown) or is briefly unreachable: the work stays queued for the next wake.
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  /** Resolves when the runner has no job in hand. */
  idle(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  /** Stops taking work; waits for the job in hand. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    runnersByDb.get(this.db)?.delete(this);
    await this.idle();
  }

  /** Queues each scheduled kind for the current period unless some process already has. */
  async queueScheduled(now = new Date()): Promise<void> {
    for (const d of this.definitions.values()) {
      if (d.everyMs) await repo.insertScheduledJob(this.db, d.kind, periodStart(now, d.everyMs).toISOString());
    }
  }
}

/** Wakes this process's runners on `db` (a job was just queued); resolves when they are idle again. */
export async function wakeJobRunners(db: Db): Promise<void> {
  await Promise.all([...(runnersByDb.get(db) ?? [])].map((r) => r.wake()));
}

/** Resolves when this process's runners on `db` have no job in hand (tests, shutdown). */
export async function jobRunnersIdle(db: Db): Promise<void> {
  await Promise.all([...(runnersByDb.get(db) ?? [])].map((r) => r.idle()));
}

/** Whether the worker id names a process on this host that is certainly gone (a restart: same pid reused, or a pid that no longer exists). */
export function workerIsGone(lockedBy: string | null, currentWorkerIds: ReadonlySet<string>): boolean {
  if (!lockedBy) return true;
  if (currentWorkerIds.has(lockedBy)) return false;
  const m = /^(?:jobs|imports):(.+):(\d+):[0-9a-z]+$/.exec(lockedBy);
  // Another host (or an older id format): only the lease tells, and an expired lease is handled by the next claim.
  if (!m || m[1] !== os.hostname()) return false;
  const pid = Number(m[2]);
  // This process's runners have other ids: the id is a previous process's that had the same pid (a container restart).
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Worker ids of this process's runners on `db`. */
export const currentWorkerIds = (db: Db): ReadonlySet<string> => new Set([...(runnersByDb.get(db) ?? [])].map((r) => r.workerId));
