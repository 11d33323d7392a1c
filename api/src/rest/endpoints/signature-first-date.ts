/** `/api/SignatureFirstDate/`: when and in which build each signature was first seen. */
import { findSignaturesFirstSeen } from '../../stores/signature-store.js';
import type { RestEndpoint } from '../rest-endpoint.js';

/** The first-date endpoint. */
export const signatureFirstDateEndpoint: RestEndpoint = {
  name: 'SignatureFirstDate',
  methods: ['GET'],
  description: 'First crash date and build id of each known signature.',
  parameters: {
    signatures: { type: 'string', required: true, list: true, description: 'Signatures.' },
  },
  response: {
    object: {
      hits: {
        list: {
          object: {
            signature: 'string',
            first_date: 'string',
            first_build: { nullable: 'string' },
          },
        },
      },
      total: 'number',
    },
  },
  cacheControl: 'private, max-age=300',
  async handle({ deps, parameters }) {
    const rows = await findSignaturesFirstSeen(
      deps.appDb,
      (parameters.signatures as string[]).map(String),
    );
    const hits = rows.map((row) => ({
      signature: row.signature,
      first_date: row.firstDate,
      first_build: row.firstBuild,
    }));
    return { kind: 'json', body: { hits, total: hits.length } };
  },
};
