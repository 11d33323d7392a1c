import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCrashSignatureField } from '../../../src/cron/bugzilla/crash-signature-field.js';

describe('parseCrashSignatureField', () => {
  it.each([
    ['a simple signature', '[@ moz::signature]', ['moz::signature']],
    [
      'two signatures after junk',
      '@@3*&^!~[@ moz::signature][@   ns::old     ]',
      ['moz::signature', 'ns::old'],
    ],
    [
      'a signature containing brackets',
      '[@ moz::signature] [@ sig_with[brackets]]',
      ['moz::signature', 'sig_with[brackets]'],
    ],
    ['an entry without its closing bracket', '[@ note there is no trailing bracket', []],
    ['text without any entry', 'This sig, while bogus, has a ] bracket', []],
    [
      'an entry in the middle of prose',
      'single [@ BogusClass::bogus_sig (const char**) ] signature',
      ['BogusClass::bogus_sig (const char**)'],
    ],
    [
      'two entries, the same twice',
      '[@ layers::Push@0x123456] [@ layers::Push@0x123456]',
      ['layers::Push@0x123456'],
    ],
    [
      'a good entry and a broken one',
      '[@ MWSBAR.DLL@0x2589f] and a broken one [@ sadTrombone.DLL@0xb4s455',
      ['MWSBAR.DLL@0x2589f'],
    ],
    [
      'no space after the @',
      '[@gfx::font(nsTArray<nsRefPtr<FontEntry> > const&)]',
      ['gfx::font(nsTArray<nsRefPtr<FontEntry> > const&)'],
    ],
    [
      'entries on separate lines around junk',
      '[@ legitimate(sig)] \n junk \n [@ another::legitimate(sig) ]',
      ['legitimate(sig)', 'another::legitimate(sig)'],
    ],
    ['the empty field', '', []],
    ['an empty entry', '[@ ]', ['']],
    ['text up to the last bracket of the piece', '[@ a] and b] [@ c]', ['a] and b', 'c']],
  ])('reads %s', (_name, text, expected) => {
    expect([...parseCrashSignatureField(text)]).toEqual(expected);
  });

  it("strips Python's whitespace, not JavaScript's", () => {
    expect([...parseCrashSignatureField('[@ \x1csig\x85 ] [@ \ufeffother ]')]).toEqual([
      'sig',
      '\ufeffother',
    ]);
  });

  it('never throws and only returns text found in the field', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc
            .array(fc.constantFrom('[@', ']', '[', '@', ' ', '\n', 'sig', '::', '\x85'))
            .map((parts) => parts.join('')),
        ),
        (text) => {
          for (const signature of parseCrashSignatureField(text)) {
            expect(text).toContain(signature);
          }
        },
      ),
      { numRuns: 2000, interruptAfterTimeLimit: 5000 },
    );
  });
});
