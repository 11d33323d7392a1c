import { describe, expect, it } from 'vitest';
import { stackwalkerErrorRule } from '../../../src/signature/rules/stackwalker-error.js';
import { runRule } from '../signature-fixtures.js';

describe('StackwalkerErrorSignatureRule', () => {
  it('applies to EMPTY signatures when the walker reported a status', () => {
    expect(runRule(stackwalkerErrorRule, { mdsw_status_string: 'x' }, 'hello').applied).toBe(false);
    expect(runRule(stackwalkerErrorRule, {}, 'EMPTY: no frame data available').applied).toBe(false);
  });

  it('appends the status', () => {
    const { result } = runRule(
      stackwalkerErrorRule,
      { mdsw_status_string: 'EmptyMinidump' },
      'EMPTY: no frame data available',
    );
    expect(result.signature).toBe('EMPTY: no frame data available; EmptyMinidump');
  });
});
