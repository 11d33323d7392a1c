/** The SPA's entry: the GraphQL client and the page for the current URL. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { createGraphqlClient } from './graphql/client';
import { ReportPage } from './pages/report/report-page';

function App() {
  const reportId = /^\/report\/index\/([^/]+)/.exec(window.location.pathname)?.[1];
  return (
    <main>
      {reportId ? (
        <ReportPage crashId={reportId} />
      ) : (
        <>
          <h1>Cairn</h1>
          <p>Open a crash at /report/index/&lt;crash id&gt;.</p>
        </>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={createGraphqlClient()}>
      <App />
    </Provider>
  </StrictMode>,
);
