import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLinuxKeyValue, parseLinuxKeyValues } from '../../src/reader/linux-key-values.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('Linux key/value text', () => {
  it('splits lines at the first separator, trimming both sides and surrounding quotes', () => {
    expect(
      parseLinuxKeyValues(encode('Name:\tapp\n "ID" = "ubuntu" \nno separator\n'), ':'),
    ).toEqual([['Name', 'app']]);
    expect(parseLinuxKeyValues(encode('ID="ubuntu"\nVERSION_ID=22.04\n'), '=')).toEqual([
      ['ID', 'ubuntu'],
      ['VERSION_ID', '22.04'],
    ]);
  });

  it('finds the value of the first line with a key', () => {
    const cpuInfo = encode('processor\t: 0\nmicrocode\t: 0xf0\nprocessor\t: 1\nmicrocode\t: 0xf1');
    expect(findLinuxKeyValue(cpuInfo, ':', 'microcode')).toBe('0xf0');
    expect(findLinuxKeyValue(cpuInfo, ':', 'flags')).toBeUndefined();
  });

  it('finds exactly what a search of the parsed pairs finds', () => {
    const line = fc
      .tuple(
        fc.constantFrom('', ' ', '\t', '"'),
        fc.constantFrom('Pid', 'microcode', 'Name', 'Pid2', ''),
        fc.constantFrom('', ' ', '"', '\r'),
        fc.constantFrom(':', '=', ''),
        fc.stringMatching(/^[ \t"a-z0-9:=]{0,8}$/),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('Pid', 'microcode', 'Name', ''),
        fc.constantFrom(':', '='),
        (lines, key, separator) => {
          const bytes = encode(lines.join('\n'));
          const expected = parseLinuxKeyValues(bytes, separator).find(([name]) => name === key);
          expect(findLinuxKeyValue(bytes, separator, key)).toBe(expected?.[1]);
        },
      ),
      { numRuns: 3000, interruptAfterTimeLimit: 10_000 },
    );
  });
});
