import { describe, expect, it } from 'vitest';
import { threadCountRule } from '../../src/rules/thread-count.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('ThreadCountRule', () => {
  it('copies the thread count', async () => {
    const run = await runRule(threadCountRule, {
      processedCrash: { json_dump: { thread_count: 12 } },
    });
    expect(run.processedCrash.thread_count).toBe(12);
  });

  it('writes null when unknown', async () => {
    expect((await runRule(threadCountRule)).processedCrash.thread_count).toBeNull();
  });
});
