/**
 * The same search for scripts (§2.3 "Public API URL"): the Crash Stats API URL, when the
 * Crash Stats syntax can say it, and the GraphQL document with its variables.
 */
import { CopyBox } from '../../components/copy-box';
import type { SearchInput } from './to-search-input';

/** Props of QueryPreview. */
export interface QueryPreviewProps {
  /** The API's `crashStatsQuery`; null when the search has none (groups, for example). */
  readonly crashStatsQuery: string | null;
  /** Whether the search uses protected fields (then the unredacted endpoint is the one to call). */
  readonly usesProtectedFields: boolean;
  readonly graphqlText: string;
  readonly variables: { readonly query: SearchInput };
}

/** Renders the boxes. */
export function QueryPreview({
  crashStatsQuery,
  usesProtectedFields,
  graphqlText,
  variables,
}: QueryPreviewProps) {
  const endpoint = usesProtectedFields ? 'SuperSearchUnredacted' : 'SuperSearch';
  return (
    <details className="query-preview">
      <summary>Use this search in a script</summary>
      {crashStatsQuery !== null ? (
        <CopyBox
          label="Crash Stats API URL"
          text={`${window.location.origin}/api/${endpoint}/?${crashStatsQuery}`}
          rows={2}
        />
      ) : (
        <p className="hint">
          This search has no Crash Stats API URL: it combines conditions the Crash Stats syntax
          cannot express (such as groups). Use the GraphQL query below.
        </p>
      )}
      <CopyBox label="GraphQL query (POST to /graphql)" text={graphqlText} rows={8} />
      <CopyBox label="GraphQL variables" text={JSON.stringify(variables, null, 2)} rows={8} />
    </details>
  );
}
