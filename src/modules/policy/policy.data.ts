import type { Db } from '../../platform/db/database.js';

/**
 * Loads the policy versions shipped as data files (src/modules/policy/data/*.json)
 * into policy_versions when missing. STUB: replaced by the policy module.
 */
export async function syncPolicyVersions(_db: Db): Promise<void> {}
