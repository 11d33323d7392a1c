import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printApiSchema } from '../src/graphql/build-schema.js';

describe('schema.graphql', () => {
  it('is the schema the code defines (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql'),
      'utf8',
    );
    expect(committed).toBe(printApiSchema());
  });
});
