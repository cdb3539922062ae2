import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { configureApi } from '../api/http';
import type { Token } from '../api/types';
import { navigate, paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { clearSession, loadSession, saveSession, sessionFromToken, type Session } from './session';

interface SessionApi {
  session: Session | null;
  signIn(token: Token): void;
  signOut(): void;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const current = useRef(session);
  current.current = session;
  const sessionEnded = useRef(t.auth.sessionEnded);
  sessionEnded.current = t.auth.sessionEnded;

  const drop = useCallback(() => {
    clearSession();
    current.current = null;
    setSession(null);
  }, []);

  // Configured during render, not in an effect, so that children's first requests already carry the token.
  configureApi({
    token: () => {
      const active = current.current;
      return active && active.expiresAt > Date.now() ? active.token : null;
    },
    onUnauthorized: () => {
      drop();
      const here = window.location.pathname + window.location.search;
      navigate(paths.signIn(here), { replace: true, notice: { text: sessionEnded.current, tone: 'info' } });
    },
  });

  const value = useMemo<SessionApi>(
    () => ({
      session,
      signIn: (token) => {
        const next = sessionFromToken(token);
        saveSession(next);
        current.current = next;
        setSession(next);
      },
      signOut: () => {
        drop();
        navigate(paths.signIn(), { replace: true });
      },
    }),
    [session, drop],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) {
    throw new Error('useSession outside SessionProvider');
  }
  return value;
}
