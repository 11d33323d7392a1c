import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LuceneRegexpError, translateLuceneRegexp } from '../../src/search/lucene-regexp.js';

const matches = (pattern: string, text: string) => translateLuceneRegexp(pattern).test(text);

function refusal(pattern: string): LuceneRegexpError['reason'] {
  try {
    translateLuceneRegexp(pattern);
  } catch (error) {
    if (error instanceof LuceneRegexpError) return error.reason;
    throw error;
  }
  throw new Error(`${pattern} was accepted`);
}

describe('translateLuceneRegexp', () => {
  it.each([
    ['js::.*', 'js::RunScript', true],
    ['js', 'js::RunScript', false],
    ['.*Shut[a-z]+', 'shutdownhang | nsThread::Shutdown', true],
    ['(foo|bar)baz', 'barbaz', true],
    ['a{2,3}', 'aaa', true],
    ['a{2,3}', 'aaaa', false],
    ['a{2}', 'aa', true],
    ['[^a-c]x', 'dx', true],
    ['[^a-c]x', 'bx', false],
    ['\\d+\\.\\d', '120.0', true],
    ['\\w+', 'héllo', false],
    ['"a.b"c', 'a.bc', true],
    ['"a.b"c', 'axbc', false],
    ['a\\.b', 'a.b', true],
    ['^start$', '^start$', true],
    ['~x&y<1-2>#@', '~x&y<1-2>#@', true],
    ['.', '\n', true],
    ['..', '🦊', false],
    ['.', '🦊', true],
  ])('%s against %s: %s', (pattern, text, expected) => {
    expect(matches(pattern, text)).toBe(expected);
  });

  it.each(['a(b', 'a)b', '[abc', '*a', 'a{x}', '[z-a]', '"open', 'a\\'])(
    'refuses the malformed pattern %s',
    (pattern) => {
      expect(refusal(pattern)).toBe('syntax');
    },
  );

  it.each(['(a+)+b', '(a|ab)*c', '(x*)*', 'a**', '.*a.*b.*c.*d.*e.*f', 'a{1,5000}'])(
    'refuses the backtracking-prone pattern %s',
    (pattern) => {
      expect(refusal(pattern)).toBe('too_complex');
    },
  );

  it('answers quickly or refuses, whatever the pattern (fuzz)', () => {
    const atom = fc.constantFrom(
      'a',
      'b',
      '.',
      '[ab]',
      '\\d',
      '"ab"',
      '(a|b)',
      '(ab)',
      '\\',
      '(',
      ')',
      '[',
      '"',
    );
    const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '{');
    const pattern = fc
      .array(
        fc.tuple(atom, quantifier).map(([a, q]) => a + q),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    const hostile = 'a'.repeat(5000) + 'c';
    fc.assert(
      fc.property(fc.oneof(pattern, fc.string({ maxLength: 30 })), (text) => {
        let regexp: RegExp;
        try {
          regexp = translateLuceneRegexp(text);
        } catch (error) {
          expect(error).toBeInstanceOf(LuceneRegexpError);
          return;
        }
        const started = performance.now();
        regexp.test(hostile);
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 10_000 },
    );
  });
});
