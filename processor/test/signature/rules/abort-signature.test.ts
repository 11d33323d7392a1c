import { describe, expect, it } from 'vitest';
import { abortSignatureRule } from '../../../src/signature/rules/abort-signature.js';
import { runRule } from '../signature-fixtures.js';

describe('AbortSignature', () => {
  it('applies to non-empty abort messages', () => {
    expect(runRule(abortSignatureRule, { abort_message: '' }).applied).toBe(false);
    expect(runRule(abortSignatureRule, {}).applied).toBe(false);
  });

  it.each([
    ['unknown', 'Abort | unknown | hello'],
    ['[5392] ###!!! ABORT: foo bar line 42', 'Abort | foo bar line 42 | hello'],
    [
      '[7616] ###!!! ABORT: unsafe destruction: file c:/src/a.cpp, line 777',
      'Abort | unsafe destruction | hello',
    ],
    ['[204] ###!!! ABORT: file ?, ', 'Abort | hello'],
    [
      'unable to find a usable font (\u5fae\u8f6f\u96c5\u9ed1)',
      'Abort | unable to find a usable font | hello',
    ],
    ['\u018a unknown\ttab', 'Abort | unknowntab | hello'],
    ['a'.repeat(81), `Abort | ${'a'.repeat(77)}... | hello`],
    ['b'.repeat(80), `Abort | ${'b'.repeat(80)} | hello`],
  ])('%j → %j', (message, signature) => {
    expect(runRule(abortSignatureRule, { abort_message: message }).result.signature).toBe(
      signature,
    );
  });

  it('fails, as the reference does, on a message that is not text', () => {
    expect(() => runRule(abortSignatureRule, { abort_message: 5 })).toThrow(
      "argument of type 'int' is not iterable",
    );
  });
});
