/** `/api/VersionString/`: the version string of a build on a channel (used by processors). */
import { findVersionString } from '../../services/version-service.js';
import type { RestEndpoint } from '../rest-endpoint.js';

/** The version string endpoint. */
export const versionStringEndpoint: RestEndpoint = {
  name: 'VersionString',
  methods: ['GET'],
  description: 'The version string (such as 51.0b5) of a product build on a release channel.',
  parameters: {
    product: { type: 'string', required: true, description: 'Product name.' },
    channel: { type: 'string', required: true, description: 'Release channel.' },
    build_id: { type: 'string', required: true, description: 'Build id (YYYYMMDDhhmmss).' },
  },
  response: {
    object: { hits: { list: { object: { version_string: 'string' } } }, total: 'number' },
  },
  cacheControl: 'private, max-age=3600',
  async handle({ deps, parameters }) {
    const version = await findVersionString(deps, {
      product: String(parameters.product),
      channel: String(parameters.channel),
      buildId: String(parameters.build_id),
    });
    const hits = version === undefined ? [] : [{ version_string: version }];
    return { kind: 'json', body: { hits, total: hits.length } };
  },
};
