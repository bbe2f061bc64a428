import { allowedActionsOf, holds, isAdmin, isPortfolioManagerOf, isUser, type ActionRules, type Actor } from '../../platform/actor.js';

/**
 * Channel points belong to an institution: its portfolio manager keeps them;
 * administrators and the state lead may keep any.
 */
export const canWriteChannelPoints = (a: Actor, institutionId: string): boolean => isAdmin(a) || holds(a, 'stateLead') || isPortfolioManagerOf(a, institutionId);

/** Inactive points are internal history: only signed-in users see them. */
export const canSeeInactiveChannelPoints = (a: Actor): boolean => isUser(a);

/* Pre-checks for routes (`config.authorize`): the caller and raw path parameters only, before the body is read.
 * Each is a necessary condition of the full rule above, which the service still applies. */

/** Whether the actor may keep any institution's channel points at all. */
export const canWriteSomeChannelPoints = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead') || holds(a, 'portfolioOwner');

/** What a channel point is to the policy: the institution that keeps it. */
export interface ChannelPointScope {
  institutionId: string;
}

/** Actions a client may offer on a channel point: `edit` (moving it also needs the target institution, checked with the body), `archive` (take it out of use). */
export const CHANNEL_POINT_ACTIONS = ['edit', 'archive'] as const;
export type ChannelPointAction = (typeof CHANNEL_POINT_ACTIONS)[number];

const keeps = (a: Actor, cp: ChannelPointScope): boolean => canWriteChannelPoints(a, cp.institutionId);
export const CHANNEL_POINT_RULES: ActionRules<ChannelPointAction, ChannelPointScope> = { edit: keeps, archive: keeps };

export const channelPointActionsFor = (a: Actor, cp: ChannelPointScope): ChannelPointAction[] => allowedActionsOf(CHANNEL_POINT_ACTIONS, CHANNEL_POINT_RULES, a, cp);

/** Actions on the channel-point list: register one in the institution filtered to, or in some institution. */
export const CHANNEL_POINT_COLLECTION_ACTIONS = ['createChannelPoint'] as const;
export type ChannelPointCollectionAction = (typeof CHANNEL_POINT_COLLECTION_ACTIONS)[number];

export const channelPointCollectionActionsFor = (a: Actor, institutionId?: string): ChannelPointCollectionAction[] =>
  (institutionId ? canWriteChannelPoints(a, institutionId) : canWriteSomeChannelPoints(a)) ? ['createChannelPoint'] : [];
