import { holds, isAdmin, isUser, type Actor } from '../../platform/actor.js';

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
