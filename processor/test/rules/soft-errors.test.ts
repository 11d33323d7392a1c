import { describe, expect, it } from 'vitest';
import { softErrorsRule } from '../../src/rules/soft-errors.js';
import { runRule } from '../fixtures/rule-harness.js';

const withErrors = (soft_errors: unknown) => ({ processedCrash: { json_dump: { soft_errors } } });

describe('SoftErrorsRule', () => {
  it('writes the soft errors as JSON text', async () => {
    const run = await runRule(softErrorsRule, withErrors([{ MissingMemory: { address: '0x1' } }]));
    expect(run.processedCrash.soft_errors).toBe('[{"MissingMemory": {"address": "0x1"}}]');
  });

  it('cuts the text to 4,096 characters', async () => {
    const run = await runRule(softErrorsRule, withErrors(['x'.repeat(5000)]));
    expect(run.processedCrash.soft_errors).toHaveLength(4096);
  });

  it.each([[null], [[]]])('writes null for %j', async (errors) => {
    expect(
      (await runRule(softErrorsRule, withErrors(errors))).processedCrash.soft_errors,
    ).toBeNull();
  });
});
