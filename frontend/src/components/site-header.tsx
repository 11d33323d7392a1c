/** The header on every page: home link, main pages, quick search and the user menu. */
import { useState } from 'react';
import type { CombinedError } from 'urql';
import { Link } from '../routing/link';
import { navigate, useLocation } from '../routing/navigation';
import { useSession } from '../session/session-context';
import { GraphqlErrorMessage } from './graphql-error-message';
import { QuickSearchBox } from './quick-search-box';

const MAIN_PAGES: readonly [string, string][] = [
  ['/search/', 'Super Search'],
  ['/topcrashers/', 'Top Crashers'],
  ['/documentation/datadictionary/', 'Data Dictionary'],
];

function UserMenu() {
  const session = useSession();
  const location = useLocation();
  const [error, setError] = useState<CombinedError>();
  if (!session.isSignedIn) {
    const next = `${location.pathname}${location.search}`;
    return (
      <Link className="login-link" href={`/login/?${new URLSearchParams({ next })}`}>
        Log in
      </Link>
    );
  }
  return (
    <div className="user-menu">
      <span className="user-email">{session.me.user?.email}</span>
      <Link href="/profile/">Profile</Link>
      <Link href="/tokens/">API Tokens</Link>
      <button
        type="button"
        onClick={async () => {
          const failure = await session.signOut();
          setError(failure);
          if (!failure) navigate('/');
        }}
      >
        Log out
      </button>
      {error && <GraphqlErrorMessage error={error} what="the log-out" />}
    </div>
  );
}

/** Renders the header. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Cairn
      </Link>
      <nav aria-label="Main">
        <ul>
          {MAIN_PAGES.map(([href, title]) => (
            <li key={href}>
              <Link href={href}>{title}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <QuickSearchBox />
      <UserMenu />
    </header>
  );
}
