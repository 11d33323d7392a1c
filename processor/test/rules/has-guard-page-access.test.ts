import { describe, expect, it } from 'vitest';
import { hasGuardPageAccessRule } from '../../src/rules/has-guard-page-access.js';
import { runRule } from '../fixtures/rule-harness.js';

const withAccesses = (memory_accesses: unknown) => ({
  processedCrash: { json_dump: { crash_info: { memory_accesses } } },
});

describe('HasGuardPageAccessRule', () => {
  it('sets the flag when some access hit a likely guard page', async () => {
    const run = await runRule(
      hasGuardPageAccessRule,
      withAccesses([{ address: '0x1' }, { address: '0x2', is_likely_guard_page: true }]),
    );
    expect(run.processedCrash.has_guard_page_access).toBe(true);
  });

  it.each([[null], [[]], [[{ is_likely_guard_page: false }]]])(
    'writes nothing for %j',
    async (accesses) => {
      const run = await runRule(hasGuardPageAccessRule, withAccesses(accesses));
      expect(run.processedCrash).not.toHaveProperty('has_guard_page_access');
    },
  );
});
