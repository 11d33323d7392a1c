import { describe, expect, it } from 'vitest';
import { analyzeSemicolonText, analyzeStandardText } from '../../src/search/text-analysis.js';

describe('analyzeStandardText', () => {
  it('splits on Unicode word boundaries like Elasticsearch’s standard tokenizer', () => {
    expect(
      analyzeStandardText('js::break_your_browser foo.bar 120.0 Zürich nsFoo::Bar(int) a-b'),
    ).toEqual([
      'js',
      'break_your_browser',
      'foo.bar',
      '120.0',
      'zürich',
      'nsfoo',
      'bar',
      'int',
      'a',
      'b',
    ]);
  });

  it('finds no words in punctuation', () => {
    expect(analyzeStandardText(':: | ()')).toEqual([]);
  });

  it('cuts words longer than 255 characters', () => {
    expect(analyzeStandardText('x'.repeat(300)).map((token) => token.length)).toEqual([255, 45]);
  });
});

describe('analyzeSemicolonText', () => {
  it('splits on semicolons, lowercases and drops empty items', () => {
    expect(analyzeSemicolonText('XUL.dll/AA11;;ntdll.dll/bb; x')).toEqual([
      'xul.dll/aa11',
      'ntdll.dll/bb',
      ' x',
    ]);
  });
});
