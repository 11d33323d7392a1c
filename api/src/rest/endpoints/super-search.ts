/** `/api/SuperSearch/`: Super Search with protected fields silently dropped (§1.1, §3.3). */
import { searchCrashStats } from '../../services/search-service.js';
import type { RestEndpoint } from '../rest-endpoint.js';
import { SEARCH_RESULT_SHAPE, formatSearchAnswer } from '../search-response.js';

/** The public Super Search endpoint. */
export const superSearchEndpoint: RestEndpoint = {
  name: 'SuperSearch',
  methods: ['GET'],
  description:
    'Searches crashes with every Super Search field as a filter and the meta parameters (_columns, _facets, _aggs.*, _histogram.*…). Protected fields the caller may not use are left out of the query and the hits.',
  parameters: 'catalog',
  response: SEARCH_RESULT_SHAPE,
  cacheControl: 'private, max-age=300',
  async handle({ deps, caller, rawParameters }) {
    return formatSearchAnswer(await searchCrashStats(deps, caller, rawParameters, 'redacted'));
  },
};
