import { describe, expect, it } from 'vitest';
import { fenixVersionRewriteRule } from '../../src/rules/fenix-version-rewrite.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('FenixVersionRewriteRule', () => {
  it.each([
    [{ product: 'Firefox', version: 'Nightly 200315 05:05' }],
    [{ product: 'Fenix', version: '120.0' }],
    [{ product: 'Fenix' }],
  ])('does not apply to %j', async (processedCrash) => {
    expect((await runRule(fenixVersionRewriteRule, { processedCrash })).applied).toBe(false);
  });

  it('rewrites Fenix nightly versions to 0.0a1 with a note', async () => {
    const run = await runRule(fenixVersionRewriteRule, {
      processedCrash: { product: 'Fenix', version: 'Nightly 200315 05:05' },
    });
    expect(run.processedCrash.version).toBe('0.0a1');
    expect(run.notes).toEqual(["Changed version from 'Nightly 200315 05:05' to 0.0a1"]);
  });
});
