/** `/api/SignaturesByBugs/`: the signatures linked to bugs. */
import { signaturesForBugs } from '../../services/bug-service.js';
import { BUG_LIST_SHAPE } from '../bug-list-shape.js';
import type { RestEndpoint } from '../rest-endpoint.js';

/** The signatures-by-bugs endpoint. */
export const signaturesByBugsEndpoint: RestEndpoint = {
  name: 'SignaturesByBugs',
  methods: ['GET'],
  description: 'Signatures linked to the bugs.',
  parameters: {
    bug_ids: { type: 'integer', required: true, list: true, description: 'Bug numbers.' },
  },
  response: BUG_LIST_SHAPE,
  cacheControl: 'private, max-age=300',
  async handle({ deps, parameters }) {
    return {
      kind: 'json',
      body: await signaturesForBugs(deps, (parameters.bug_ids as number[]).map(Number)),
    };
  },
};
