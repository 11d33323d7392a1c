import { describe, expect, it } from 'vitest';
import { truncateRule } from '../../../src/signature/rules/truncate.js';
import { runRule } from '../signature-fixtures.js';

describe('SigTruncate', () => {
  it('applies past 255 characters', () => {
    expect(runRule(truncateRule, {}, '9'.repeat(255)).applied).toBe(false);
    expect(runRule(truncateRule, {}, '9'.repeat(256)).applied).toBe(true);
  });

  it('keeps 252 characters and adds "..." with a note', () => {
    const { result } = runRule(truncateRule, {}, '9'.repeat(300));
    expect(result.signature).toBe(`${'9'.repeat(252)}...`);
    expect(result.notes).toEqual(['SigTruncate: SigTrunc: signature truncated due to length']);
  });
});
