import type { Db } from '../../platform/db/database.js';
import type { RequestContext } from '../../platform/actor.js';

/** STUB: export of the whole register as JSON. */
export async function exportRegister(_db: Db, _file: string, _opts: { progress?: boolean } = {}): Promise<void> {}
/** STUB: import of a register export into an empty database. */
export async function importRegister(_db: Db, _ctx: RequestContext, _file: string, _opts: { progress?: boolean } = {}): Promise<void> {}
