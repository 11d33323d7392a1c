import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_CATALOG } from '@cairn/core';
import { processedCrashKeyPermission, STORED_ONLY_FIELDS } from '../src/processed-crash-fields.js';
import { RULESETS } from '../src/rulesets.js';
import { SHARED_DATA_DIR, shouldSkipSharedData } from './fixtures/shared-data.js';

const catalogKeys = new Set(
  [...FIELD_CATALOG.values()].flatMap((field) =>
    field.sourcePaths.map((source) => source.split(/[.[]/)[0]!),
  ),
);

describe('processed-crash keys', () => {
  it('every key a rule writes is a catalog field source or a declared stored-only key', () => {
    for (const rule of RULESETS.mozilla.rules) {
      for (const key of rule.writes) {
        expect(
          catalogKeys.has(key) || Object.hasOwn(STORED_ONLY_FIELDS, key),
          `${rule.name} writes ${key}`,
        ).toBe(true);
      }
    }
  });

  it('declares no stored-only key that the catalog already covers', () => {
    for (const key of Object.keys(STORED_ONLY_FIELDS))
      expect(catalogKeys.has(key), key).toBe(false);
  });

  it('takes permissions from the catalog, then from the declarations, wildcards included', () => {
    expect(processedCrashKeyPermission('signature')).toBe('public');
    expect(processedCrashKeyPermission('user_comments')).toBe('protected');
    expect(processedCrashKeyPermission('signature_debug')).toBe('protected');
    expect(processedCrashKeyPermission('upload_file_minidump_content')).toBe('public');
    expect(processedCrashKeyPermission('made_up')).toBeUndefined();
  });
});

describe.skipIf(shouldSkipSharedData())('processed-crash keys against the reference schema', () => {
  const table = JSON.parse(
    readFileSync(path.join(SHARED_DATA_DIR, 'socorro-data/processed-crash-fields.json'), 'utf8'),
  ) as { rows: [string, string | null, unknown, string[], unknown][] };

  it('knows every reference key, with the same permission', () => {
    for (const [key, , , permissions] of table.rows) {
      const expected = permissions.includes('protected') ? 'protected' : 'public';
      expect(processedCrashKeyPermission(key), key).toBe(expected);
    }
  });
});
