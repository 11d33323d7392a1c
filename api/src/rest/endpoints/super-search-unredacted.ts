/** `/api/SuperSearchUnredacted/`: Super Search with nothing dropped; needs `view_pii`. */
import { searchCrashStats } from '../../services/search-service.js';
import type { RestEndpoint } from '../rest-endpoint.js';
import { SEARCH_RESULT_SHAPE, formatSearchAnswer } from '../search-response.js';

/** The unredacted Super Search endpoint. */
export const superSearchUnredactedEndpoint: RestEndpoint = {
  name: 'SuperSearchUnredacted',
  methods: ['GET'],
  description: 'Super Search including protected fields. The whole endpoint needs view_pii.',
  parameters: 'catalog',
  permission: 'view_pii',
  response: SEARCH_RESULT_SHAPE,
  cacheControl: 'private, max-age=300',
  async handle({ deps, caller, rawParameters }) {
    return formatSearchAnswer(await searchCrashStats(deps, caller, rawParameters, 'unredacted'));
  },
};
