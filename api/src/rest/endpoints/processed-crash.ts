/** `/api/ProcessedCrash/`: the processed crash, public keys only unless the caller has view_pii. */
import { readProcessedCrash, requireCrashId } from '../../services/crash-service.js';
import type { RestEndpoint } from '../rest-endpoint.js';

/** The processed crash endpoint. */
export const processedCrashEndpoint: RestEndpoint = {
  name: 'ProcessedCrash',
  methods: ['GET'],
  description:
    'The processed crash. Without view_pii only the keys declared public are returned (new keys are private until declared).',
  parameters: {
    crash_id: { type: 'string', required: true, description: 'The crash id.' },
  },
  response: 'document',
  async handle({ deps, caller, parameters }) {
    const crashId = requireCrashId(String(parameters.crash_id));
    return { kind: 'json', body: await readProcessedCrash(deps, caller, crashId) };
  },
};
