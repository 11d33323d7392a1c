/** The GraphQL documents of the signature report. */
import { gql } from 'urql';
import type { AggregationResult } from '../search/build-search-query';
import type { SearchFilterInput } from '../search/to-search-input';

/** The report's summary. */
export interface SignatureReport {
  readonly signature: string;
  readonly total: number;
  readonly firstSeenDate: string | null;
  readonly firstSeenBuild: string | null;
  readonly crashStatsQuery: string | null;
  readonly bugs: readonly { readonly id: number; readonly signature: string }[];
  readonly uptimeRanges: readonly { readonly label: string; readonly count: number }[];
  readonly aggregations: readonly AggregationResult[];
}

/** Variables of the summary query. */
export interface SignatureVariables {
  readonly signature: string;
  readonly dateRange?: unknown;
  readonly filter?: SearchFilterInput;
}

/** The summary of one signature: facets, uptime ranges, first appearance, bugs. */
export const SIGNATURE_QUERY = gql<{ signature: SignatureReport }, SignatureVariables>`
  query SignatureReport(
    $signature: String!
    $dateRange: DateRangeInput
    $filter: SearchFilterInput
  ) {
    signature(signature: $signature, dateRange: $dateRange, filter: $filter) {
      signature
      total
      firstSeenDate
      firstSeenBuild
      crashStatsQuery
      bugs {
        id
        signature
      }
      uptimeRanges {
        label
        count
      }
      aggregations {
        key
        field
        kind
        value
        buckets {
          term
          count
        }
      }
    }
  }
`;
