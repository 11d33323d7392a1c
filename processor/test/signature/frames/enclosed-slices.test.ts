import { describe, expect, it } from 'vitest';
import {
  findEnclosedSlices,
  replaceEnclosedSlices,
} from '../../../src/signature/frames/enclosed-slices.js';

describe('findEnclosedSlices', () => {
  it.each<[string, [number, number][]]>([
    [
      'operator()(s,t,u)',
      [
        [8, 10],
        [10, 17],
      ],
    ],
    ['testVal', []],
    ['Foo<bar <baz> >', [[3, 15]]],
    ['Foo<bar', [[3, 7]]],
    ['a>b<c>', [[3, 6]]],
  ])('finds the outermost groups of %j', (text, slices) => {
    const open = text.includes('(') ? '(' : '<';
    expect(findEnclosedSlices(text, open, open === '(' ? ')' : '>')).toEqual(slices);
  });

  it('counts positions in code points', () => {
    expect(findEnclosedSlices('\u{1f600}<T>', '<', '>')).toEqual([[1, 4]]);
  });
});

describe('replaceEnclosedSlices', () => {
  it('gives the replacer only the text since the previous group as `before`', () => {
    const seen: string[] = [];
    const out = replaceEnclosedSlices('a<1>b<2>c', '<', '>', (before, inside) => {
      seen.push(`${before}|${inside}`);
      return '<T>';
    });
    expect(out).toBe('a<T>b<T>c');
    expect(seen).toEqual(['a|<1>', 'b|<2>']);
  });
});
