import { canReadInternal, isPortfolioManagerOf, type Actor } from '../../platform/actor.js';

/** The service list is an internal document (R11): staff, leads over the institution and administrators read it. */
export const canReadPortfolio = (a: Actor, institutionId: string): boolean => canReadInternal(a, institutionId);

/** Only the institution's portfolio manager approves its service list (R10); administrators do not. */
export const canApprovePortfolio = (a: Actor, institutionId: string): boolean => isPortfolioManagerOf(a, institutionId);

/* Pre-checks for routes (`config.authorize`): the caller and raw path parameters only, before the body is read.
 * Each is a necessary condition of the full rule above, which the service still applies. */

/** Whether the actor may approve the service list of the institution `:id`. */
export const mayApprovePortfolioAt = (a: Actor, p: { id?: string }): boolean => canApprovePortfolio(a, (p.id ?? '').toLowerCase());
