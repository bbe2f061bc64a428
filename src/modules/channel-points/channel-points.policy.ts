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

/* Pre-checks for routes (`config.authorize`): the caller and raw path parameters only, before the body is read.
 * Each is a necessary condition of the full rule above, which the service still applies. */

/** Whether the actor may keep any institution's channel points at all. */
export const canWriteSomeChannelPoints = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead') || holds(a, 'portfolioOwner');
