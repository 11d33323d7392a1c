/** The Graphs tab (§2.5): crashes per day, split by a field the user picks (default product). */
import { useId, useState } from 'react';
import { gql, useQuery } from 'urql';
import type { Catalog } from '../../catalog/use-catalog';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { StackedBarChart } from '../../components/stacked-bar-chart';
import { LoadingMessage } from '../../components/status-messages';
import { toChartBars, type HistogramBucketLike } from '../../components/to-chart-bars';
import { formatDate } from '../../format/format-date-time';
import type { SearchInput } from '../search/to-search-input';

const GRAPH_QUERY = gql<
  { search: { aggregations: { buckets: HistogramBucketLike[] }[] } },
  { query: Partial<SearchInput> }
>`
  query SignatureGraph($query: SearchInput!) {
    search(query: $query) {
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

/** Props of SignatureGraph. */
export interface SignatureGraphProps {
  /** The search for this signature's crashes (filter and date range). */
  readonly base: Pick<SearchInput, 'filter' | 'dateRange'>;
  readonly catalog: Catalog;
}

/** Renders the chooser and the chart. */
export function SignatureGraph({ base, catalog }: SignatureGraphProps) {
  const splitId = useId();
  const [splitBy, setSplitBy] = useState('product');
  const [{ data, fetching, error }] = useQuery({
    query: GRAPH_QUERY,
    variables: {
      query: {
        ...base,
        resultsNumber: 0,
        facetsSize: 10,
        aggregations: [
          {
            kind: 'HISTOGRAM',
            field: 'date',
            interval: 'day',
            aggregations: [{ kind: 'TERMS', field: splitBy }],
          },
        ],
      },
    },
  });
  const fields = catalog.usable.filter((field) => field.isAggregatable && field.name !== 'date');
  return (
    <>
      <label htmlFor={splitId}>Split crashes per day by</label>{' '}
      <select id={splitId} value={splitBy} onChange={(event) => setSplitBy(event.target.value)}>
        {fields.map((field) => (
          <option key={field.name} value={field.name}>
            {field.name}
          </option>
        ))}
      </select>
      {error && <GraphqlErrorMessage error={error} what="the graph" />}
      {!data && !error && <LoadingMessage what={fetching ? 'the graph' : 'the chart'} />}
      {data && (
        <StackedBarChart
          title={`Crashes per day by ${splitBy}`}
          data={toChartBars(data.search.aggregations[0]?.buckets ?? [], splitBy, 4)}
          formatLabel={formatDate}
        />
      )}
    </>
  );
}
