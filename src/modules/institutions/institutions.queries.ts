/**
 * What other modules may read of the institutions module's tables, by intent
 * (ADR 0008): other modules call these instead of naming `institutions` or
 * `activity_directions` in their own SQL.
 */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { activityDirections, institutions } from './institutions.table.js';

/** An institution as a reference shows it. */
export interface InstitutionLabel {
  id: string;
  code: string;
  nameLv: string;
}

/** Code and Latvian name of the given institutions, keyed by id (unknown ids are left out). */
export async function findInstitutionLabels(ex: Executor, ids: string[]): Promise<Map<string, InstitutionLabel>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, InstitutionLabel>();
  if (unique.length === 0) return out;
  const rows = await ex.select({ id: institutions.id, code: institutions.code, nameLv: institutions.nameLv }).from(institutions).where(inArray(institutions.id, unique));
  for (const r of rows) out.set(r.id, r);
  return out;
}

/** The activity directions of each institution (R02), by institution id; every given id is a key. */
export async function activityDirectionIdsByInstitution(ex: Executor, institutionIds: string[]): Promise<Map<string, string[]>> {
  const unique = [...new Set(institutionIds)];
  const out = new Map<string, string[]>(unique.map((id) => [id, []]));
  if (unique.length === 0) return out;
  const rows = await ex
    .select({ id: activityDirections.id, institutionId: activityDirections.institutionId })
    .from(activityDirections)
    .where(inArray(activityDirections.institutionId, unique));
  for (const r of rows) out.get(r.institutionId)!.push(r.id);
  return out;
}
