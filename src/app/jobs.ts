import type { JobDefinition } from '../modules/jobs/jobs.registry.js';
import { authJobs } from '../modules/auth/auth.jobs.js';
import { importJobs } from '../modules/imports/imports.jobs.js';
import { servicesJobs } from '../modules/services/services.jobs.js';

/** Every kind of background work, from the modules that own it; one runner per process runs them all. */
export const jobDefinitions: readonly JobDefinition[] = [...authJobs, ...importJobs, ...servicesJobs];
