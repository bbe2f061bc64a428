import type { Db } from './db/database.js';
import { enqueueUnlessPending, startJobWorker, type JobHandler } from '../modules/jobs/jobs.service.js';
import { cleanUpAuthState } from '../modules/auth/auth.service.js';

/** Background work every instance can run: jobs live in the database, so whichever instance is free takes them. */
export const housekeepingJobs = (db: Db): Record<string, JobHandler> => ({
  'auth.cleanup': () => cleanUpAuthState(db),
});

/**
 * Starts the job worker of a serving instance and queues the recurring
 * clean-up every `everyMs` (one pending at a time, whatever the number of instances).
 */
export function startHousekeeping(db: Db, everyMs = 15 * 60_000) {
  const worker = startJobWorker(db, housekeepingJobs(db), 5_000);
  const schedule = () => void enqueueUnlessPending(db, 'auth.cleanup').catch(() => undefined);
  schedule();
  const timer = setInterval(schedule, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await worker.stop();
    },
  };
}
