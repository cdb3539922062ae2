import type { Token, User } from '../api/types';

// localStorage, not sessionStorage: researchers keep a transcript in one tab and the theory in another,
// and both must stay signed in. Either store is equally readable by injected script, so the real limits
// are the server's token lifetime (checked here too) and "Sign out", which removes the token. ADR 005.
const KEY = 'theogen.session';

export interface Session {
  token: string;
  /** Epoch milliseconds after which the token is no longer accepted. */
  expiresAt: number;
  user: User;
}

export function sessionFromToken(token: Token, now = Date.now()): Session {
  return { token: token.access_token, expiresAt: now + token.expires_in * 1000, user: token.user };
}

export function loadSession(now = Date.now()): Session | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) {
    return null;
  }
  try {
    const session = JSON.parse(raw) as Partial<Session>;
    if (typeof session.token === 'string' && typeof session.expiresAt === 'number' && session.user && session.expiresAt > now) {
      return session as Session;
    }
  } catch {
    // A corrupt entry is treated as no session and removed below.
  }
  clearSession();
  return null;
}

export function saveSession(session: Session): void {
  storage()?.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  storage()?.removeItem(KEY);
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
