/**
 * The signature report's URL (`/signature/?signature=…&<Super Search filters>`): the signature,
 * then a Super Search state for the extra filters, date range, report columns, sort and page.
 */
import { DEFAULT_COLUMNS, type SearchState } from '../search/search-state';
import { formatSearchParams } from '../search/format-search-params';
import { parseSearchParams, type CatalogIndex } from '../search/parse-search-params';

/** Columns of the Reports tab when the URL names none (the reference's). */
export const SIGNATURE_REPORT_COLUMNS: readonly string[] = [
  'date',
  'product',
  'version',
  'build_id',
  'platform',
  'reason',
  'address',
  'install_time',
  'startup_crash',
];

/** The signature report's state. */
export interface SignatureParams {
  /** Empty when the URL has none. */
  readonly signature: string;
  /** Extra filters (never on signature), dates, columns, sort and page of the reports. */
  readonly state: SearchState;
  readonly problems: readonly string[];
}

/** Parses a signature report URL's query string. */
export function parseSignatureParams(
  search: URLSearchParams,
  catalog: CatalogIndex,
): SignatureParams {
  const signature = search.get('signature') ?? '';
  const rest = new URLSearchParams([...search].filter(([key]) => key !== 'signature'));
  const { state, problems } = parseSearchParams(rest, catalog);
  const columns = rest.has('_columns') ? state.columns : SIGNATURE_REPORT_COLUMNS;
  const sort = rest.has('_sort') ? state.sort : [{ field: 'date', descending: true }];
  return { signature, state: { ...state, columns, sort }, problems };
}

/** The signature report URL for a signature and state (the inverse of parseSignatureParams). */
export function signatureUrl(signature: string, state: SearchState): string {
  const params = new URLSearchParams({ signature });
  const sameColumns =
    state.columns.length === SIGNATURE_REPORT_COLUMNS.length &&
    state.columns.every((column, index) => column === SIGNATURE_REPORT_COLUMNS[index]);
  const defaultSort =
    state.sort.length === 1 && state.sort[0]!.field === 'date' && state.sort[0]!.descending;
  const rest = formatSearchParams({
    ...state,
    columns: sameColumns ? DEFAULT_COLUMNS : state.columns,
    sort: defaultSort ? [] : state.sort,
  });
  for (const [key, value] of rest) params.append(key, value);
  return `/signature/?${params}`;
}
