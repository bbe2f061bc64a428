import type { Db } from '../platform/db/database.js';
import type { RequestContext } from '../platform/actor.js';

/** STUB: national-scale data generator. */
export async function seedNational(_db: Db, _ctx: RequestContext, _opts: { progress?: boolean } = {}): Promise<void> {}
