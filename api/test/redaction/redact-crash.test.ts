import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS_CALLER, type Caller } from '../../src/auth/caller.js';
import { PUBLIC_ANNOTATIONS } from '../../src/redaction/public-annotations.js';
import { PUBLIC_PROCESSED_KEYS } from '../../src/redaction/public-processed-keys.js';
import { redactProcessedCrash, redactRawCrash } from '../../src/redaction/redact-crash.js';
import { CONFORMANCE_DIR, hasCrashStatsData } from '../fixtures/conformance-dir.js';

const HOLDER: Caller = { user: null, permissions: new Set(['view_pii']), via: 'token' };

describe('crash redaction', () => {
  it('keeps only public keys for callers without view_pii, and everything for holders', () => {
    const crash = { uuid: 'x', signature: 's', url: 'u', user_comments: 'c', brand_new_key: 1 };
    expect(redactProcessedCrash(ANONYMOUS_CALLER, crash)).toEqual({ uuid: 'x', signature: 's' });
    expect(redactProcessedCrash(HOLDER, crash)).toBe(crash);
    const raw = { ProductName: 'Firefox', URL: 'u', Comments: 'c', SomethingNew: 'n' };
    expect(redactRawCrash(ANONYMOUS_CALLER, raw)).toEqual({ ProductName: 'Firefox' });
    expect(redactRawCrash(HOLDER, raw)).toBe(raw);
  });

  it('takes public keys from the field catalog: a key read by a protected field is never public', () => {
    expect(PUBLIC_PROCESSED_KEYS.has('signature')).toBe(true);
    expect(PUBLIC_PROCESSED_KEYS.has('os_name')).toBe(true);
    expect(PUBLIC_PROCESSED_KEYS.has('url')).toBe(false);
    expect(PUBLIC_PROCESSED_KEYS.has('collector_metadata')).toBe(false);
  });

  describe.skipIf(!hasCrashStatsData())('agrees with the reference’s schema permissions', () => {
    const permissions = JSON.parse(
      readFileSync(path.join(CONFORMANCE_DIR, 'crashstats-data/field_permissions.json'), 'utf8'),
    ) as Record<'processed_crash' | 'raw_crash', { public: string[]; protected: string[] }>;

    it('publishes no processed-crash key the reference protects', () => {
      const leaked = permissions.processed_crash.protected.filter((key) =>
        PUBLIC_PROCESSED_KEYS.has(key),
      );
      expect(leaked).toEqual([]);
    });

    it('publishes no annotation the reference protects, and only annotations it publishes', () => {
      expect(permissions.raw_crash.protected.filter((key) => PUBLIC_ANNOTATIONS.has(key))).toEqual(
        [],
      );
      const reference = new Set(permissions.raw_crash.public);
      expect([...PUBLIC_ANNOTATIONS].filter((key) => !reference.has(key))).toEqual([]);
    });
  });
});
