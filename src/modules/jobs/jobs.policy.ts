import { isAdmin, type Actor } from '../../platform/actor.js';

/** Who sees every job (progress and failures of all background work): the system administrator. */
export const canListAllJobs = (a: Actor): boolean => isAdmin(a);

/** Who may read one job: the system administrator, and the person whose request queued it. */
export const canReadJob = (a: Actor, job: { requestedBy: string | null }): boolean =>
  isAdmin(a) || (a.kind === 'user' && job.requestedBy !== null && job.requestedBy === a.personId);
