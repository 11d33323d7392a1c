import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_COPIES } from '../../src/rules/annotation-copies.js';
import { SHARED_DATA_DIR, shouldSkipSharedData } from '../fixtures/shared-data.js';

describe.skipIf(shouldSkipSharedData())('the copied annotations', () => {
  it("are the reference schema's source annotations, with its keys, types and defaults", () => {
    const table = JSON.parse(
      readFileSync(path.join(SHARED_DATA_DIR, 'socorro-data/processed-crash-fields.json'), 'utf8'),
    ) as { rows: [string, string | null, string | string[], string[], unknown][] };
    const expected = table.rows
      .filter(([, annotation]) => annotation !== null)
      .map(([key, annotation, type, , defaultValue]) => ({
        annotation,
        key,
        type: Array.isArray(type) ? type.find((name) => name !== 'null') : type,
        ...(defaultValue !== null && { defaultValue }),
      }));
    expect(ANNOTATION_COPIES).toEqual(expected);
  });
});
