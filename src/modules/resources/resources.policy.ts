import { allowedActionsOf, holds, isAdmin, isUser, type ActionRules, type Actor } from '../../platform/actor.js';
import { canAppoint } from '../roles/roles.policy.js';

/** Resources and capabilities are internal data of the public sector: signed-in users read them. */
export const canReadResources = (a: Actor): boolean => isUser(a);

/** The institution's resource-portfolio manager (R15) keeps its resources and capabilities; administrators any. */
export const canWriteResourcePortfolio = (a: Actor, institutionId: string): boolean => isAdmin(a) || holds(a, 'resourcePortfolioOwner', institutionId);

/** A resource's own manager (R16) may also edit that resource, but not move it to another institution. */
export const canEditResource = (a: Actor, r: { id: string; institutionId: string }): boolean =>
  canWriteResourcePortfolio(a, r.institutionId) || holds(a, 'resourceOwner', r.id);

/** Who may see an institution's R15/R16 status: any signed-in user (transparency of provisioning). */
export const canReadResourceValidation = (a: Actor): boolean => isUser(a);

/* Pre-checks for routes (`config.authorize`): the caller and raw path parameters only, before the body is read.
 * Each is a necessary condition of the full rule above, which the service still applies. */

/** Whether the actor keeps any institution's resource portfolio at all (creating resources and capabilities, editing capabilities). */
export const canWriteSomeResourcePortfolio = (a: Actor): boolean => isAdmin(a) || holds(a, 'resourcePortfolioOwner');

/** Whether the actor might edit the resource `:id`: a resource-portfolio manager somewhere, or this resource's manager. */
export const mayEditResourceAt = (a: Actor, p: { id?: string }): boolean => canWriteSomeResourcePortfolio(a) || holds(a, 'resourceOwner', (p.id ?? '').toLowerCase());

/** What a resource is to the policy: its id and the institution that holds it. */
export interface ResourceScope {
  id: string;
  institutionId: string;
}

/** Moving a resource out of its institution starts with that institution's resource-portfolio manager (the target is checked with the body). */
export const canMoveResource = (a: Actor, r: ResourceScope): boolean => canWriteResourcePortfolio(a, r.institutionId);

/** Appointing the resource's manager (R16): whoever appoints resource managers for its institution. */
export const canAppointResourceManager = (a: Actor, r: ResourceScope): boolean =>
  canAppoint(a, { role: 'resourceOwner', holderInstitutionId: r.institutionId, scopeInstitutionId: r.institutionId });

/**
 * Actions a client may offer on a resource; `archive` ends its use (lifecycle
 * stage endUse), an edit like any other. Moving it to another institution is
 * not listed: that decision needs the target institution from the body.
 */
export const RESOURCE_ACTIONS = ['edit', 'archive', 'appointManager'] as const;
export type ResourceAction = (typeof RESOURCE_ACTIONS)[number];

export const RESOURCE_RULES: ActionRules<ResourceAction, ResourceScope> = {
  edit: canEditResource,
  archive: canEditResource,
  appointManager: canAppointResourceManager,
};

export const resourceActionsFor = (a: Actor, r: ResourceScope): ResourceAction[] => allowedActionsOf(RESOURCE_ACTIONS, RESOURCE_RULES, a, r);

/** Actions on the resource list: registering resources and capabilities, in the institution filtered to or in some institution. */
export const RESOURCE_COLLECTION_ACTIONS = ['createResource', 'createCapability'] as const;
export type ResourceCollectionAction = (typeof RESOURCE_COLLECTION_ACTIONS)[number];

export const resourceCollectionActionsFor = (a: Actor, institutionId?: string): ResourceCollectionAction[] =>
  (institutionId ? canWriteResourcePortfolio(a, institutionId) : canWriteSomeResourcePortfolio(a)) ? ['createResource', 'createCapability'] : [];
