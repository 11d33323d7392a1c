/** Log in with e-mail and password; afterwards the page named by `?next=` opens. */
import { useId, useState } from 'react';
import type { CombinedError } from 'urql';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { useDocumentTitle } from '../../components/use-document-title';
import { navigate, useLocation } from '../../routing/navigation';
import { useSession } from '../../session/session-context';
import { safeNextPath } from './safe-next-path';

/** The log-in page. */
export function LoginPage() {
  useDocumentTitle('Log in');
  const session = useSession();
  const location = useLocation();
  const next = safeNextPath(new URLSearchParams(location.search).get('next'));
  const emailId = useId();
  const passwordId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<CombinedError>();
  const [busy, setBusy] = useState(false);

  if (session.isSignedIn) {
    return (
      <section className="narrow">
        <h1>Log in</h1>
        <p>You are logged in as {session.me.user?.email}.</p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>Log in</h1>
      <form
        className="stacked-form"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const failure = await session.signIn(email, password);
          setBusy(false);
          setError(failure);
          if (!failure) navigate(next, { replace: true });
        }}
      >
        <label htmlFor={emailId}>E-mail address</label>
        <input
          id={emailId}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <label htmlFor={passwordId}>Password</label>
        <input
          id={passwordId}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      {error && <GraphqlErrorMessage error={error} what="your session" />}
      <p className="hint">
        Accounts are created by an administrator. Protected data needs a permission granted to you.
      </p>
    </section>
  );
}
