/** `/api/CrashVerify/`: where a crash is (raw, processed, indexed). */
import { requireCrashId, verifyCrash } from '../../services/crash-service.js';
import type { RestEndpoint } from '../rest-endpoint.js';

/** The crash verification endpoint. */
export const crashVerifyEndpoint: RestEndpoint = {
  name: 'CrashVerify',
  methods: ['GET'],
  description: 'Whether the raw crash, the processed crash and the search document exist.',
  parameters: {
    crash_id: { type: 'string', required: true, description: 'The crash id.' },
  },
  response: {
    object: {
      uuid: 'string',
      raw_crash: 'boolean',
      processed_crash: 'boolean',
      elasticsearch_crash: 'boolean',
      telemetry_crash: 'boolean',
    },
  },
  async handle({ deps, parameters }) {
    return {
      kind: 'json',
      body: await verifyCrash(deps, requireCrashId(String(parameters.crash_id))),
    };
  },
};
