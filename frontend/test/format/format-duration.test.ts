import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/format/format-duration';

describe('formatDuration', () => {
  it('shows at most the two largest units', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(59)).toBe('59 s');
    expect(formatDuration(3725)).toBe('1 h 2 min');
    expect(formatDuration(90061)).toBe('1 d 1 h');
  });

  it('stops at the first empty unit after a non-empty one', () => {
    expect(formatDuration(3605)).toBe('1 h');
  });

  it('prints values that are not durations as they are', () => {
    expect(formatDuration(-1)).toBe('-1');
  });
});
