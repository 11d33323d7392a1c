/**
 * The signature report (§2.5): summary facets, crashes per day, the reports with chosen columns
 * and the linked bugs, for one signature (exact match) and optional filters, all in the URL.
 */
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useCatalog, type Catalog } from '../../catalog/use-catalog';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { LoadingMessage } from '../../components/status-messages';
import { Tabs } from '../../components/tabs';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatCount } from '../../format/format-count';
import { Link } from '../../routing/link';
import { navigate, useLocation } from '../../routing/navigation';
import { dropUnusableFields } from '../search/drop-unusable-fields';
import type { SearchState } from '../search/search-state';
import { toSearchInput } from '../search/to-search-input';
import { SignatureBugs } from './signature-bugs';
import { SignatureFilterForm } from './signature-filter-form';
import { SignatureGraph } from './signature-graph';
import { parseSignatureParams, signatureUrl } from './signature-params';
import { SIGNATURE_QUERY } from './signature-queries';
import { SignatureReports } from './signature-reports';
import { SignatureSummary } from './signature-summary';

function SignatureReportView({
  signature,
  state,
  catalog,
}: {
  readonly signature: string;
  readonly state: SearchState;
  readonly catalog: Catalog;
}) {
  const location = useLocation();
  const input = useMemo(() => toSearchInput(state), [state]);
  const base = useMemo(
    () => ({
      ...(input.filter && { filter: input.filter }),
      ...(input.dateRange && { dateRange: input.dateRange }),
    }),
    [input],
  );
  const [{ data, fetching, error }] = useQuery({
    query: SIGNATURE_QUERY,
    variables: { signature, ...base },
  });
  const withSignature: SearchState = useMemo(
    () => ({
      ...state,
      groups: [
        ...state.groups,
        {
          match: 'all',
          lines: [{ field: 'signature', operator: 'is', negated: false, values: [signature] }],
        },
      ],
    }),
    [state, signature],
  );
  const signatureFilter = useMemo(() => toSearchInput(withSignature), [withSignature]);
  const selected = location.hash.startsWith('#tab-')
    ? location.hash.slice('#tab-'.length)
    : 'summary';
  if (error && !data) return <GraphqlErrorMessage error={error} what="the signature report" />;
  if (!data) return <LoadingMessage what={fetching ? 'the signature report' : 'the report'} />;
  const report = data.signature;
  return (
    <>
      <p className="summary">
        {formatCount(report.total)} crashes in the date range.{' '}
        <Link href={`/search/?${new URLSearchParams({ signature: `=${signature}` })}`}>
          Search these crashes
        </Link>
      </p>
      <Tabs
        label="Signature report sections"
        selected={selected}
        onSelect={(id) =>
          navigate(`${location.pathname}${location.search}#tab-${id}`, { replace: true })
        }
        tabs={[
          { id: 'summary', title: 'Summary', render: () => <SignatureSummary report={report} /> },
          {
            id: 'graphs',
            title: 'Graphs',
            render: () => (
              <SignatureGraph
                base={{
                  ...(signatureFilter.filter && { filter: signatureFilter.filter }),
                  ...(signatureFilter.dateRange && { dateRange: signatureFilter.dateRange }),
                }}
                catalog={catalog}
              />
            ),
          },
          {
            id: 'reports',
            title: 'Reports',
            render: () => (
              <SignatureReports
                signature={signature}
                state={withSignature}
                urlState={state}
                catalog={catalog}
              />
            ),
          },
          {
            id: 'bugzilla',
            title: `Bugzilla (${new Set(report.bugs.map((bug) => bug.id)).size})`,
            render: () => <SignatureBugs signature={signature} bugs={report.bugs} />,
          },
        ]}
      />
    </>
  );
}

function SignatureContent({ catalog }: { readonly catalog: Catalog }) {
  const location = useLocation();
  const parsed = useMemo(() => {
    const { signature, state, problems } = parseSignatureParams(
      new URLSearchParams(location.search),
      catalog.byName,
    );
    return { signature, problems, ...dropUnusableFields(state, catalog.isForbidden) };
  }, [location.search, catalog]);
  useDocumentTitle(
    parsed.signature ? `Signature report for ${parsed.signature}` : 'Signature report',
  );
  if (parsed.signature === '') {
    return (
      <p role="alert">
        This page needs a signature: <code>/signature/?signature=…</code>. Find one with{' '}
        <Link href="/search/">Super Search</Link>.
      </p>
    );
  }
  return (
    <>
      <h1 className="signature-title">
        Signature report for <span className="signature-text">{parsed.signature}</span>
      </h1>
      {(parsed.problems.length > 0 || parsed.dropped.length > 0) && (
        <ul role="alert" className="problems">
          {parsed.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
          {parsed.dropped.length > 0 && (
            <li>
              Left out because they need a permission you do not have: {parsed.dropped.join(', ')}.
            </li>
          )}
        </ul>
      )}
      <SignatureFilterForm
        key={location.search}
        state={parsed.state}
        catalog={catalog}
        onApply={(state) => navigate(signatureUrl(parsed.signature, state))}
      />
      <SignatureReportView signature={parsed.signature} state={parsed.state} catalog={catalog} />
    </>
  );
}

/** The signature report page. */
export function SignaturePage() {
  const { catalog, fetching, error } = useCatalog();
  if (error) return <GraphqlErrorMessage error={error} what="the field catalog" />;
  if (!catalog) return <LoadingMessage what={fetching ? 'the field catalog' : 'the report'} />;
  return (
    <section>
      <SignatureContent catalog={catalog} />
    </section>
  );
}
