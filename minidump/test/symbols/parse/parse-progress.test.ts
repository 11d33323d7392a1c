import { describe, expect, it } from 'vitest';
import { createFloat64Column } from '../../../src/symbols/parse/growable-array.js';
import { ParseProgress } from '../../../src/symbols/parse/parse-progress.js';

const MIB = 1 << 20;

describe('parse progress', () => {
  it('doubles while the file size, a long enough column or enough bytes since the mark are missing', () => {
    const unknownSize = new ParseProgress(0);
    unknownSize.parsedBytes = 50 * MIB;
    expect(unknownSize.nextCapacity(10_000, 256, 0)).toBe(20_000);
    const progress = new ParseProgress(200 * MIB);
    progress.parsedBytes = 50 * MIB;
    expect(progress.nextCapacity(1000, 256, 0)).toBe(2000);
    expect(progress.nextCapacity(10_000, 256, 50 * MIB - 1000)).toBe(20_000);
  });

  it('predicts the length at the end of the file from the rate since the mark, plus 2 %', () => {
    const progress = new ParseProgress(100 * MIB);
    progress.parsedBytes = 50 * MIB;
    // 10 000 entries over the 40 MiB since the mark: 12 500 more in the last 50 MiB.
    expect(progress.nextCapacity(10_256, 256, 10 * MIB)).toBe(Math.ceil(22_756 * 1.02));
  });

  it('grows at least 1.25× and at most 4×', () => {
    const progress = new ParseProgress(100 * MIB);
    progress.parsedBytes = 99 * MIB;
    expect(progress.nextCapacity(10_000, 256, 10 * MIB)).toBe(12_500);
    progress.parsedBytes = 2 * MIB;
    expect(progress.nextCapacity(10_000, 256, 0)).toBe(40_000);
  });

  it('lets a column that fills evenly end within a few percent of its length, keeping every value', () => {
    const total = 64 * MIB;
    const progress = new ParseProgress(total);
    const column = createFloat64Column(256, progress);
    const count = 300_000;
    for (let index = 0; index < count; index++) {
      progress.parsedBytes = Math.floor((index / count) * total);
      column.push(index);
    }
    expect(column.values.length / count).toBeGreaterThanOrEqual(1);
    expect(column.values.length / count).toBeLessThan(1.05);
    const values = column.finish();
    expect(values.length).toBe(count);
    expect(values.every((value, index) => value === index)).toBe(true);
  });
});
