import { describe, expect, it } from 'vitest';
import { topMostFilesRule } from '../../src/rules/top-most-files.js';
import { runRule } from '../fixtures/rule-harness.js';

const crash = (crashing_thread: unknown, frames: unknown[]) => ({
  processedCrash: { crashing_thread, json_dump: { threads: [{ frames }] } },
});

describe('TopMostFilesRule', () => {
  it('takes the first file from the top, inline frames before their frame', async () => {
    const run = await runRule(
      topMostFilesRule,
      crash(0, [
        { function: 'a' },
        { file: 'outer.cpp', inlines: [{ file: '' }, { file: 'inlined.h' }] },
        { file: 'later.cpp' },
      ]),
    );
    expect(run.processedCrash.topmost_filenames).toBe('inlined.h');
  });

  it('falls back to the frame file when its inline frames have none', async () => {
    const run = await runRule(topMostFilesRule, crash(0, [{ file: 'frame.cpp', inlines: [{}] }]));
    expect(run.processedCrash.topmost_filenames).toBe('frame.cpp');
  });

  it.each([
    ['no crashing thread', crash(null, [{ file: 'a.cpp' }])],
    ['a crashing thread beyond the list', crash(4, [{ file: 'a.cpp' }])],
    ['frames without files', crash(0, [{ function: 'f' }])],
  ])('writes nothing with %s', async (_case, input) => {
    expect((await runRule(topMostFilesRule, input)).processedCrash).not.toHaveProperty(
      'topmost_filenames',
    );
  });
});
