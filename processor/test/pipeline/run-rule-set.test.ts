import { describe, expect, it } from 'vitest';
import { createFixedClock } from '@cairn/core';
import type { ProcessorRule } from '../../src/pipeline/processor-rule.js';
import { runRuleSet, type RuleSetInput } from '../../src/pipeline/run-rule-set.js';
import { PythonError } from '../../src/signature/python/python-error.js';
import { TEST_CRASH_ID, testServices } from '../fixtures/rule-harness.js';

const rule = (
  name: string,
  action: ProcessorRule['action'],
  predicate?: ProcessorRule['predicate'],
): ProcessorRule => ({
  name,
  description: `${name} for tests`,
  writes: [],
  action,
  ...(predicate && { predicate }),
});

const input = (overrides: Partial<RuleSetInput> = {}): RuleSetInput => ({
  crashId: TEST_CRASH_ID,
  rawCrash: { uuid: TEST_CRASH_ID },
  dumps: new Map(),
  services: testServices(),
  clock: createFixedClock(new Date('2024-05-06T07:08:09.123Z')),
  hostname: 'processor-1',
  crashTimeoutMs: 60_000,
  ...overrides,
});

describe('runRuleSet', () => {
  it('does the bookkeeping around the rules', async () => {
    const ruleSet = {
      name: 'default',
      rules: [
        rule('Writer', ({ processedCrash, notes }) => {
          processedCrash.signature = 'ran';
          notes.add('Writer: wrote');
        }),
      ],
    };
    expect(await runRuleSet(ruleSet, input())).toEqual({
      success: true,
      started_datetime: '2024-05-06T07:08:09.123000+00:00',
      completed_datetime: '2024-05-06T07:08:09.123000+00:00',
      signature: 'ran',
      processor_history: [],
      processor_notes:
        '>>> Start processing: 2024-05-06 07:08:09.123000+00:00 (processor-1)\nWriter: wrote',
    });
  });

  it('leaves the placeholder signature when no rule writes one', async () => {
    const processed = await runRuleSet({ name: 'default', rules: [] }, input());
    expect(processed.signature).toBe('EMPTY: crash failed to process');
  });

  it('runs an action only when its predicate allows it', async () => {
    const ruleSet = {
      name: 'default',
      rules: [
        rule(
          'Skipped',
          ({ processedCrash }) => void (processedCrash.skipped = true),
          () => false,
        ),
        rule(
          'Taken',
          ({ processedCrash }) => void (processedCrash.taken = true),
          () => true,
        ),
      ],
    };
    const processed = await runRuleSet(ruleSet, input());
    expect(processed).not.toHaveProperty('skipped');
    expect(processed.taken).toBe(true);
  });

  it('turns a failing rule into a note naming the rule and the error class, never the message, and goes on', async () => {
    const failures: string[] = [];
    const ruleSet = {
      name: 'default',
      rules: [
        rule('Leaky', () => {
          throw new TypeError('secret value 4242 from the crash');
        }),
        rule('Pythonic', () => {
          throw new PythonError('KeyError', "'secret'");
        }),
        rule('Next', ({ processedCrash }) => void (processedCrash.next = true)),
      ],
    };
    const processed = await runRuleSet(
      ruleSet,
      input({ onRuleFailure: (failed) => failures.push(failed.name) }),
    );
    expect(processed.processor_notes).toContain("ruleset 'default' rule 'Leaky' failed: TypeError");
    expect(processed.processor_notes).toContain(
      "ruleset 'default' rule 'Pythonic' failed: KeyError",
    );
    expect(processed.processor_notes).not.toContain('secret');
    expect(processed.next).toBe(true);
    expect(processed.success).toBe(true);
    expect(failures).toEqual(['Leaky', 'Pythonic']);
  });

  it('starts from the previous processed crash and moves its notes to the history', async () => {
    const previous = {
      signature: 'old signature',
      kept_key: 'no rule rewrites me',
      processor_notes: 'second pass notes',
      processor_history: ['first pass notes'],
    };
    const processed = await runRuleSet(
      { name: 'regenerate_signature', rules: [] },
      input({ previous }),
    );
    expect(processed.kept_key).toBe('no rule rewrites me');
    expect(processed.processor_history).toEqual(['second pass notes', 'first pass notes']);
    expect(processed.processor_notes).toMatch(/^>>> Start processing/);
    expect(previous.processor_history).toEqual(['first pass notes']);
  });

  it('gives rules a stack-walking deadline of the crash time limit', async () => {
    let deadline = 0;
    const before = Date.now();
    await runRuleSet(
      { name: 'default', rules: [rule('Clock', ({ deadlineMs }) => void (deadline = deadlineMs))] },
      input({ crashTimeoutMs: 5000 }),
    );
    expect(deadline).toBeGreaterThanOrEqual(before + 5000);
    expect(deadline).toBeLessThanOrEqual(Date.now() + 5000);
  });
});
