import { UnauthenticatedError } from '../../platform/errors.js';
import type { Actor } from '../../platform/actor.js';
import type { SearchAudience } from './search.contract.js';

/**
 * The public catalogue is open to everyone; the inter-institutional catalogue
 * only to signed-in institution users (every user account belongs to an institution).
 */
export function assertCanSearch(a: Actor, audience: SearchAudience): void {
  if (audience === 'interInstitutional' && a.kind !== 'user') throw new UnauthenticatedError();
}
