import { useSession } from '../../session.js';

/** Mirrors channel-points.policy canWriteChannelPoints for showing controls; the API decides. */
export function useCanWriteChannelPoints(): (institutionId: string | undefined) => boolean {
  const { session, hasRole } = useSession();
  return (institutionId) =>
    !!session?.authenticated && !!institutionId && (session.isSystemAdmin || hasRole('stateLead') || hasRole('portfolioOwner', institutionId));
}
