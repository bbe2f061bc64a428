import type { JobDefinition } from '../jobs/jobs.registry.js';
import { IMPORT_JOB, importJobHandler, recoverInterruptedImports } from './imports.service.js';

/**
 * Imports run as jobs: started at once by the uploading process (woken after
 * the upload), taken over by another after a crash. Before a runner takes
 * any, imports a crash interrupted are failed visibly or queued again.
 */
export const importJobs: JobDefinition[] = [
  {
    kind: IMPORT_JOB,
    handler: importJobHandler,
    leaseSeconds: 600,
    onStart: async (db, { exclusive }) => {
      await recoverInterruptedImports(db, { exclusive });
    },
  },
];
