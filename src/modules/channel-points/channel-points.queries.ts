/**
 * What other modules may read of the channel-points module's table, by intent
 * (ADR 0008): other modules call these instead of naming `channel_points` in
 * their own SQL.
 */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { channelPoints } from './channel-points.table.js';

/** The channel types (e.g. `vpvkac`, `portal`) of the given channel points, each once. */
export async function channelTypesOf(ex: Executor, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = await ex.selectDistinct({ type: channelPoints.channelType }).from(channelPoints).where(inArray(channelPoints.id, unique));
  return new Set(rows.map((r) => r.type));
}
