/**
 * Elasticsearch failures as Cairn errors: queries it finds too complex or malformed are the
 * caller's 400 (with the reference's wording), everything else means search is unavailable.
 * Messages never carry Elasticsearch's own text, which may echo private values.
 */
import { errors } from '@elastic/elasticsearch';
import { CairnError } from '../../../errors.js';
import { SearchParameterError } from '../../../search/search-errors.js';

const TOO_COMPLEX =
  /too_complex_to_determinize|too_many_clauses|too_many_nested_clauses|maxClauseCount/;

/** The Cairn error for a failed search. */
export function translateSearchError(error: unknown): CairnError {
  if (error instanceof CairnError) return error;
  if (error instanceof errors.ResponseError && error.statusCode === 400) {
    const detail = JSON.stringify(error.body ?? '');
    if (TOO_COMPLEX.test(detail)) {
      return new SearchParameterError(
        'filter',
        'Search query is too complex, try being more specific',
        'SEARCH_QUERY_TOO_COMPLEX',
      );
    }
    return new SearchParameterError('filter', 'Malformed supersearch query.');
  }
  if (error instanceof errors.TimeoutError) {
    return new CairnError('SEARCH_UNAVAILABLE', 'Search query timed out', { cause: error });
  }
  return new CairnError('SEARCH_UNAVAILABLE', 'Elasticsearch could not run the search', {
    cause: error,
  });
}
