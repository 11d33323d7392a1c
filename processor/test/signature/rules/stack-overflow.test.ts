import { describe, expect, it } from 'vitest';
import { stackOverflowRule } from '../../../src/signature/rules/stack-overflow.js';
import { runRule } from '../signature-fixtures.js';

describe('StackOverflowSignature', () => {
  it('applies to the stack overflow reason only', () => {
    expect(runRule(stackOverflowRule, { reason: 'EXCEPTION_STACK_OVERFLOW_X' }).applied).toBe(
      false,
    );
  });

  it('prepends stackoverflow', () => {
    expect(
      runRule(stackOverflowRule, { reason: 'EXCEPTION_STACK_OVERFLOW' }).result.signature,
    ).toBe('stackoverflow | hello');
  });
});
