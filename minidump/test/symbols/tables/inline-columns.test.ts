import { describe, expect, it } from 'vitest';
import { InlineColumns } from '../../../src/symbols/tables/inline-columns.js';

describe('inline columns', () => {
  it('keeps every range across growth and finishes with exact-length columns', () => {
    const columns = new InlineColumns();
    for (let index = 0; index < 1000; index++) {
      columns.push(index % 3, 2 ** 40 + index, index + 1, index % 5, index * 2, index % 11);
    }
    const { depths, starts, sizes, callFiles, callLines, origins } = columns.finish();
    const lengths = [depths, starts, sizes, callFiles, callLines, origins].map((c) => c.length);
    expect(lengths).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
    expect([
      depths[999],
      starts[999],
      sizes[999],
      callFiles[999],
      callLines[999],
      origins[999],
    ]).toEqual([0, 2 ** 40 + 999, 1000, 4, 1998, 999 % 11]);
    expect([depths[256], starts[256], origins[256]]).toEqual([1, 2 ** 40 + 256, 256 % 11]);
  });
});
