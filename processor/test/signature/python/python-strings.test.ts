import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  codePointSlice,
  pythonRstrip,
  pythonSplitLines,
  pythonStrip,
} from '../../../src/signature/python/python-strings.js';

describe('Python string methods', () => {
  it("strips Python's whitespace, which is not JavaScript's", () => {
    expect(pythonStrip('\x1c a \x85\u3000')).toBe('a');
    expect(pythonStrip('\ufeffa')).toBe('\ufeffa');
    expect(pythonStrip('[[module]', '[]')).toBe('module');
    expect(pythonRstrip('dir/file\\/', '/\\')).toBe('dir/file');
  });

  it('splits lines on every boundary Python knows, without a trailing empty line', () => {
    expect(pythonSplitLines('a\x0bb\x1cc\x1fd\r\ne\x85f')).toEqual(['a', 'b', 'c\x1fd', 'e', 'f']);
    expect(pythonSplitLines('one\n')).toEqual(['one']);
    expect(pythonSplitLines('\n')).toEqual(['']);
  });

  it('counts and slices in code points', () => {
    expect(codePointLength('a\u{1f600}')).toBe(2);
    expect(codePointSlice('\u{1f600}bc', 0, 2)).toBe('\u{1f600}b');
  });
});
