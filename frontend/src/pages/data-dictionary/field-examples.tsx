/** Example values of a field: its most common values over the last 7 days (a facet). */
import { gql, useQuery } from 'urql';
import type { CatalogField } from '../../catalog/catalog-field';
import { FacetTable } from '../../components/facet-table';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { LoadingMessage } from '../../components/status-messages';

const FIELD_EXAMPLES_QUERY = gql<
  { search: { total: number; aggregations: { buckets: { term: string; count: number }[] }[] } },
  { query: unknown }
>`
  query FieldExamples($query: SearchInput!) {
    search(query: $query) {
      total
      aggregations {
        key
        buckets {
          term
          count
        }
      }
    }
  }
`;

/** Renders the examples table. */
export function FieldExamples({ field }: { readonly field: CatalogField }) {
  const [{ data, fetching, error }] = useQuery({
    query: FIELD_EXAMPLES_QUERY,
    variables: {
      query: {
        resultsNumber: 0,
        facetsSize: 10,
        aggregations: [{ kind: 'TERMS', field: field.name }],
      },
    },
  });
  if (error) return <GraphqlErrorMessage error={error} what="example values" />;
  if (!data) return <LoadingMessage what={fetching ? 'example values' : 'the examples'} />;
  return (
    <FacetTable
      caption="Most common values in the last 7 days"
      rows={data.search.aggregations[0]?.buckets ?? []}
      total={data.search.total}
      termHeader="Value"
    />
  );
}
