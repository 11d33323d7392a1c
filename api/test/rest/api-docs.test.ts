/** docs/api.md lists every REST endpoint with its declared parameters (a drift test). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REST_ENDPOINTS } from '../../src/rest/rest-endpoints.js';

const API_DOC = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/api.md'),
  'utf8',
);

describe('docs/api.md', () => {
  it.each(REST_ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))(
    'documents %s with its methods and parameters',
    (name, endpoint) => {
      const row = API_DOC.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, `no table row for ${name}`).toBeDefined();
      for (const method of endpoint.methods) expect(row).toContain(method);
      if (endpoint.parameters !== 'catalog') {
        for (const parameter of Object.keys(endpoint.parameters))
          expect(row).toContain(`\`${parameter}\``);
      }
      if (endpoint.permission) expect(row).toContain(`\`${endpoint.permission}\``);
    },
  );
});
