import { allowedActionsOf, holds, isAdmin, isPortfolioManagerOf, type ActionRules, type Actor } from '../../platform/actor.js';

/**
 * Who may add life situations and needs: administrators, the state, sector and
 * municipal leads, and any institution's portfolio manager (PU2-2: recipient
 * groups and their needs are every service-holding institution's task).
 */
export const canCreateLifeSituations = (a: Actor): boolean =>
  isAdmin(a) || holds(a, 'stateLead') || holds(a, 'sectorLead') || holds(a, 'municipalLead') || holds(a, 'portfolioOwner');

/** Who may change an existing life situation or need: its owner's portfolio manager, the state lead, administrators. */
export const canEditOwned = (a: Actor, ownerInstitutionId: string | null): boolean =>
  isAdmin(a) || holds(a, 'stateLead') || (ownerInstitutionId !== null && isPortfolioManagerOf(a, ownerInstitutionId));

/** Naming an owner other than one's own institution is for administrators and the state lead. */
export const canAssignAnyOwner = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead');

/* Pre-checks for routes (`config.authorize`): the caller and raw path parameters only, before the body is read.
 * Each is a necessary condition of the full rule above, which the service still applies. */

/** Whether the actor may change any life situation or need at all (the owner is checked with the record). */
export const canEditSomeOwned = (a: Actor): boolean => isAdmin(a) || holds(a, 'stateLead') || holds(a, 'portfolioOwner');

/** What a life situation or need is to the policy: its owner, if any. */
export interface OwnedScope {
  ownerInstitutionId: string | null;
}

/**
 * Actions a client may offer on a life situation or a need: `edit` it. Naming
 * another owner is decided with the body (canAssignAnyOwner), so not listed.
 */
export const OWNED_ACTIONS = ['edit'] as const;
export type OwnedAction = (typeof OWNED_ACTIONS)[number];

export const OWNED_RULES: ActionRules<OwnedAction, OwnedScope> = {
  edit: (a, r) => canEditOwned(a, r.ownerInstitutionId),
};

export const ownedActionsFor = (a: Actor, r: OwnedScope): OwnedAction[] => allowedActionsOf(OWNED_ACTIONS, OWNED_RULES, a, r);

/** Actions on the life-situation list. */
export const LIFE_SITUATION_COLLECTION_ACTIONS = ['createLifeSituation'] as const;
export type LifeSituationCollectionAction = (typeof LIFE_SITUATION_COLLECTION_ACTIONS)[number];
export const lifeSituationCollectionActionsFor = (a: Actor): LifeSituationCollectionAction[] => (canCreateLifeSituations(a) ? ['createLifeSituation'] : []);

/** Actions on the need list. */
export const NEED_COLLECTION_ACTIONS = ['createNeed'] as const;
export type NeedCollectionAction = (typeof NEED_COLLECTION_ACTIONS)[number];
export const needCollectionActionsFor = (a: Actor): NeedCollectionAction[] => (canCreateLifeSituations(a) ? ['createNeed'] : []);
