import type { JobDefinition } from '../jobs/jobs.registry.js';
import { recomputeAllRuleResults, refreshStaleRuleResults } from './services.rule-results.service.js';

/** Drains the stale queue of stored rule results (every minute, once across all instances). */
export const RULE_RESULTS_REFRESH_JOB = 'services.ruleResults.refresh';
/** Recomputes the stored rule results of every service, with progress (50,000 services at national scale). */
export const RULE_RESULTS_RECOMPUTE_JOB = 'services.ruleResults.recompute';

/**
 * The services module's background work: stored rule results. Whatever a rule
 * reads marks the services it concerns stale (triggers of migration 0011,
 * policy activation included); the refresh job computes them in batches, and a
 * full recompute can be queued at any time (`POST`-less: `enqueueJob(db, RULE_RESULTS_RECOMPUTE_JOB, {})`).
 */
export const servicesJobs: JobDefinition[] = [
  { kind: RULE_RESULTS_REFRESH_JOB, handler: (db) => (_payload, progress) => refreshStaleRuleResults(db, { progress }), everyMs: 60_000, leaseSeconds: 900 },
  { kind: RULE_RESULTS_RECOMPUTE_JOB, handler: (db) => (_payload, progress) => recomputeAllRuleResults(db, { progress }), leaseSeconds: 900 },
];
