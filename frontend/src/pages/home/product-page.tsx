/**
 * A product's home (§2.2): crashes per day by version over the last 7 days, its top signatures,
 * and links into Top Crashers and Super Search per version.
 */
import { gql, useQuery } from 'urql';
import { FacetTable } from '../../components/facet-table';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { StackedBarChart } from '../../components/stacked-bar-chart';
import { EmptyMessage, LoadingMessage } from '../../components/status-messages';
import { toChartBars, type HistogramBucketLike } from '../../components/to-chart-bars';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatCount } from '../../format/format-count';
import { formatDate } from '../../format/format-date-time';
import { Link } from '../../routing/link';
import { signaturePath } from '../../routing/match-route';
import { PRODUCTS_QUERY } from './products-query';

interface ProductSearchData {
  readonly search: {
    readonly total: number;
    readonly aggregations: readonly {
      readonly key: string;
      readonly buckets: readonly (HistogramBucketLike & {
        readonly term: string;
        readonly count: number;
      })[];
    }[];
  };
}

const PRODUCT_SEARCH_QUERY = gql<ProductSearchData, { query: unknown }>`
  query ProductHome($query: SearchInput!) {
    search(query: $query) {
      total
      aggregations {
        key
        buckets {
          term
          count
          aggregations {
            key
            field
            buckets {
              term
              count
            }
          }
        }
      }
    }
  }
`;

/** Props of ProductPage. */
export interface ProductPageProps {
  readonly product: string;
}

/** The product home page. */
export function ProductPage({ product }: ProductPageProps) {
  useDocumentTitle(product);
  const [products] = useQuery({ query: PRODUCTS_QUERY });
  const [{ data, fetching, error }] = useQuery({
    query: PRODUCT_SEARCH_QUERY,
    variables: {
      query: {
        filter: { field: 'product', operator: 'MATCHES', value: product },
        resultsNumber: 0,
        facetsSize: 10,
        aggregations: [
          {
            kind: 'HISTOGRAM',
            field: 'date',
            interval: 'day',
            aggregations: [{ kind: 'TERMS', field: 'version' }],
          },
          { kind: 'TERMS', field: 'signature' },
        ],
      },
    },
  });
  const versions = products.data?.products.find((entry) => entry.name === product)?.versions ?? [];
  const byKey = new Map(
    data?.search.aggregations.map((aggregation) => [aggregation.key, aggregation.buckets]),
  );
  const search = (extra: Record<string, string>) =>
    `/search/?${new URLSearchParams({ product, ...extra })}`;

  return (
    <section>
      <h1>{product}</h1>
      <ul className="inline-links">
        <li>
          <Link href={`/topcrashers/?${new URLSearchParams({ product })}`}>Top Crashers</Link>
        </li>
        <li>
          <Link href={search({})}>Super Search</Link>
        </li>
      </ul>
      {error && <GraphqlErrorMessage error={error} what={`the crashes of ${product}`} />}
      {!data && fetching && <LoadingMessage what={`the crashes of ${product}`} />}
      {data && data.search.total === 0 && (
        <EmptyMessage>No {product} crashes in the last 7 days.</EmptyMessage>
      )}
      {data && data.search.total > 0 && (
        <>
          <h2>Crashes per day by version, last 7 days</h2>
          <p>{formatCount(data.search.total)} crashes.</p>
          <StackedBarChart
            title={`${product} crashes per day by version`}
            data={toChartBars(byKey.get('histogram_date') ?? [], 'version')}
            formatLabel={formatDate}
          />
          <FacetTable
            caption="Top signatures, last 7 days"
            termHeader="Signature"
            rows={byKey.get('signature') ?? []}
            total={data.search.total}
            renderTerm={(signature) => (
              <Link href={signaturePath(signature, new URLSearchParams({ product }))}>
                {signature}
              </Link>
            )}
          />
        </>
      )}
      {versions.length > 0 && (
        <>
          <h2>Versions</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col" className="number">
                    Crashes (60 days)
                  </th>
                  <th scope="col">Reports</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((version) => (
                  <tr key={version.version}>
                    <th scope="row">{version.version}</th>
                    <td className="number">{formatCount(version.crashCount)}</td>
                    <td>
                      <ul className="inline-links">
                        <li>
                          <Link
                            href={`/topcrashers/?${new URLSearchParams({ product, version: version.version })}`}
                          >
                            Top Crashers
                          </Link>
                        </li>
                        <li>
                          <Link href={search({ version: version.version })}>Search</Link>
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
