/** `/api/Bugs/`: the bugs linked to signatures, with those bugs' other signatures. */
import { bugsForSignatures } from '../../services/bug-service.js';
import { BUG_LIST_SHAPE } from '../bug-list-shape.js';
import type { RestEndpoint } from '../rest-endpoint.js';

/** The bugs-by-signatures endpoint. */
export const bugsEndpoint: RestEndpoint = {
  name: 'Bugs',
  methods: ['GET', 'POST'],
  description: 'Bugs linked to any of the signatures, with every signature of those bugs.',
  parameters: {
    signatures: { type: 'string', required: true, list: true, description: 'Signatures.' },
  },
  response: BUG_LIST_SHAPE,
  cacheControl: 'private, max-age=300',
  async handle({ deps, parameters }) {
    return {
      kind: 'json',
      body: await bugsForSignatures(deps, (parameters.signatures as string[]).map(String)),
    };
  },
};
