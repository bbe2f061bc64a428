import { count } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import type { RequestContext } from '../platform/actor.js';
import { institutions } from '../modules/institutions/institutions.table.js';

export async function isRegisterEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(institutions);
  return Number(n) === 0;
}

/** STUB: the demo register. */
export async function seedDemo(_db: Db, _ctx: RequestContext, _opts: { progress?: boolean } = {}): Promise<void> {}
