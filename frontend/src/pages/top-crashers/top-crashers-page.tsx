/** Top Crashers (§2.6): the API's table for a product and filters, with the filters in the URL. */
import { useQuery } from 'urql';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { EmptyMessage, LoadingMessage } from '../../components/status-messages';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatCount } from '../../format/format-count';
import { formatDateTime } from '../../format/format-date-time';
import { formatPercent } from '../../format/format-percent';
import { signaturePath } from '../../routing/match-route';
import { navigate, useLocation } from '../../routing/navigation';
import { PRODUCTS_QUERY } from '../home/products-query';
import { TopCrashersForm } from './top-crashers-form';
import { TopCrashersTable } from './top-crashers-table';
import {
  formatTopCrashersParams,
  parseTopCrashersParams,
  toTopCrashersInput,
  type TopCrashersParams,
} from './top-crashers-params';
import { PLATFORMS_QUERY, TOP_CRASHERS_QUERY, type TopCrashersReport } from './top-crashers-query';

/** The short platform names the API counts per signature (unknown is not a column). */
const PLATFORM_COLUMNS = ['win', 'mac', 'lin'];

function signatureLink(params: TopCrashersParams, report: TopCrashersReport) {
  return (signature: string) => {
    const extra = new URLSearchParams({ product: params.product });
    for (const version of params.versions) extra.append('version', version);
    extra.append('date', `>=${report.startDate}`);
    extra.append('date', `<${report.endDate}`);
    return signaturePath(signature, extra);
  };
}

function Report({ params }: { readonly params: TopCrashersParams }) {
  const [{ data, fetching, error }] = useQuery({
    query: TOP_CRASHERS_QUERY,
    variables: { input: toTopCrashersInput(params) },
  });
  if (error) return <GraphqlErrorMessage error={error} what="Top Crashers" />;
  if (!data) return <LoadingMessage what={fetching ? 'Top Crashers' : 'the report'} />;
  const report = data.topCrashers;
  return (
    <section aria-labelledby="top-crashers-summary">
      <p id="top-crashers-summary" className="summary">
        Top {report.crashers.length} crashing signatures, {formatDateTime(report.startDate)} through{' '}
        {formatDateTime(report.endDate)} (UTC). The report covers{' '}
        {formatCount(report.coveredCrashes)} (
        {formatPercent(report.coveredCrashes, report.totalCrashes)}) of all{' '}
        {formatCount(report.totalCrashes)} crashes.
      </p>
      {report.crashers.length === 0 ? (
        <EmptyMessage>No crashes match these filters in this window.</EmptyMessage>
      ) : (
        <TopCrashersTable
          crashers={report.crashers}
          platforms={PLATFORM_COLUMNS}
          signatureHref={signatureLink(params, report)}
        />
      )}
    </section>
  );
}

/** The Top Crashers page. */
export function TopCrashersPage() {
  const location = useLocation();
  const { params, problems } = parseTopCrashersParams(new URLSearchParams(location.search));
  useDocumentTitle(
    params.product
      ? `Top Crashers for ${params.product} ${params.versions.join(', ')}`
      : 'Top Crashers',
  );
  const [products] = useQuery({ query: PRODUCTS_QUERY });
  const [platforms] = useQuery({ query: PLATFORMS_QUERY });
  return (
    <section>
      <h1>
        Top Crashers{params.product && ` for ${params.product} ${params.versions.join(', ')}`}
      </h1>
      {problems.length > 0 && (
        <ul role="alert" className="problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {products.error && <GraphqlErrorMessage error={products.error} what="the products" />}
      <TopCrashersForm
        key={location.search}
        params={params}
        products={products.data?.products ?? []}
        platforms={(platforms.data?.platforms ?? [])
          .map((platform) => platform.name)
          .filter((name) => name !== 'Unknown')}
        onSubmit={(next) => navigate(`/topcrashers/?${formatTopCrashersParams(next)}`)}
      />
      {params.product === '' ? (
        <p>Choose a product to see its top crashing signatures.</p>
      ) : (
        <Report params={params} />
      )}
    </section>
  );
}
