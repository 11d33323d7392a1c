import { describe, expect, it } from 'vitest';
import { fixWhitespaceRule } from '../../../src/signature/rules/fix-whitespace.js';
import { runRule } from '../signature-fixtures.js';

describe('SigFixWhitespace', () => {
  it.each([
    ['all   good     ', 'all good'],
    ['    all   good  ', 'all good'],
    ['all\tgood', 'all good'],
    ['all\n\ngood', 'all good'],
    ['all  |  good', 'all | good'],
    ['hang:  | Foo', 'hang: | Foo'],
  ])('%j → %j', (signature, fixed) => {
    expect(runRule(fixWhitespaceRule, {}, signature).result.signature).toBe(fixed);
  });
});
