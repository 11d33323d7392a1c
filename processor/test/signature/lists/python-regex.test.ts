import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PythonRegexSyntaxError,
  translatePythonRegex,
} from '../../../src/signature/lists/python-regex.js';

/** Python's `re.match(pattern, subject)` done through the translation. */
function pythonMatch(pattern: string, subject: string): boolean {
  return new RegExp(`^(?:${translatePythonRegex(pattern)})`, 'u').test(subject);
}

describe('translatePythonRegex', () => {
  // Each expectation is what CPython 3.11's re.match answered for the same pattern and text.
  it.each<[string, [string, boolean][]]>([
    [
      'malloc',
      [
        ['malloc_zone_realloc', true],
        ['xmalloc', false],
        ['malloc', true],
      ],
    ],
    [
      'handle_error$',
      [
        ['handle_error', true],
        ['handle_errorf', false],
        ['handle_error\n', true],
      ],
    ],
    [
      '\\<name omitted\\>',
      [
        ['<name omitted>', true],
        ['name omitted', false],
      ],
    ],
    [
      '{virtual override thunk}',
      [
        ['{virtual override thunk}', true],
        ['virtual', false],
      ],
    ],
    [
      '.*\\$VARIANT\\$',
      [
        ['memcpy$VARIANT$Haswell', true],
        ['memcpy', false],
      ],
    ],
    [
      '(Nt|Zw)?WaitForSingleObject(Ex)?',
      [
        ['NtWaitForSingleObjectEx', true],
        ['WaitForSingleObject', true],
        ['ZwWait', false],
      ],
    ],
    [
      '[-+]\\[NSException raise(:format:(arguments:)?)?\\]',
      [
        ['+[NSException raise:format:]', true],
        ['-[NSException raise]', true],
        ['[NSException raise]', false],
      ],
    ],
    [
      'a{,2}b',
      [
        ['aab', true],
        ['aaab', false],
        ['b', true],
      ],
    ],
    [
      'a{}',
      [
        ['a{}', true],
        ['a', false],
      ],
    ],
    [
      'x{2,}',
      [
        ['xx', true],
        ['x', false],
      ],
    ],
    [
      '(?P<n>ab)(?P=n)',
      [
        ['abab', true],
        ['abac', false],
      ],
    ],
    [
      '\\d+x',
      [
        ['12x', true],
        ['\u0661\u0662x', true],
        ['x', false],
      ],
    ],
    [
      '\\w+!',
      [
        ['h\u00e9llo!', true],
        ['!', false],
      ],
    ],
    [
      'a.b',
      [
        ['a\rb', true],
        ['a\nb', false],
        ['a\u{1f600}b', true],
      ],
    ],
    [
      '[]a]+',
      [
        [']a]', true],
        ['b', false],
      ],
    ],
    [
      '[^]a]',
      [
        ['b', true],
        [']', false],
      ],
    ],
    [
      '[a\\-z]',
      [
        ['-', true],
        ['b', false],
      ],
    ],
    [
      '[\\W\\d]',
      [
        ['!', true],
        ['5', true],
        ['a', false],
      ],
    ],
    [
      '[^\\W\\d]',
      [
        ['a', true],
        ['5', false],
        ['!', false],
      ],
    ],
    [
      '\\Aab\\Z',
      [
        ['ab', true],
        ['ab\n', false],
      ],
    ],
    ['foo(?#comment)bar', [['foobar', true]]],
    ['\\x41\\u0042\\101', [['ABA', true]]],
    ['a\\tb', [['a\tb', true]]],
    [
      '\\s+\\S',
      [
        [' \u001cx', true],
        ['\ufeffx', false],
      ],
    ],
    ['a]b', [['a]b', true]]],
    ['a}', [['a}', true]]],
    ['std::list<.*>::', [['std::list<int>::push', true]]],
    ['ab*?c', [['abbc', true]]],
  ])('matches %j as Python does', (pattern, expectations) => {
    for (const [subject, expected] of expectations) {
      expect([subject, pythonMatch(pattern, subject)]).toEqual([subject, expected]);
    }
  });

  it.each([
    ['a\\q', 'bad escape \\q at position 1'],
    ['(?i)abc', 'inline flags are not supported at position 0'],
    ['a++', 'possessive quantifiers are not supported at position 2'],
    ['(?>a)', 'atomic groups are not supported at position 0'],
    ['(?(1)a|b)', 'conditional groups are not supported at position 0'],
    ['[a', 'unterminated character set at position 2'],
  ])('refuses %j, naming the problem and where', (pattern, message) => {
    expect(() => translatePythonRegex(pattern)).toThrow(PythonRegexSyntaxError);
    expect(() => translatePythonRegex(pattern)).toThrow(message);
  });

  it.each(['a)', '*a', 'a{3,1}'])(
    'leaves %j to the JavaScript compiler, which refuses it as Python does',
    (pattern) => {
      expect(() => new RegExp(translatePythonRegex(pattern), 'u')).toThrow(SyntaxError);
    },
  );

  it('turns any pattern into a compilable pattern or a clear error, quickly', () => {
    const alphabet = fc.constantFrom(...'ab\\()[]{}^$.*+?|-:<>,0123456789dDwWsSPxuZA=#!'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        try {
          new RegExp(translatePythonRegex(chars.join('')), 'u');
        } catch (error) {
          expect(error instanceof PythonRegexSyntaxError || error instanceof SyntaxError).toBe(
            true,
          );
        }
      }),
      { numRuns: 3000, interruptAfterTimeLimit: 5000 },
    );
  });
});
