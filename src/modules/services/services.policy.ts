import { allowedActionsOf, canReadInternal, holds, isPortfolioManagerOf, type ActionRules, type Actor } from '../../platform/actor.js';
import { canAppoint } from '../roles/roles.policy.js';

/** The service as the policy sees it. */
export interface ServiceScope {
  id: string;
  ownerInstitutionId: string;
}

/** Command-line imports and seeds act as the system and may do everything (they are audited as "system"). */
const isSystem = (a: Actor): boolean => a.kind === 'user' && a.via === 'system';

/** The service's manager (pakalpojuma vadītājs): an active serviceOwner assignment for this service with the actor's person. */
export const isServiceManagerOf = (a: Actor, serviceId: string): boolean => holds(a, 'serviceOwner', serviceId);

/** Creating a service adds to an institution's portfolio, which its portfolio manager keeps (R10). */
export const canCreateService = (a: Actor, ownerInstitutionId: string): boolean => isSystem(a) || isPortfolioManagerOf(a, ownerInstitutionId);

/** Editing and submitting: the service's manager or the owner's portfolio manager. */
export const canEditService = (a: Actor, s: ServiceScope): boolean => isSystem(a) || isServiceManagerOf(a, s.id) || isPortfolioManagerOf(a, s.ownerInstitutionId);

/** Publishing and archiving change the approved list: only the owner's portfolio manager (R10), never an administrator. */
export const canApproveService = (a: Actor, s: Pick<ServiceScope, 'ownerInstitutionId'>): boolean => isSystem(a) || isPortfolioManagerOf(a, s.ownerInstitutionId);

/** Appointing (or replacing) the service's manager (R13): whoever appoints service managers for the owner. */
export const canAppointServiceManager = (a: Actor, s: Pick<ServiceScope, 'ownerInstitutionId'>): boolean =>
  canAppoint(a, { role: 'serviceOwner', holderInstitutionId: s.ownerInstitutionId, scopeInstitutionId: s.ownerInstitutionId });

/** Actions a client may offer on a service; the same rules authorise the writes (PATCH, submit, publish, archive, role assignments). */
export const SERVICE_ACTIONS = ['edit', 'submit', 'publish', 'archive', 'appointManager'] as const;
export type ServiceAction = (typeof SERVICE_ACTIONS)[number];

/** One rule per action; `edit` of a published service starts a new draft version. */
export const SERVICE_RULES: ActionRules<ServiceAction, ServiceScope> = {
  edit: canEditService,
  submit: canEditService,
  publish: canApproveService,
  archive: canApproveService,
  appointManager: canAppointServiceManager,
};

/** What the actor may do to a service now (authorisation only: a state that forbids a write answers 409). */
export const serviceActionsFor = (a: Actor, s: ServiceScope): ServiceAction[] => allowedActionsOf(SERVICE_ACTIONS, SERVICE_RULES, a, s);

/** Actions on one version: only the current draft is written to (published versions never change). */
export const SERVICE_VERSION_ACTIONS = ['edit', 'submit', 'publish'] as const;
export type ServiceVersionAction = (typeof SERVICE_VERSION_ACTIONS)[number];

/** What the actor may do to a version of the service: the service's own rules, for its current draft only. */
export const serviceVersionActionsFor = (a: Actor, s: ServiceScope, isCurrentDraft: boolean): ServiceVersionAction[] =>
  isCurrentDraft ? allowedActionsOf(SERVICE_VERSION_ACTIONS, SERVICE_RULES, a, s) : [];

/** Actions on the service list. */
export const SERVICE_COLLECTION_ACTIONS = ['createService'] as const;
export type ServiceCollectionAction = (typeof SERVICE_COLLECTION_ACTIONS)[number];

/**
 * What the actor may do on the service list: `createService` in the owner the
 * list is filtered to, or (unfiltered) in some institution.
 */
export const serviceCollectionActionsFor = (a: Actor, ownerInstitutionId?: string): ServiceCollectionAction[] =>
  (ownerInstitutionId ? canCreateService(a, ownerInstitutionId) : canCreateSomeService(a)) ? ['createService'] : [];

/** Drafts, submitted versions, history and the validation report: whoever may read the owner internally. */
export const canReadServiceInternal = (a: Actor, s: Pick<ServiceScope, 'ownerInstitutionId'>): boolean => canReadInternal(a, s.ownerInstitutionId);

/** The bulk form of the read rule for lists lives with the one visibility rule (drafts by owner, inter-institutional for users). */
export { serviceVisibility } from './services.visibility.js';

/* Pre-checks for routes (`config.authorize`): the caller and raw path parameters only, before the body is read.
 * Each is a necessary condition of the full rule above, which the service still applies. */

/** Path ids arrive as typed; role scopes are stored lower-case. */
const pathId = (p: { id?: string }): string => (p.id ?? '').toLowerCase();

/** Whether the actor may create a service in any institution at all (a portfolio manager somewhere). */
export const canCreateSomeService = (a: Actor): boolean => isSystem(a) || holds(a, 'portfolioOwner');

/** Whether the actor might edit or submit the service `:id`: its manager, or a portfolio manager (the owner is checked later). */
export const mayEditServiceAt = (a: Actor, p: { id?: string }): boolean => isSystem(a) || isServiceManagerOf(a, pathId(p)) || holds(a, 'portfolioOwner');

/** Whether the actor may publish or archive any service at all (a portfolio manager somewhere, R10). */
export const canApproveSomeService = (a: Actor): boolean => isSystem(a) || holds(a, 'portfolioOwner');

/** Whether the actor may create or edit any service at all (the unsaved-description check is authorised like that write). */
export const canWriteSomeService = (a: Actor): boolean => canCreateSomeService(a) || holds(a, 'serviceOwner');
