import { canReadInternal, holds, isPortfolioManagerOf, type Actor } from '../../platform/actor.js';

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

/** Drafts, submitted versions, history and the validation report: whoever may read the owner internally. */
export const canReadServiceInternal = (a: Actor, s: Pick<ServiceScope, 'ownerInstitutionId'>): boolean => canReadInternal(a, s.ownerInstitutionId);

/** The bulk form of the read rule for lists lives with the one visibility rule (drafts by owner, inter-institutional for users). */
export { serviceVisibility } from './services.visibility.js';
