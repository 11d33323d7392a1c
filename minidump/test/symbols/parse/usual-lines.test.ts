import { describe, expect, it } from 'vitest';
import { USUAL_LINES, usualLineAt } from '../../../src/symbols/parse/usual-lines.js';

/** The usual line at the start of `line` (followed by enough text to read the keyword). */
function kindOf(line: string): unknown {
  const bytes = Buffer.from(`${line} 1 2 3 padding\n`);
  return usualLineAt(new DataView(bytes.buffer, bytes.byteOffset, bytes.length), 0);
}

describe('usual line keywords', () => {
  it('recognizes each keyword followed by one space', () => {
    expect(kindOf('FUNC')).toBe(USUAL_LINES.func);
    expect(kindOf('FILE')).toBe(USUAL_LINES.file);
    expect(kindOf('PUBLIC')).toBe(USUAL_LINES.public);
    expect(kindOf('INLINE')).toBe(USUAL_LINES.inline);
    expect(kindOf('INLINE_ORIGIN')).toBe(USUAL_LINES.inlineOrigin);
    expect(kindOf('STACK CFI INIT')).toBe(USUAL_LINES.stackCfiInit);
    expect(kindOf('STACK CFI')).toBe(USUAL_LINES.stackCfiRow);
    expect(kindOf('STACK WIN')).toBe(USUAL_LINES.stackWin);
  });

  it('gives each kind the length of its keyword and space, and the record it belongs to', () => {
    expect(USUAL_LINES.inlineOrigin.keywordLength).toBe('INLINE_ORIGIN '.length);
    expect(USUAL_LINES.stackCfiInit.keywordLength).toBe('STACK CFI INIT '.length);
    expect(USUAL_LINES.inline.within).toBe('func');
    expect(USUAL_LINES.stackCfiRow.within).toBe('stack-cfi');
    expect(USUAL_LINES.public.within).toBeNull();
  });

  it('leaves other spellings and other records to the general path', () => {
    for (const line of [
      'FUNC\t',
      'FUNCTION',
      'func',
      'PUBLICS',
      'INLINE_ORIGINS',
      'INLINE\t',
      'STACK  CFI',
      'STACK CFI\t',
      'STACK WINDOW',
      'MODULE',
      'INFO',
      '1000',
      ' FUNC',
    ]) {
      expect(kindOf(line)).toBeNull();
    }
  });

  it('leaves a line too close to the end of the bytes to the general path', () => {
    const bytes = Buffer.from('FUNC 1 2 3 f\n');
    expect(usualLineAt(new DataView(bytes.buffer, bytes.byteOffset, bytes.length), 0)).toBeNull();
  });
});
