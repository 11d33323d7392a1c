import { describe, expect, it } from 'vitest';
import { truncateStacksRule } from '../../src/rules/truncate-stacks.js';
import { runRule } from '../fixtures/rule-harness.js';

const frames = (count: number) => Array.from({ length: count }, (_, frame) => ({ frame }));

describe('TruncateStacksRule', () => {
  it('keeps stacks of 500 frames or fewer as they are', async () => {
    const jsonDump = { threads: [{ frames: frames(500) }], crashing_thread: { frames: frames(3) } };
    const run = await runRule(truncateStacksRule, { processedCrash: { json_dump: jsonDump } });
    expect(run.processedCrash.json_dump).toEqual(jsonDump);
    expect(run.notes).toEqual([]);
  });

  it('keeps the first 250 frames, a marker and the last 249 of a longer stack', async () => {
    const run = await runRule(truncateStacksRule, {
      processedCrash: { json_dump: { threads: [{ frames: frames(2000) }] } },
    });
    const thread = (
      run.processedCrash.json_dump as { threads: { frames: unknown[]; truncated: boolean }[] }
    ).threads[0]!;
    expect(thread.truncated).toBe(true);
    expect(thread.frames).toHaveLength(500);
    expect(thread.frames.slice(0, 250)).toEqual(frames(250));
    expect(thread.frames[250]).toEqual({ truncated: { msg: '1,500 frames truncated' } });
    expect(thread.frames.slice(251)).toEqual(frames(2000).slice(1751));
    expect(run.notes).toEqual([
      'TruncateStacksRule: truncated json_dump.threads[0].frames: 2000 > 500',
    ]);
  });

  it('truncates the crashing thread and the stacks of additional minidumps too', async () => {
    const run = await runRule(truncateStacksRule, {
      processedCrash: {
        json_dump: { crashing_thread: { frames: frames(501) } },
        upload_file_minidump_browser: {
          json_dump: { threads: [{ frames: frames(10) }, { frames: frames(600) }] },
        },
      },
    });
    expect(run.notes).toEqual([
      'TruncateStacksRule: truncated json_dump.crashing_thread.frames: 501 -> 500',
      'TruncateStacksRule: truncated upload_file_minidump_browser.json_dump.threads[1].frames: 600 > 500',
    ]);
    const crashing = (run.processedCrash.json_dump as { crashing_thread: { frames: unknown[] } })
      .crashing_thread;
    expect(crashing.frames[250]).toEqual({ truncated: { msg: '1 frames truncated' } });
  });
});
