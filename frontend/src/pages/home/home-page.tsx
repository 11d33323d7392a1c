/** The home page: every product with recent crashes, with links into its pages (§2.2). */
import { useQuery } from 'urql';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { EmptyMessage, LoadingMessage } from '../../components/status-messages';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatCount } from '../../format/format-count';
import { Link } from '../../routing/link';
import { productPath } from '../../routing/match-route';
import { PRODUCTS_QUERY } from './products-query';

/** The home page. */
export function HomePage() {
  useDocumentTitle('');
  const [{ data, fetching, error }] = useQuery({ query: PRODUCTS_QUERY });
  return (
    <section>
      <h1>Products</h1>
      {error && <GraphqlErrorMessage error={error} what="the products" />}
      {!data && fetching && <LoadingMessage what="the products" />}
      {data && data.products.length === 0 && (
        <EmptyMessage>
          No crashes in the last 60 days yet. Send one with <code>cairn submit</code>.
        </EmptyMessage>
      )}
      {data && data.products.length > 0 && (
        <ul className="product-list">
          {data.products.map((product) => (
            <li key={product.name} className="product-card">
              <h2>
                <Link href={productPath(product.name)}>{product.name}</Link>
              </h2>
              <p>{formatCount(product.crashCount)} crashes in the last 60 days</p>
              <ul className="inline-links">
                <li>
                  <Link href={`/topcrashers/?${new URLSearchParams({ product: product.name })}`}>
                    Top Crashers
                  </Link>
                </li>
                <li>
                  <Link href={`/search/?${new URLSearchParams({ product: product.name })}`}>
                    Search
                  </Link>
                </li>
              </ul>
              {product.versions.length > 0 && (
                <p className="versions">
                  Versions:{' '}
                  {product.versions.slice(0, 6).map((version, index) => (
                    <span key={version.version}>
                      {index > 0 && ', '}
                      <Link
                        href={`/topcrashers/?${new URLSearchParams({ product: product.name, version: version.version })}`}
                      >
                        {version.version}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
