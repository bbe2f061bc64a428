import { isUser, type Actor } from '../../platform/actor.js';

/**
 * The dependency graph and impact analysis show resources, which are internal
 * data of the public sector: any signed-in user reads them. Which services
 * appear follows the services list (`serviceVisibility`): drafts only of the
 * institutions the reader may read internally.
 */
export const canReadDependencies = (a: Actor): boolean => isUser(a);
