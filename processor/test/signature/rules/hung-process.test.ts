import { describe, expect, it } from 'vitest';
import { hungProcessRule } from '../../../src/signature/rules/hung-process.js';
import { runRule } from '../signature-fixtures.js';

describe('HungProcess', () => {
  it('applies to any hang value but null', () => {
    expect(runRule(hungProcessRule, { hang: null }).applied).toBe(false);
    expect(runRule(hungProcessRule, {}).applied).toBe(false);
    expect(runRule(hungProcessRule, { hang: '' }).applied).toBe(true);
  });

  it('prepends the hang type', () => {
    expect(runRule(hungProcessRule, { hang: 'ui' }).result.signature).toBe('hang: ui | hello');
    expect(runRule(hungProcessRule, { hang: 1 }).result.signature).toBe('hang: 1 | hello');
  });
});
