import { describe, expect, it } from 'vitest';
import { processTypeRule } from '../../src/rules/process-type.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('ProcessTypeRule', () => {
  it.each([
    [{}, 'parent'],
    [{ ProcessType: 'main' }, 'parent'],
    [{ ProcessType: 'content' }, 'content'],
    [{ ProcessType: 'gpu' }, 'gpu'],
  ])('%j → %j', async (rawCrash, processType) => {
    expect((await runRule(processTypeRule, { rawCrash })).processedCrash.process_type).toBe(
      processType,
    );
  });
});
