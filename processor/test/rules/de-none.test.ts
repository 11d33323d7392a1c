import { describe, expect, it } from 'vitest';
import { deNoneRule } from '../../src/rules/de-none.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('DeNoneRule', () => {
  it('removes keys whose value is null and keeps falsy values', async () => {
    const run = await runRule(deNoneRule, {
      rawCrash: { Gone: null, Empty: '', Zero: 0, False: false, Kept: 'x' },
    });
    expect(run.rawCrash).toEqual({ Empty: '', Zero: 0, False: false, Kept: 'x' });
  });
});
