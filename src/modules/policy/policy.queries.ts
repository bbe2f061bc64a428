/**
 * What other modules may read of the policy module, by intent (ADR 0008):
 * the version in force, looked up in one place.
 */
import type { Executor } from '../../platform/db/database.js';
import { NotFoundError } from '../../platform/errors.js';
import { getActivePolicy, type PolicyVersionRecord } from './policy.data.js';

export type { PolicyVersionRecord } from './policy.data.js';
export { channelTypeMap } from './policy.data.js';

/**
 * The policy version in force (id, row version and document), or null on a
 * database that has none active (a bare database without the data files).
 * The document is cached per id and row version (`getActivePolicy`), so this
 * costs one small query per call.
 */
export async function activePolicyVersion(ex: Executor): Promise<PolicyVersionRecord | null> {
  try {
    return await getActivePolicy(ex);
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}
