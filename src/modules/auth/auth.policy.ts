import type { Actor } from '../../platform/actor.js';

/**
 * API tokens are created from a signed-in session, not with another token.
 * Needs only the caller, so the route uses it as its pre-check too.
 */
export const canCreateApiTokens = (a: Actor): boolean => a.kind === 'user' && a.via !== 'token';
