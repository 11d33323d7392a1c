import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileSignatureList,
  MATCHED_FRAME_MAX_LENGTH,
  parseSignatureListText,
  SignatureListError,
} from '../../../src/signature/lists/signature-lists.js';

describe('parseSignatureListText', () => {
  it('keeps trimmed entries with their line numbers and drops blanks and comments', () => {
    const text = '# Prefix list\n\n  malloc  \r\n# free\nmemcpy\n\t\n';
    expect(parseSignatureListText(text)).toEqual([
      { entry: 'malloc', line: 3 },
      { entry: 'memcpy', line: 5 },
    ]);
  });
});

describe('compileSignatureList', () => {
  it('matches at the start of a frame, not the whole frame (Python re.match)', () => {
    const list = compileSignatureList(['malloc', 'std::__'], 'prefix_signature_re.txt');
    expect(list.matches('malloc_zone_realloc')).toBe(true);
    expect(list.matches('std::__1::vector')).toBe(true);
    expect(list.matches('xmalloc')).toBe(false);
  });

  it('joins the entries into one alternation, each anchored at the start', () => {
    const list = compileSignatureList(['a|b', 'c$'], 'list.txt');
    expect(['a1', 'b2', 'c', 'c3'].map((frame) => list.matches(frame))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('matches every frame when it has no entries, as the reference’s empty pattern does', () => {
    const list = compileSignatureList([], 'empty.txt');
    expect(list.matches('anything')).toBe(true);
    expect(list.lines).toEqual([]);
  });

  it('looks at the first 1,000 characters of a frame only, bounding backtracking', () => {
    const list = compileSignatureList(['.*needle'], 'irrelevant_signature_re.txt');
    expect(list.matches(`${'x'.repeat(MATCHED_FRAME_MAX_LENGTH - 6)}needle`)).toBe(true);
    expect(list.matches(`${'x'.repeat(MATCHED_FRAME_MAX_LENGTH)}needle`)).toBe(false);
  });

  it('names the file and the line of a bad regular expression', () => {
    expect.assertions(5);
    try {
      compileSignatureList(['good', 'bad(', 'fine'], 'prefix_signature_re.txt', (i) => i * 2 + 8);
    } catch (error) {
      expect(error).toBeInstanceOf(SignatureListError);
      const listError = error as SignatureListError;
      expect(listError.code).toBe('CONFIG_INVALID');
      expect(listError.file).toBe('prefix_signature_re.txt');
      expect(listError.line).toBe(10);
      expect(listError.message).toMatch(
        /^Bad regular expression in prefix_signature_re.txt at line 10: "bad\(": /,
      );
    }
  });

  it('reports entries that only fail together, such as a group name used twice', () => {
    expect(() => compileSignatureList(['(?P<x>a)', '(?P<x>b)'], 'irrelevant.txt')).toThrow(
      /^The entries of irrelevant.txt do not combine into one regular expression/,
    );
  });
});

describe('list files with arbitrary content', () => {
  it('compile, or fail with a SignatureListError naming the line, quickly', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('# comment', '', 'malloc', '.*\\.dll', '(?P<n>x)', 'a{,2}', '[]]', '\\'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const entries = parseSignatureListText(lines.join('\n'));
        try {
          const list = compileSignatureList(
            entries.map(({ entry }) => entry),
            'fuzz.txt',
            (index) => entries[index]!.line,
          );
          expect(typeof list.matches('frame')).toBe('boolean');
        } catch (error) {
          expect(error).toBeInstanceOf(SignatureListError);
        }
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 5000 },
    );
  });
});
