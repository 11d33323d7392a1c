import { describe, expect, it } from 'vitest';
import { printableCharsOnlyRule } from '../../../src/signature/rules/printable-chars-only.js';
import { runRule } from '../signature-fixtures.js';

describe('SigPrintableCharsOnly', () => {
  it('leaves printable signatures alone, without a note', () => {
    const { result } = runRule(printableCharsOnlyRule, {}, 'a | b');
    expect(result.signature).toBe('a | b');
    expect(result.notes).toEqual([]);
  });

  it.each([
    ['libxul.so\u0000 | f', 'libxul.so | f'],
    ['Foo::Bar\t\tBaz', 'Foo::BarBaz'],
    ['caf\u00e9 | x', 'caf | x'],
    ['  padded ', 'padded'],
  ])('%j → %j, with a note', (signature, cleaned) => {
    const { result } = runRule(printableCharsOnlyRule, {}, signature);
    expect(result.signature).toBe(cleaned);
    expect(result.notes).toEqual(['SigPrintableCharsOnly: unprintable characters removed']);
  });
});
