import { describe, expect, it } from 'vitest';
import { walkFrames } from '../../../src/signature/frames/walk-frames.js';
import { testLists } from '../signature-fixtures.js';

const lists = testLists({ irrelevant: ['a', 'b', 'c'], prefix: ['d', 'e', 'f', 'foo32\\.dll'] });
const walk = (frames: string[]) => walkFrames(frames, lists, 0n);

describe('walkFrames', () => {
  it('skips irrelevant frames, keeps prefix frames and stops after the first other frame', () => {
    expect(walk([...'abcdaeafagahij']).signature).toBe('d | e | f | g');
  });

  it('checks irrelevant before prefix', () => {
    const overlapping = testLists({ irrelevant: ['x'], prefix: ['x'] });
    expect(walkFrames(['x', 'y'], overlapping, 0n).signature).toBe('y');
  });

  it('starts at the earliest sentinel present', () => {
    expect(walk(['a', 'd', 'sentinel', 'g', 'h']).signature).toBe('sentinel');
    expect(walk(['d', 'g', 'sentinel']).signature).toBe('sentinel');
  });

  it('counts a conditional sentinel only when its condition frame is present', () => {
    expect(walk(['d', 'g', 'sentinel2', 'h']).signature).toBe('d | g');
    expect(walk(['d', 'g', 'sentinel2', 'h', 'ff']).signature).toBe('sentinel2');
  });

  it('merges consecutive repeats of a module frame only', () => {
    expect(walk(['foo32.dll', 'foo32.dll', 'g']).signature).toBe('foo32.dll | g');
    expect(walk(['d', 'd', 'g']).signature).toBe('d | d | g');
  });

  it('skips empty frames', () => {
    expect(walk(['', 'd', '', 'g']).signature).toBe('d | g');
  });

  it('falls back to the first frame, then to EMPTY, with a note naming the thread', () => {
    expect(walkFrames(['a', 'b'], lists, 3n)).toMatchObject({
      signature: 'a',
      notes: ['CSignatureTool: no frame data for crashing thread (3)'],
    });
    expect(walk([]).signature).toBe('EMPTY: no frame data available');
  });

  it('logs each decision', () => {
    expect(walk(['a', 'd', 'g']).debugLines).toEqual([
      'using signature lists from test lists',
      'irrelevant; ignoring: "a"',
      'prefix; continue iterating: "d"',
      'not a prefix; stop: "g"',
    ]);
  });
});
