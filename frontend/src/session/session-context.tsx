/**
 * The signed-in session: who the caller is and what they may do. The provider loads `me`
 * before any page renders, so the CSRF token is known before the first POST; signing in or
 * out starts a new urql client (`onSessionChange`), so no page keeps data fetched with the
 * old permissions.
 */
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  type MutableRefObject,
  type ReactNode,
} from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { GraphqlErrorMessage } from '../components/graphql-error-message';
import { ME_QUERY, SIGN_IN_MUTATION, SIGN_OUT_MUTATION, type MeData } from './session-queries';

/** What pages know about the session. */
export interface Session {
  readonly me: MeData;
  readonly permissions: ReadonlySet<string>;
  readonly isSignedIn: boolean;
  /** Whether the caller holds the permission. */
  has(permission: string): boolean;
  /** Signs in; resolves with the error, or undefined on success. */
  signIn(email: string, password: string): Promise<CombinedError | undefined>;
  /** Signs out; resolves with the error, or undefined on success. */
  signOut(): Promise<CombinedError | undefined>;
}

const SessionContext = createContext<Session | null>(null);

/** The session; only inside SessionProvider. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be called inside <SessionProvider>');
  return session;
}

/** Props of SessionProvider. */
export interface SessionProviderProps {
  /** Where the CSRF token is kept for the client's exchange. */
  readonly csrfToken: MutableRefObject<string | null>;
  /** Called after signing in or out, to start a fresh client. */
  readonly onSessionChange: () => void;
  readonly children: ReactNode;
}

/** Loads the session and provides it to the pages below. */
export function SessionProvider({ csrfToken, onSessionChange, children }: SessionProviderProps) {
  const [{ data, fetching, error }] = useQuery({ query: ME_QUERY, requestPolicy: 'network-only' });
  const [, runSignIn] = useMutation(SIGN_IN_MUTATION);
  const [, runSignOut] = useMutation(SIGN_OUT_MUTATION);
  const me = data?.me;
  if (me) csrfToken.current = me.csrfToken;

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await runSignIn({ email, password });
      if (result.error) return result.error;
      csrfToken.current = result.data?.signIn.me.csrfToken ?? null;
      onSessionChange();
      return undefined;
    },
    [runSignIn, csrfToken, onSessionChange],
  );
  const signOut = useCallback(async () => {
    const result = await runSignOut({});
    if (result.error) return result.error;
    csrfToken.current = null;
    onSessionChange();
    return undefined;
  }, [runSignOut, csrfToken, onSessionChange]);

  const session = useMemo<Session | null>(() => {
    if (!me) return null;
    const permissions = new Set(me.permissions);
    return {
      me,
      permissions,
      isSignedIn: me.user !== null,
      has: (permission) => permissions.has(permission),
      signIn,
      signOut,
    };
  }, [me, signIn, signOut]);

  if (!session) {
    if (error) return <GraphqlErrorMessage error={error} what="your session" />;
    return (
      <p role="status" className="loading">
        {fetching ? 'Loading…' : 'Starting…'}
      </p>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
