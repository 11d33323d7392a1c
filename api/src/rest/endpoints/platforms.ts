/** `/api/Platforms/`: the platforms Top Crashers counts (a removed reference endpoint, kept). */
import { PLATFORMS } from '../../services/platform-service.js';
import type { RestEndpoint } from '../rest-endpoint.js';

/** The platforms endpoint. */
export const platformsEndpoint: RestEndpoint = {
  name: 'Platforms',
  methods: ['GET'],
  description: 'Platform names and short names.',
  parameters: {},
  response: {
    object: {
      hits: { list: { object: { name: 'string', short_name: 'string' } } },
      total: 'number',
    },
  },
  cacheControl: 'public, max-age=3600',
  async handle() {
    const hits = PLATFORMS.map((platform) => ({
      name: platform.name,
      short_name: platform.shortName,
    }));
    return { kind: 'json', body: { hits, total: hits.length } };
  },
};
