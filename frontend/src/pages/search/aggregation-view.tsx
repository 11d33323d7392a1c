/**
 * One aggregation of the results: a facet (rank, term, count, %), a distinct count, a
 * histogram (chart and table) or a nested aggregation (each bucket with its own sub-facets).
 */
import type { ReactNode } from 'react';
import type { Catalog } from '../../catalog/use-catalog';
import { FacetTable } from '../../components/facet-table';
import { StackedBarChart } from '../../components/stacked-bar-chart';
import { toChartBars } from '../../components/to-chart-bars';
import { formatCount } from '../../format/format-count';
import { formatDate } from '../../format/format-date-time';
import { formatPercent } from '../../format/format-percent';
import { Link } from '../../routing/link';
import { signaturePath } from '../../routing/match-route';
import { addRefinement } from './add-refinement';
import type { AggregationResult } from './build-search-query';
import type { SearchState } from './search-state';

/** Props of AggregationView. */
export interface AggregationViewProps {
  readonly aggregation: AggregationResult;
  /** Crashes the percentages are of. */
  readonly total: number;
  readonly state: SearchState;
  readonly catalog: Catalog;
  readonly searchHref: (state: SearchState) => string;
}

function termRenderer(props: AggregationViewProps, field: string): (term: string) => ReactNode {
  const entry = props.catalog.byName.get(field);
  return (term) => {
    if (field === 'signature') return <Link href={signaturePath(term)}>{term}</Link>;
    if (!entry || entry.queryType === 'date') return term;
    return (
      <Link
        href={props.searchHref(addRefinement(props.state, entry, term))}
        title={`Search for crashes where ${field} is ${term}`}
      >
        {term}
      </Link>
    );
  };
}

function NestedBuckets(props: AggregationViewProps & { readonly depth: number }) {
  const { aggregation, total, depth } = props;
  const renderTerm = termRenderer(props, aggregation.field);
  return (
    <ul className={depth === 0 ? 'nested-aggregation' : 'nested-level'}>
      {aggregation.buckets.map((bucket) => (
        <li key={bucket.term}>
          <span className="bucket-term">{renderTerm(bucket.term)}</span>{' '}
          <span className="bucket-count">
            {formatCount(bucket.count)} ({formatPercent(bucket.count, total)})
          </span>
          {(bucket.aggregations ?? []).map((sub) =>
            sub.kind === 'TERMS' &&
            sub.buckets.some((inner) => (inner.aggregations?.length ?? 0) > 0) ? (
              <NestedBuckets
                key={sub.key}
                {...props}
                aggregation={sub}
                total={bucket.count}
                depth={depth + 1}
              />
            ) : (
              <AggregationView key={sub.key} {...props} aggregation={sub} total={bucket.count} />
            ),
          )}
        </li>
      ))}
    </ul>
  );
}

/** Renders the aggregation. */
export function AggregationView(props: AggregationViewProps) {
  const { aggregation, total } = props;
  if (aggregation.kind === 'CARDINALITY') {
    return (
      <p className="cardinality">
        <strong>{formatCount(aggregation.value ?? 0)}</strong> distinct values of{' '}
        {aggregation.field}
      </p>
    );
  }
  if (aggregation.kind === 'HISTOGRAM') {
    const splitBy = aggregation.buckets[0]?.aggregations?.find(
      (sub) => sub.kind === 'TERMS',
    )?.field;
    return (
      <StackedBarChart
        title={`${aggregation.field} histogram${splitBy ? ` by ${splitBy}` : ''}`}
        data={toChartBars(aggregation.buckets, splitBy)}
        {...(aggregation.field === 'date' && { formatLabel: formatDate })}
      />
    );
  }
  const isNested = aggregation.buckets.some((bucket) => (bucket.aggregations?.length ?? 0) > 0);
  if (isNested) return <NestedBuckets {...props} depth={0} />;
  return (
    <FacetTable
      caption={aggregation.field}
      rows={aggregation.buckets}
      total={total}
      renderTerm={termRenderer(props, aggregation.field)}
    />
  );
}
