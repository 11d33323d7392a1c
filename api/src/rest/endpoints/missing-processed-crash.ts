/** `/api/MissingProcessedCrash/`: crashes the daily verification found without a processed crash. */
import { readMissingCrashPage } from '../../services/missing-crash-service.js';
import type { RestEndpoint } from '../rest-endpoint.js';

/** The missing-crashes endpoint. */
export const missingProcessedCrashEndpoint: RestEndpoint = {
  name: 'MissingProcessedCrash',
  methods: ['GET'],
  description:
    'Crashes collected but found unprocessed by the daily verification, 1,000 per page, oldest first.',
  parameters: {
    page: { type: 'integer', defaultValue: '1', description: 'The page, from 1.' },
  },
  response: {
    object: {
      results: {
        list: { object: { crash_id: 'string', is_processed: 'boolean', created: 'string' } },
      },
      count: 'number',
      next: { nullable: 'string' },
      previous: { nullable: 'string' },
    },
  },
  async handle({ deps, parameters }) {
    return { kind: 'json', body: await readMissingCrashPage(deps, Number(parameters.page)) };
  },
};
