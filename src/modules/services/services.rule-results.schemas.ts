import { z } from 'zod';
import { IsoTimestamp } from '../../platform/http/schemas.js';

/** One finding of a violated rule, its message in the caller's language. */
export const StoredRuleFinding = z
  .object({
    code: z.string(),
    /** HARD findings block publication (errors when publishing, warnings on a draft); SOFT ones only warn. */
    strength: z.enum(['hard', 'soft']),
    path: z.string(),
    params: z.record(z.string(), z.unknown()),
    message: z.string(),
  })
  .meta({ id: 'StoredRuleFinding' });

/** One rule of policy-v1 section C as checked for a version. */
export const StoredRule = z
  .object({ rule: z.string(), outcome: z.enum(['passed', 'violated', 'notApplicable']), findings: z.array(StoredRuleFinding) })
  .meta({ id: 'StoredRule' });

/** The stored rule results of one live version (the draft, the published version). */
export const VersionRuleResults = z
  .object({
    versionNo: z.number().int(),
    state: z.string(),
    /** The policy version the rules were checked under (null on a database without one). */
    policyVersionId: z.string().nullable(),
    /** When the stored results were computed; null when none were stored yet (then computed for this answer). */
    computedAt: IsoTimestamp.nullable(),
    /** Something the rules read changed since they were stored; the background job recomputes them. */
    stale: z.boolean(),
    hardCount: z.number().int(),
    softCount: z.number().int(),
    publishable: z.boolean(),
    rules: z.array(StoredRule),
  })
  .meta({ id: 'VersionRuleResults' });

export const ServiceRuleResults = z
  .object({ serviceId: z.uuid(), versions: z.array(VersionRuleResults) })
  .meta({ id: 'ServiceRuleResults' });
export type ServiceRuleResultsBody = z.infer<typeof ServiceRuleResults>;
