import { describe, expect, it } from 'vitest';
import { esrVersionRewriteRule } from '../../src/rules/esr-version-rewrite.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('ESRVersionRewrite', () => {
  it('applies to the esr channel only', async () => {
    const run = await runRule(esrVersionRewriteRule, {
      processedCrash: { release_channel: 'release', version: '115.6.0' },
    });
    expect(run.applied).toBe(false);
  });

  it('appends esr to the version', async () => {
    const run = await runRule(esrVersionRewriteRule, {
      processedCrash: { release_channel: 'esr', version: '115.6.0' },
    });
    expect(run.processedCrash.version).toBe('115.6.0esr');
  });

  it('notes a missing version', async () => {
    const run = await runRule(esrVersionRewriteRule, {
      processedCrash: { release_channel: 'esr' },
    });
    expect(run.processedCrash).not.toHaveProperty('version');
    expect(run.notes).toEqual(['"Version" missing from esr release raw_crash']);
  });
});
