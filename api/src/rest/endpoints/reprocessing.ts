/** `/api/Reprocessing/`: queues crashes for reprocessing; needs reprocess_crashes. */
import { parseReprocessingItems, reprocessCrashes } from '../../services/processing-service.js';
import type { RestEndpoint } from '../rest-endpoint.js';

/** The reprocessing endpoint. */
export const reprocessingEndpoint: RestEndpoint = {
  name: 'Reprocessing',
  methods: ['POST'],
  description:
    'Queues crashes for reprocessing. Each crash id may end in `:default` or `:regenerate_signature` (only the signature is computed again).',
  parameters: {
    crash_ids: { type: 'string', required: true, list: true, description: 'Crash ids.' },
  },
  permission: 'reprocess_crashes',
  response: 'boolean',
  async handle({ deps, caller, parameters }) {
    const items = parseReprocessingItems((parameters.crash_ids as string[]).map(String));
    await reprocessCrashes(deps, caller, items);
    return { kind: 'json', body: true };
  },
};
