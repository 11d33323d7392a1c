import { describe, expect, it } from 'vitest';
import { oomSignatureRule } from '../../../src/signature/rules/oom-signature.js';
import { runRule } from '../signature-fixtures.js';

const threadWithLastError = (value: string) => ({
  threads: [{ frames: [], last_error_value: value }],
});

describe('OOMSignature', () => {
  it.each<[string, Record<string, unknown>, string, boolean]>([
    ['an allocation size', { oom_allocation_size: 17 }, 'hello', true],
    ['a zero allocation size', { oom_allocation_size: 0 }, 'hello', false],
    ['a JS large allocation report', { js_large_allocation_failure: 'Reporting' }, 'hello', true],
    ['a reported JS allocation', { js_large_allocation_failure: 'Reported' }, 'hello', false],
    ['an OOM frame', {}, 'a | NS_ABORT_OOM | b', true],
    ['an OOM last error', threadWithLastError('ERROR_NOT_ENOUGH_MEMORY'), 'hello', true],
    ['another last error', threadWithLastError('ERROR_FOO'), 'hello', false],
    ['an OOM reason', { reason: 'STATUS_FATAL_MEMORY_EXHAUSTION' }, 'hello', true],
    ['an OOM reason with an empty signature', { reason: 'STATUS_NO_MEMORY' }, '', false],
    ['nothing', {}, 'hello', false],
  ])('applies on %s: %s', (_what, crashData, signature, applies) => {
    expect(runRule(oomSignatureRule, crashData, signature).applied).toBe(applies);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ oom_allocation_size: 262144 }, 'OOM | small'],
    [{ oom_allocation_size: '1024' }, 'OOM | small'],
    [{ oom_allocation_size: 262145 }, 'OOM | large | hello'],
    [{ js_large_allocation_failure: 'Reporting', oom_allocation_size: 1 }, 'OOM | large | hello'],
    [{ reason: 'STATUS_NO_MEMORY' }, 'OOM | unknown | hello'],
  ])('with %j the signature becomes %s', (crashData, signature) => {
    expect(runRule(oomSignatureRule, crashData).result.signature).toBe(signature);
  });

  it('fails, as the reference does, on a size that is not a number', () => {
    expect(() => runRule(oomSignatureRule, { oom_allocation_size: 'lots' })).toThrow(
      "invalid literal for int() with base 10: 'lots'",
    );
  });
});
