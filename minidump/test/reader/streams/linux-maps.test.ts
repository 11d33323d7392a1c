import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMinidump } from '../../../src/reader/minidump.js';
import {
  parseMapsLine,
  parseUsualMapsLine,
  readLinuxMaps,
} from '../../../src/reader/streams/linux-maps.js';
import { MinidumpWriter } from '../../../src/writer/minidump-writer.js';

const LINUX_MAPS = 0x47670009;

function dumpWithMaps(text: string) {
  return readMinidump(
    new MinidumpWriter().rawStream(LINUX_MAPS, new TextEncoder().encode(text)).build(),
  );
}

describe('LinuxMaps stream', () => {
  it('reads every region, skipping blank lines, and keeps the path with single spaces', () => {
    const maps = readLinuxMaps(
      dumpWithMaps(
        [
          '5581c000-5581d000 r-xp 00001000 08:01 1234      /usr/bin/app',
          '',
          '7ffc1000-7ffc2000 rw-p 00000000 00:00 0                          [stack]',
          '7f0000000000-7f0000001000 ---s 00000000 00:05 77   /memfd:a  b (deleted)  ',
          '\t7f0000002000-7f0000003000 r--p 0 0:0 0\r',
        ].join('\n'),
      ),
    );
    expect(maps).toEqual([
      {
        baseAddress: 0x5581c000n,
        finalAddress: 0x5581d000n,
        isRead: true,
        isWrite: false,
        isExec: true,
        pathOrKind: '/usr/bin/app',
      },
      {
        baseAddress: 0x7ffc1000n,
        finalAddress: 0x7ffc2000n,
        isRead: true,
        isWrite: true,
        isExec: false,
        pathOrKind: '[stack]',
      },
      {
        baseAddress: 0x7f0000000000n,
        finalAddress: 0x7f0000001000n,
        isRead: false,
        isWrite: false,
        isExec: false,
        pathOrKind: '/memfd:a b (deleted)',
      },
      {
        baseAddress: 0x7f0000002000n,
        finalAddress: 0x7f0000003000n,
        isRead: true,
        isWrite: false,
        isExec: false,
        pathOrKind: '',
      },
    ]);
  });

  it('fails the stream on a malformed line, naming it, every time it is read', () => {
    const dump = dumpWithMaps('1000-2000 r-xp 0 08:01 1 /a\n1000-2000 r-xq 0 08:01 1 /b\n');
    expect(() => readLinuxMaps(dump)).toThrow('LinuxMaps line 2 is malformed');
    expect(() => readLinuxMaps(dump)).toThrow('LinuxMaps line 2 is malformed');
  });

  it('answers repeated reads of one dump with the same regions', () => {
    const dump = dumpWithMaps('1000-2000 r-xp 0 08:01 1 /a\n');
    expect(readLinuxMaps(dump)).toBe(readLinuxMaps(dump));
  });

  it('reads ordinary lines on its fast path exactly as the general rules do', () => {
    const hex = (max: number) =>
      fc.stringMatching(new RegExp(`^[0-9a-fA-F]{1,${max}}$`)).filter((text) => text.length > 0);
    const spaces = fc.stringMatching(/^ {1,3}$/);
    const usualLine = fc
      .tuple(
        fc.stringMatching(/^ {0,2}$/),
        hex(17),
        hex(17),
        spaces,
        fc.stringMatching(/^[rwxsp-]{3,5}$/),
        spaces,
        hex(17),
        spaces,
        hex(3),
        hex(3),
        spaces,
        fc.stringMatching(/^[0-9]{1,6}$/),
        fc.stringMatching(/^ {0,12}$/),
        fc.constantFrom('', '/usr/lib/libc.so.6', '[stack]', 'a  b', '/x (deleted) ', ' \t'),
      )
      .map(
        ([lead, base, final, s1, perms, s2, offset, s3, major, minor, s4, inode, s5, path]) =>
          `${lead}${base}-${final}${s1}${perms}${s2}${offset}${s3}${major}:${minor}${s4}${inode}${s5}${path}`,
      );
    const anyLine = fc.oneof(
      usualLine,
      usualLine.chain((line) =>
        fc
          .tuple(fc.nat(line.length), fc.constantFrom('-', ' ', ':', 'g', '\u00a0', '\x13', ''))
          .map(([at, text]) => line.slice(0, at) + text + line.slice(at + 1)),
      ),
    );
    fc.assert(
      fc.property(anyLine, (line) => {
        const fast = parseUsualMapsLine(line);
        if (fast !== undefined) expect(fast).toEqual(parseMapsLine(line));
      }),
      { numRuns: 3000, interruptAfterTimeLimit: 10_000 },
    );
    expect(parseUsualMapsLine('5581c000-5581d000 r-xp 00001000 08:01 1234  /usr/bin/app')).toEqual(
      parseMapsLine('5581c000-5581d000 r-xp 00001000 08:01 1234  /usr/bin/app'),
    );
  });
});
