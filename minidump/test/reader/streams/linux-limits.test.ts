import { describe, expect, it } from 'vitest';
import { readMinidump } from '../../../src/reader/minidump.js';
import { readLinuxLimits } from '../../../src/reader/streams/linux-limits.js';
import { MinidumpWriter } from '../../../src/writer/minidump-writer.js';

const MOZ_LINUX_LIMITS = 0x4d7a0003;

function dumpWithLimits(text: string) {
  return readMinidump(
    new MinidumpWriter().rawStream(MOZ_LINUX_LIMITS, new TextEncoder().encode(text)).build(),
  );
}

describe('MozLinuxLimits stream', () => {
  it('reads each /proc/self/limits row after the header, numbers and "unlimited" alike', () => {
    const limits = readLinuxLimits(
      dumpWithLimits(
        [
          'Limit                     Soft Limit           Hard Limit           Units     ',
          'Max cpu time              unlimited            unlimited            seconds   ',
          'Max open files            1024                 1048576              files     ',
          'Max realtime timeout      unlimited            unlimited            us        ',
          '',
        ].join('\n'),
      ),
    );
    expect(limits).toEqual([
      { name: 'Max cpu time', soft: 'unlimited', hard: 'unlimited', unit: 'seconds' },
      { name: 'Max open files', soft: 1024, hard: 1048576, unit: 'files' },
      { name: 'Max realtime timeout', soft: 'unlimited', hard: 'unlimited', unit: 'us' },
    ]);
  });

  it('keeps a row without a unit and drops rows whose limits are not numbers', () => {
    const limits = readLinuxLimits(
      dumpWithLimits(
        [
          'Limit  Soft Limit  Hard Limit  Units',
          'Max nice priority         0                    0',
          'Max processes             lots                 4096                 processes',
          'garbage',
        ].join('\n'),
      ),
    );
    expect(limits).toEqual([{ name: 'Max nice priority', soft: 0, hard: 0, unit: '' }]);
  });

  it('is undefined when the dump has no such stream', () => {
    expect(readLinuxLimits(readMinidump(new MinidumpWriter().build()))).toBeUndefined();
  });
});
