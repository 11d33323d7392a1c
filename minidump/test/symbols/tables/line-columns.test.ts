import { describe, expect, it } from 'vitest';
import { LineColumns } from '../../../src/symbols/tables/line-columns.js';

describe('line columns', () => {
  it('keeps every record across growth and finishes with exact-length columns', () => {
    const columns = new LineColumns(16);
    for (let index = 0; index < 1000; index++) {
      columns.push(index, index + 1, index * 3, index % 7);
    }
    columns.truncate(600);
    columns.push(9, 10, 11, 12);
    const { starts, ends, numbers, files } = columns.finish();
    expect([starts.length, ends.length, numbers.length, files.length]).toEqual([
      601, 601, 601, 601,
    ]);
    expect([starts[599], ends[599], numbers[599], files[599]]).toEqual([599, 600, 1797, 599 % 7]);
    expect([starts[600], ends[600], numbers[600], files[600]]).toEqual([9, 10, 11, 12]);
  });
});
