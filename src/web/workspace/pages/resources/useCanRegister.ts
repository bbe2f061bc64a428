import { useSession } from '../../session.js';

/**
 * The institutions whose resources the signed-in user may register: those where they are the
 * resource-portfolio manager (R15), or any for an administrator (`'any'`). Mirrors
 * resources.policy canWriteResourcePortfolio for showing controls only — the API decides, and
 * resource responses carry no `allowedActions` yet.
 */
export function useResourceRegistrars(): { institutionIds: string[]; any: boolean } {
  const { session } = useSession();
  if (!session?.authenticated) return { institutionIds: [], any: false };
  const ids = [...new Set(session.roles.filter((r) => r.role === 'resourcePortfolioOwner').map((r) => r.scopeId ?? r.institutionId))];
  return { institutionIds: ids, any: !!session.isSystemAdmin };
}
