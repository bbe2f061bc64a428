import { iso } from '../../platform/http/schemas.js';
import type { ChannelPointWithOwner } from './channel-points.repository.js';
import type { ChannelTypeMeaning } from './channel-points.rules.js';
import type { ChannelPointAction } from './channel-points.policy.js';

/** A channel point in lists: what it is, where, and what its type means in the active policy. */
export function toChannelPointSummary(r: ChannelPointWithOwner, type: ChannelTypeMeaning | null, allowedActions: ChannelPointAction[] = []) {
  return {
    id: r.id,
    code: r.code,
    institution: { id: r.institutionId, code: r.institutionCode, nameLv: r.institutionNameLv },
    channelType: r.channelType,
    environment: type?.environment ?? null,
    digital: type?.digital ?? null,
    nameLv: r.nameLv,
    nameEn: r.nameEn,
    url: r.url,
    address: r.address,
    phone: r.phone,
    email: r.email,
    active: r.active,
    version: r.rowVersion,
    allowedActions,
  };
}

export function toChannelPointResponse(r: ChannelPointWithOwner, rel: { type: ChannelTypeMeaning | null; serviceCount: number }, allowedActions: ChannelPointAction[] = []) {
  return {
    ...toChannelPointSummary(r, rel.type, allowedActions),
    openingHours: r.openingHours
      ? { weekly: r.openingHours.weekly ?? {}, notesLv: r.openingHours.notesLv ?? null, notesEn: r.openingHours.notesEn ?? null }
      : null,
    accessibilityNotesLv: r.accessibilityNotesLv,
    accessibilityNotesEn: r.accessibilityNotesEn,
    serviceCount: rel.serviceCount,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
  };
}
