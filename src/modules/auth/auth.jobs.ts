import type { JobDefinition } from '../jobs/jobs.registry.js';
import { cleanUpAuthState } from './auth.service.js';

/** Removes expired sessions, day-old sign-in attempts and idle throttles every 15 minutes (once across all instances). */
export const AUTH_CLEANUP_JOB = 'auth.cleanup';

export const authJobs: JobDefinition[] = [{ kind: AUTH_CLEANUP_JOB, handler: (db) => () => cleanUpAuthState(db), everyMs: 15 * 60_000 }];
