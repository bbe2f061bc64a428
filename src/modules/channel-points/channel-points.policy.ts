import { holds, isAdmin, isPortfolioManagerOf, isUser, type Actor } from '../../platform/actor.js';

/**
 * Channel points belong to an institution: its portfolio manager keeps them;
 * administrators and the state lead may keep any.
 */
export const canWriteChannelPoints = (a: Actor, institutionId: string): boolean => isAdmin(a) || holds(a, 'stateLead') || isPortfolioManagerOf(a, institutionId);

/** Inactive points are internal history: only signed-in users see them. */
export const canSeeInactiveChannelPoints = (a: Actor): boolean => isUser(a);

/** Signed-in users see which draft versions use a point; the public sees published services only. */
export const canSeeDraftUsage = (a: Actor): boolean => isUser(a);
