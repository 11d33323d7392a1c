/** The query behind the crash report page. */
import { gql, useQuery } from 'urql';

/** A crash as the report page shows it. */
export interface CrashSummary {
  crashId: string;
  product: string | null;
  version: string | null;
  dateProcessed: string | null;
}

const CRASH_QUERY = gql`
  query Crash($id: String!) {
    crash(id: $id) {
      crashId
      product
      version
      dateProcessed
    }
  }
`;

/** Fetches one crash by id. */
export function useCrashQuery(id: string) {
  return useQuery<{ crash: CrashSummary | null }>({ query: CRASH_QUERY, variables: { id } });
}
