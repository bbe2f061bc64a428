import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, onSessionExpired, setCsrfToken, unwrap, type Schemas } from './api/client.js';

export type Session = Schemas['Session'];

interface SessionState {
  session: Session | undefined;
  loading: boolean;
  /** True after the API refused a signed-in request: show the sign-in dialog, keep the page. */
  expired: boolean;
  signIn(login: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Holds who is signed in; keeps the CSRF token for writes; notices an expired session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [expired, setExpired] = useState(false);
  const query = useQuery({
    queryKey: ['session'],
    queryFn: async () => unwrap(await api.GET('/api/v1/auth/session')),
    staleTime: 60_000,
  });
  const session = query.data;
  useEffect(() => setCsrfToken(session?.csrfToken ?? null), [session?.csrfToken]);
  useEffect(() => onSessionExpired(() => setExpired(true)), []);

  const signIn = useCallback(
    async (login: string, password: string) => {
      const s = unwrap(await api.POST('/api/v1/auth/login', { body: { login, password } }));
      setCsrfToken(s.csrfToken ?? null);
      setExpired(false);
      queryClient.setQueryData(['session'], s);
      return s;
    },
    [queryClient],
  );
  const signOut = useCallback(async () => {
    await api.POST('/api/v1/auth/logout');
    setCsrfToken(null);
    queryClient.clear();
    await queryClient.invalidateQueries({ queryKey: ['session'] });
  }, [queryClient]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      loading: query.isLoading,
      expired,
      signIn,
      signOut,
    }),
    [session, query.isLoading, expired, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
