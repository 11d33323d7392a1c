import { describe, expect, it } from 'vitest';
import { readSourceValues } from '../../src/search/read-source-values.js';

const crash = {
  cpu_count: 8,
  json_dump: {
    system_info: { cpu_count: null },
    crashing_thread: {
      frames: [
        { function: 'a', inlines: [{ function: 'inline' }] },
        { function: 'b' },
        { function: 'a' },
        { function: null },
      ],
    },
  },
};

describe('readSourceValues', () => {
  it('takes the first path holding a non-null value', () => {
    expect(readSourceValues(crash, ['json_dump.system_info.cpu_count', 'cpu_count'], false)).toBe(
      8,
    );
  });

  it('tells an explicit null from a missing value', () => {
    expect(readSourceValues(crash, ['json_dump.system_info.cpu_count'], false)).toBeNull();
    expect(readSourceValues(crash, ['json_dump.nothing.here'], false)).toBeUndefined();
  });

  it('collects every element of lists across paths, without repeats or nulls', () => {
    expect(
      readSourceValues(
        crash,
        [
          'json_dump.crashing_thread.frames[].inlines[].function',
          'json_dump.crashing_thread.frames[].function',
        ],
        true,
      ),
    ).toEqual(['inline', 'a', 'b']);
  });

  it('finds nothing through values that are not objects or lists', () => {
    expect(
      readSourceValues(
        { json_dump: 'text' },
        ['json_dump.crashing_thread.frames[].function'],
        true,
      ),
    ).toBeUndefined();
    expect(readSourceValues({ a: { b: 1 } }, ['a.b[].c'], true)).toBeUndefined();
  });
});
