import { holds, isAdmin, type UserActor } from '../../platform/actor.js';
import type { OwnerScope } from './workspace.repository.js';

/**
 * Whose work a signed-in person sees on "my work", from the roles the person
 * performs (the bulk form of the policy, for list queries):
 * - `approve`: owners whose submitted versions the person publishes — where the
 *   person is the portfolio manager (R10); administrators see every queue;
 * - `keepServices`: owners whose services must have a manager (R13) and stay
 *   reviewed — portfolio manager, or the sector or municipal lead over them;
 *   the state lead and administrators every institution;
 * - `keepResources`: the same for resources (R16), plus where the person is
 *   the resource-portfolio manager (R15).
 * Services the person manages are always in scope (by person, not owner).
 */
export interface WorkScope {
  personId: string;
  approve: OwnerScope;
  keepServices: OwnerScope;
  keepResources: OwnerScope;
}

const scopeOf = (all: boolean, ids: Iterable<string>): OwnerScope => (all ? { all: true } : { all: false, ids: [...new Set(ids)] });

export function workScope(a: UserActor): WorkScope {
  const admin = isAdmin(a);
  const everything = admin || holds(a, 'stateLead');
  const scoped = (role: 'portfolioOwner' | 'resourcePortfolioOwner') => a.roles.filter((r) => r.role === role && r.scopeId).map((r) => r.scopeId!);
  const portfolios = scoped('portfolioOwner');
  const leads = [...a.leadScopeInstitutionIds];
  return {
    personId: a.personId,
    approve: scopeOf(admin, portfolios),
    keepServices: scopeOf(everything, [...portfolios, ...leads]),
    keepResources: scopeOf(everything, [...portfolios, ...scoped('resourcePortfolioOwner'), ...leads]),
  };
}
