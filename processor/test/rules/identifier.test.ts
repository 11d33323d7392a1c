import { describe, expect, it } from 'vitest';
import { identifierRule } from '../../src/rules/identifier.js';
import { runRule, TEST_CRASH_ID } from '../fixtures/rule-harness.js';

describe('IdentifierRule', () => {
  it('copies the raw crash uuid to crash_id and uuid', async () => {
    const run = await runRule(identifierRule, { rawCrash: { uuid: TEST_CRASH_ID } });
    expect(run.processedCrash).toEqual({ crash_id: TEST_CRASH_ID, uuid: TEST_CRASH_ID });
  });

  it('does not apply without a uuid', async () => {
    expect((await runRule(identifierRule)).applied).toBe(false);
  });
});
