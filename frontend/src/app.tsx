/**
 * The SPA's root: the GraphQL client for the current session, the session, the header and the
 * page the URL names. Pages are loaded on demand, so the first download stays small.
 */
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ComponentType } from 'react';
import { Provider } from 'urql';
import { PageErrorBoundary } from './components/page-error-boundary';
import { SiteHeader } from './components/site-header';
import { LoadingMessage } from './components/status-messages';
import { createGraphqlClient } from './graphql/client';
import { matchRoute, type Route } from './routing/match-route';
import { navigate, useLocation } from './routing/navigation';
import { SessionProvider } from './session/session-context';

function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const HomePage = page(() => import('./pages/home/home-page').then((m) => m.HomePage));
const ProductPage = page(() => import('./pages/home/product-page').then((m) => m.ProductPage));
const SearchPage = page(() => import('./pages/search/search-page').then((m) => m.SearchPage));
const ReportPage = page(() => import('./pages/report/report-page').then((m) => m.ReportPage));
const SignaturePage = page(() =>
  import('./pages/signature/signature-page').then((m) => m.SignaturePage),
);
const TopCrashersPage = page(() =>
  import('./pages/top-crashers/top-crashers-page').then((m) => m.TopCrashersPage),
);
const DataDictionaryPage = page(() =>
  import('./pages/data-dictionary/data-dictionary-page').then((m) => m.DataDictionaryPage),
);
const LoginPage = page(() => import('./pages/login/login-page').then((m) => m.LoginPage));
const ProfilePage = page(() => import('./pages/profile/profile-page').then((m) => m.ProfilePage));
const TokensPage = page(() => import('./pages/tokens/tokens-page').then((m) => m.TokensPage));
const NotFoundPage = page(() => import('./pages/not-found-page').then((m) => m.NotFoundPage));

function CurrentPage({ route }: { readonly route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'product':
      return <ProductPage product={route.product} />;
    case 'search':
      return <SearchPage />;
    case 'report':
      return <ReportPage crashId={route.crashId} />;
    case 'signature':
      return <SignaturePage />;
    case 'top-crashers':
      return <TopCrashersPage />;
    case 'data-dictionary':
      return <DataDictionaryPage {...(route.field !== undefined && { field: route.field })} />;
    case 'login':
      return <LoginPage />;
    case 'profile':
      return <ProfilePage />;
    case 'tokens':
      return <TokensPage />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

function goToLogin(): void {
  const { pathname, search } = window.location;
  if (pathname.startsWith('/login')) return;
  navigate(`/login/?${new URLSearchParams({ next: `${pathname}${search}` })}`);
}

/** The whole app. */
export function App() {
  const csrfToken = useRef<string | null>(null);
  const [sessionNumber, setSessionNumber] = useState(0);
  const client = useMemo(
    () =>
      createGraphqlClient({ readCsrfToken: () => csrfToken.current, onAuthRequired: goToLogin }),
    // A new client per session: nothing fetched with the old permissions is shown again.
    [sessionNumber],
  );
  const onSessionChange = useCallback(() => setSessionNumber((number) => number + 1), []);
  const location = useLocation();
  const route = matchRoute(location.pathname);
  return (
    <Provider value={client}>
      <SessionProvider csrfToken={csrfToken} onSessionChange={onSessionChange}>
        <SiteHeader />
        <main id="main">
          <PageErrorBoundary key={location.pathname}>
            <Suspense fallback={<LoadingMessage what="the page" />}>
              <CurrentPage route={route} />
            </Suspense>
          </PageErrorBoundary>
        </main>
      </SessionProvider>
    </Provider>
  );
}
